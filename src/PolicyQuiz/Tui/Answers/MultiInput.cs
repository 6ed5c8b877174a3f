using PolicyQuiz.Core.Study;
using Terminal.Gui.Input;

namespace PolicyQuiz.Tui.Answers;

/// <summary>Multi: numbered options with boxes; digits (or Space on the marked one) toggle, Enter submits the ticked ones.</summary>
internal sealed class MultiInput(IReadOnlyList<string> options) : AnswerInput
{
    private readonly bool[] _ticked = new bool[options.Count];
    private int _cursor;

    public override IReadOnlyList<KeyHint> Keys { get; } =
    [
        new($"1-{Math.Min(9, options.Count)}", "tick or untick that option"),
        new("↑ ↓ Space", "mark an option, tick or untick it"),
        new("Enter", "submit the ticked options (all and only the right ones count)"),
    ];

    public override StudentAnswer Answer =>
        StudentAnswer.Options(options.Where((_, i) => _ticked[i]));

    public override void Paint(Painter painter)
    {
        painter.Line("Tick every right option, then press Enter.", Style.Dim);
        for (var i = 0; i < options.Count; i++)
        {
            if (NumberKey(i) is { } key)
            {
                painter.Clickable(key);
            }

            painter.Column(2).Write(Number(i), Style.Key).Write(_ticked[i] ? " [x] " : " [ ] ", i == _cursor ? Style.Selected : Style.Normal)
                .Write(options[i], indent: 9);
            painter.NewLine();
        }
    }

    public override InputResult HandleKey(Key key)
    {
        var digit = Digit(key);
        if (digit >= 1 && digit <= options.Count)
        {
            _cursor = digit - 1;
            _ticked[_cursor] = !_ticked[_cursor];
            return InputResult.Changed;
        }

        if (key == Key.Space)
        {
            _ticked[_cursor] = !_ticked[_cursor];
            return InputResult.Changed;
        }

        if (key == Key.CursorDown || key == Key.CursorUp)
        {
            _cursor = (_cursor + (key == Key.CursorDown ? 1 : options.Count - 1)) % options.Count;
            return InputResult.Changed;
        }

        return key == Key.Enter ? InputResult.Submit : InputResult.Ignored;
    }
}
