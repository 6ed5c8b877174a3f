using PolicyQuiz.Core.Model;
using PolicyQuiz.Core.Study;
using Terminal.Gui.Input;

namespace PolicyQuiz.Tui.Answers;

/// <summary>
/// Match: left items numbered, right items lettered. ↑/↓ or a digit marks a left item, a letter pairs it
/// with that right item (and marks the next left item); Backspace clears the pair; Enter submits the pairs made.
/// </summary>
internal sealed class MatchInput(IReadOnlyList<string> lefts, IReadOnlyList<string> rights) : AnswerInput
{
    private readonly int[] _pairedWith = Enumerable.Repeat(-1, lefts.Count).ToArray();
    private int _cursor;

    public override IReadOnlyList<KeyHint> Keys { get; } =
    [
        new("↑ ↓ 1-9", "mark a left item"),
        new($"a-{(char)('a' + Math.Min(25, rights.Count - 1))}", "pair the marked item with that right item"),
        new("Backspace", "clear the marked item's pair"),
        new("Enter", "submit the pairs made (unpaired items count as wrong)"),
    ];

    public override StudentAnswer Answer => StudentAnswer.Matched(
        lefts.Select((left, i) => (left, i)).Where(p => _pairedWith[p.i] >= 0).Select(p => new MatchPair(p.left, rights[_pairedWith[p.i]])));

    public override void Paint(Painter painter)
    {
        painter.Line("Pair each item on the left with a letter on the right, then press Enter.", Style.Dim);
        var half = Math.Max(20, painter.Width / 2);
        for (var i = 0; i < Math.Max(lefts.Count, rights.Count); i++)
        {
            if (i < lefts.Count)
            {
                if (NumberKey(i) is { } key)
                {
                    painter.Clickable(key);
                }

                var pair = _pairedWith[i] >= 0 ? $" → {(char)('a' + _pairedWith[i])}" : " → ?";
                painter.Column(1).Cell(Number(i), Style.Key).Column(4)
                    .Cell(Clip(lefts[i], half - 10), i == _cursor ? Style.Selected : Style.Normal)
                    .Cell(pair, _pairedWith[i] >= 0 ? Style.Accent : Style.Dim);
            }

            if (i < rights.Count)
            {
                painter.Column(half).Cell($"{(char)('a' + i)}.", Style.Key).Column(half + 3).Cell(rights[i]);
            }

            painter.NewLine();
        }
    }

    public override InputResult HandleKey(Key key)
    {
        var digit = Digit(key);
        if (digit >= 1 && digit <= lefts.Count)
        {
            _cursor = digit - 1;
            return InputResult.Changed;
        }

        if (key.IsKeyCodeAtoZ && !key.IsCtrl && !key.IsAlt)
        {
            var letter = char.ToLowerInvariant((char)key.NoShift.KeyCode) - 'a';
            if (letter >= 0 && letter < rights.Count)
            {
                _pairedWith[_cursor] = letter;
                _cursor = Math.Min(_cursor + 1, lefts.Count - 1);
                return InputResult.Changed;
            }

            return InputResult.Ignored;
        }

        if (key == Key.Backspace || key == Key.Delete)
        {
            _pairedWith[_cursor] = -1;
            return InputResult.Changed;
        }

        if (key == Key.CursorDown || key == Key.CursorUp)
        {
            _cursor = (_cursor + (key == Key.CursorDown ? 1 : lefts.Count - 1)) % lefts.Count;
            return InputResult.Changed;
        }

        return key == Key.Enter ? InputResult.Submit : InputResult.Ignored;
    }

    private static string Clip(string text, int width) =>
        text.Length <= width || width < 2 ? text : text[..(width - 1)] + "…";
}
