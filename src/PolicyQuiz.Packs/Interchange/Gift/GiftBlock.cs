using System.Text;

namespace PolicyQuiz.Packs.Interchange.Gift;

/// <summary>
/// One question's lines of a GIFT file (blank lines separate questions; comment lines are set aside),
/// joined with line breaks, able to say which line and column an offset into the text is.
/// </summary>
internal sealed class GiftBlock
{
    private readonly List<(int Offset, int Line)> _starts = [];
    private readonly StringBuilder _text = new();

    public List<(int Line, string Text)> Comments { get; } = [];

    public int FirstLine => _starts.Count > 0 ? _starts[0].Line : 0;

    public int CommentLine { get; set; }

    public bool HasContent => _starts.Count > 0;

    public string Text => _text.ToString();

    public void AddLine(int line, string text)
    {
        if (_starts.Count > 0)
        {
            _text.Append('\n');
        }

        _starts.Add((_text.Length, line));
        _text.Append(text);
    }

    public (int Line, int Column) Position(int offset)
    {
        var index = _starts.Count - 1;
        while (index > 0 && _starts[index].Offset > offset)
        {
            index--;
        }

        return index < 0 ? (CommentLine, 1) : (_starts[index].Line, offset - _starts[index].Offset + 1);
    }

    /// <summary>Splits a GIFT file into blocks: runs of non-blank lines.</summary>
    public static List<GiftBlock> Split(string text)
    {
        var blocks = new List<GiftBlock>();
        GiftBlock? current = null;
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line))
            {
                current = null;
                continue;
            }

            if (current is null)
            {
                current = new GiftBlock { CommentLine = lineNumber };
                blocks.Add(current);
            }

            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("//", StringComparison.Ordinal))
            {
                current.Comments.Add((lineNumber, trimmed[2..].Trim()));
            }
            else
            {
                current.AddLine(lineNumber, line);
            }
        }

        return blocks;
    }
}
