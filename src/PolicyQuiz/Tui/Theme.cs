using Terminal.Gui.Drawing;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace PolicyQuiz.Tui;

/// <summary>
/// How styles look. Colours follow the terminal: text uses the terminal's own foreground and background
/// (<see cref="Color.None"/>) and only a few ANSI colours mark meaning. With NO_COLOR set (any value, as
/// no-color.org says) everything is drawn in the terminal's colours and meaning is carried by bold,
/// underline and reverse video alone.
/// </summary>
internal sealed class Theme
{
    private Theme(bool monochrome) => Monochrome = monochrome;

    public bool Monochrome { get; }

    public static Theme FromEnvironment() =>
        new(!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")));

    public static Theme Colour { get; } = new(false);

    public static Theme Mono { get; } = new(true);

    public Attribute For(Style style) => Monochrome ? MonoFor(style) : ColourFor(style);

    /// <summary>The scheme every view of the program uses.</summary>
    public Scheme Scheme()
    {
        var normal = For(Style.Normal);
        var focus = new Attribute(Color.None, Color.None, TextStyle.Reverse);
        var editable = Monochrome
            ? new Attribute(Color.None, Color.None, TextStyle.Underline)
            : new Attribute(Color.None, Color.None, TextStyle.Underline);
        return new Scheme(normal)
        {
            HotNormal = For(Style.Key),
            Focus = focus,
            HotFocus = focus,
            Active = focus,
            HotActive = focus,
            Highlight = For(Style.Accent),
            Editable = editable,
            ReadOnly = normal,
            Disabled = For(Style.Dim),
        };
    }

    private static Attribute Plain(TextStyle style = TextStyle.None) => new(Color.None, Color.None, style);

    private static Attribute MonoFor(Style style) => style switch
    {
        Style.Heading => Plain(TextStyle.Bold),
        Style.Dim => Plain(TextStyle.Faint),
        Style.Accent => Plain(TextStyle.Bold),
        Style.Good => Plain(TextStyle.Bold),
        Style.Bad => Plain(TextStyle.Bold | TextStyle.Underline),
        Style.Selected => Plain(TextStyle.Reverse),
        Style.Key => Plain(TextStyle.Bold),
        _ => Plain(),
    };

    private static Attribute ColourFor(Style style) => style switch
    {
        Style.Heading => new(new Color(ColorName16.BrightCyan), Color.None, TextStyle.Bold),
        Style.Dim => new(new Color(ColorName16.DarkGray), Color.None),
        Style.Accent => new(new Color(ColorName16.Cyan), Color.None),
        Style.Good => new(new Color(ColorName16.Green), Color.None, TextStyle.Bold),
        Style.Bad => new(new Color(ColorName16.Red), Color.None, TextStyle.Bold),
        Style.Selected => Plain(TextStyle.Reverse),
        Style.Key => new(new Color(ColorName16.Yellow), Color.None, TextStyle.Bold),
        _ => Plain(),
    };
}
