using Terminal.Gui.Input;

namespace PolicyQuiz.Tui;

/// <summary>Lists every key of the screen below it; any key closes it.</summary>
internal sealed class HelpScreen : Screen
{
    private static readonly KeyHint[] Everywhere =
    [
        new("? F1", "this help"),
        new("Ctrl+C", "quit at once (answers are already saved)"),
    ];

    private readonly Screen _of;

    public HelpScreen(INavigator navigator, Screen of)
        : base(navigator) => _of = of;

    public override string Heading => $"Help: {_of.Heading}";

    public override IReadOnlyList<KeyHint> Keys { get; } = [new("any key", "close help")];

    protected override void Paint(Painter painter)
    {
        painter.Line($"Keys on the {_of.Heading} screen", Style.Heading).NewLine();
        var width = _of.Keys.Concat(Everywhere).Max(k => k.Keys.Length) + 2;
        foreach (var hint in _of.Keys.Concat(Everywhere))
        {
            painter.Column(2).Cell(hint.Keys, Style.Key).Column(2 + width).Write(hint.Does, indent: 2 + width);
            painter.NewLine();
        }

        painter.NewLine().Line("Press any key to go back.", Style.Dim);
    }

    protected override bool HandleKey(Key key)
    {
        Navigator.Pop();
        return true;
    }
}
