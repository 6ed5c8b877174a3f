using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace PolicyQuiz.Tui;

/// <summary>
/// A full screen of the program. It draws what it is given with a <see cref="Painter"/> and turns keys into
/// calls on the engine; the shell around it shows its heading and key hints and handles help.
/// </summary>
internal abstract class Screen : View
{
    private readonly Dictionary<int, Key> _clicks = [];

    protected Screen(INavigator navigator)
    {
        Navigator = navigator;
        Width = Dim.Fill();
        Height = Dim.Fill();
        CanFocus = true;
    }

    protected INavigator Navigator { get; }

    protected Theme Theme => Navigator.Theme;

    /// <summary>The screen's name, shown in the frame's title.</summary>
    public abstract string Heading { get; }

    /// <summary>Every key of this screen, for the help overlay.</summary>
    public abstract IReadOnlyList<KeyHint> Keys { get; }

    /// <summary>The few keys shown in the hint line at the bottom.</summary>
    public virtual string Hints => string.Join("  ", Keys.Take(4).Select(k => $"{k.Keys} {k.Does}"));

    /// <summary>Called when the screen becomes the top one (again).</summary>
    public virtual void Shown() => SetFocus();

    protected abstract void Paint(Painter painter);

    protected abstract bool HandleKey(Key key);

    protected override bool OnDrawingContent(DrawContext? context)
    {
        SetAttribute(Theme.For(Style.Normal));
        ClearViewport();
        _clicks.Clear();
        Paint(new Painter(this, Theme, _clicks));
        return true;
    }

    protected override bool OnKeyDown(Key key) => HandleKey(key);

    /// <summary>A click on a line that stands for a key (an option, a pack) acts as that key.</summary>
    protected override bool OnMouseEvent(Mouse mouse)
    {
        if (mouse.IsSingleClicked && mouse.Position is { } at && _clicks.TryGetValue(at.Y, out var key))
        {
            HandleKey(key);
            return true;
        }

        return base.OnMouseEvent(mouse);
    }

    /// <summary>The key a digit 1-9 is typed with.</summary>
    protected static Key DigitKey(int digit) => new((char)('0' + digit));

    /// <summary>Raised when the screen's content (and so perhaps its keys) changed.</summary>
    public event EventHandler? Changed;

    /// <summary>Asks for this screen to be drawn again (its content changed).</summary>
    protected void Refresh()
    {
        SetNeedsDraw();
        Changed?.Invoke(this, EventArgs.Empty);
    }

    protected static bool IsQuit(Key key) => key == Key.Esc || key == Key.Q;

    /// <summary>The digit 1-9 a key stands for, or 0.</summary>
    protected static int Digit(Key key)
    {
        var code = key.KeyCode;
        return code is >= Terminal.Gui.Drivers.KeyCode.D1 and <= Terminal.Gui.Drivers.KeyCode.D9 && !key.IsCtrl && !key.IsAlt
            ? (int)(code - Terminal.Gui.Drivers.KeyCode.D0)
            : 0;
    }
}
