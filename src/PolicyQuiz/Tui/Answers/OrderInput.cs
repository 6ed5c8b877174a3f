using PolicyQuiz.Core.Study;
using Terminal.Gui.Input;

namespace PolicyQuiz.Tui.Answers;

/// <summary>
/// Order: the items in a list; ↑/↓ (or a digit) mark an item, Shift+↑/↓ or [ and ] move it up or down,
/// Enter submits the list as it stands.
/// </summary>
internal sealed class OrderInput(IReadOnlyList<string> items) : AnswerInput
{
    private readonly List<string> _items = [.. items];
    private int _cursor;

    public override IReadOnlyList<KeyHint> Keys { get; } =
    [
        new("↑ ↓ 1-9", "mark an item"),
        new("Shift+↑ [", "move the marked item up"),
        new("Shift+↓ ]", "move the marked item down"),
        new("Enter", "submit this order"),
    ];

    public override StudentAnswer Answer => StudentAnswer.Sequence(_items);

    public override void Paint(Painter painter)
    {
        painter.Line("Put these in order, first at the top, then press Enter.", Style.Dim);
        for (var i = 0; i < _items.Count; i++)
        {
            if (NumberKey(i) is { } key)
            {
                painter.Clickable(key);
            }

            painter.Column(2).Write(Number(i), Style.Key).Write(" ")
                .Write(_items[i], i == _cursor ? Style.Selected : Style.Normal, indent: 5);
            painter.NewLine();
        }
    }

    public override InputResult HandleKey(Key key)
    {
        var digit = Digit(key);
        if (digit >= 1 && digit <= _items.Count)
        {
            _cursor = digit - 1;
            return InputResult.Changed;
        }

        if (key == Key.CursorUp.WithShift || key.AsRune.Value == '[')
        {
            return Move(-1);
        }

        if (key == Key.CursorDown.WithShift || key.AsRune.Value == ']')
        {
            return Move(+1);
        }

        if (key == Key.CursorDown || key == Key.CursorUp)
        {
            _cursor = (_cursor + (key == Key.CursorDown ? 1 : _items.Count - 1)) % _items.Count;
            return InputResult.Changed;
        }

        return key == Key.Enter ? InputResult.Submit : InputResult.Ignored;
    }

    private InputResult Move(int by)
    {
        var target = _cursor + by;
        if (target < 0 || target >= _items.Count)
        {
            return InputResult.Changed;
        }

        (_items[_cursor], _items[target]) = (_items[target], _items[_cursor]);
        _cursor = target;
        return InputResult.Changed;
    }
}
