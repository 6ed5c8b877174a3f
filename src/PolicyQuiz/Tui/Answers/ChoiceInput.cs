using PolicyQuiz.Core.Study;
using Terminal.Gui.Input;

namespace PolicyQuiz.Tui.Answers;

/// <summary>Choice and true/false: numbered options; a digit answers at once. Arrows mark an option, Enter submits it.</summary>
internal sealed class ChoiceInput(IReadOnlyList<string> options) : AnswerInput
{
    private int _cursor = -1;

    public override IReadOnlyList<KeyHint> Keys { get; } =
    [
        new($"1-{Math.Min(9, options.Count)}", "answer with that option"),
        new("↑ ↓", "mark an option"),
        new("Enter", "answer with the marked option (none marked: wrong)"),
    ];

    public override StudentAnswer Answer => _cursor < 0 ? StudentAnswer.None : StudentAnswer.Options(options[_cursor]);

    public override void Paint(Painter painter)
    {
        for (var i = 0; i < options.Count; i++)
        {
            var style = i == _cursor ? Style.Selected : Style.Normal;
            if (NumberKey(i) is { } key)
            {
                painter.Clickable(key);
            }

            painter.Column(2).Write(Number(i), Style.Key).Write(" ").Write(options[i], style, indent: 5);
            painter.NewLine();
        }
    }

    public override InputResult HandleKey(Key key)
    {
        var digit = Digit(key);
        if (digit >= 1 && digit <= options.Count)
        {
            _cursor = digit - 1;
            return InputResult.Submit;
        }

        if (key == Key.CursorDown || key == Key.CursorUp)
        {
            _cursor = key == Key.CursorDown ? (_cursor + 1) % options.Count : (_cursor <= 0 ? options.Count : _cursor) - 1;
            return InputResult.Changed;
        }

        return key == Key.Enter ? InputResult.Submit : InputResult.Ignored;
    }
}
