using PolicyQuiz.Core.Text;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace PolicyQuiz.Tui;

/// <summary>
/// Writes styled, word-wrapped text into a view's viewport, top to bottom. Every string passes through
/// <see cref="TerminalText.Sanitize"/> first, so no escape sequence from a pack or article reaches the terminal.
/// </summary>
internal sealed class Painter
{
    private readonly View _view;
    private readonly Theme _theme;
    private readonly Dictionary<int, Key>? _clicks;
    private int _x;

    public Painter(View view, Theme theme, Dictionary<int, Key>? clicks = null)
    {
        _view = view;
        _theme = theme;
        _clicks = clicks;
        Width = Math.Max(1, view.Viewport.Width);
        Height = view.Viewport.Height;
    }

    public int Width { get; }

    public int Height { get; }

    public int Y { get; private set; }

    public int X => _x;

    public bool Full => Y >= Height;

    /// <summary>Writes <paramref name="text"/> at the cursor, wrapping at word boundaries; the cursor stays after it.</summary>
    public Painter Write(string? text, Style style = Style.Normal, int indent = 0)
    {
        var clean = TerminalText.Sanitize(text);
        foreach (var word in SplitKeepingSpaces(clean))
        {
            if (_x + word.Length > Width && _x > indent && !string.IsNullOrWhiteSpace(word))
            {
                NewLine();
                _x = indent;
            }

            if (_x == indent && _x > 0 && word == " ")
            {
                continue;
            }

            var piece = word;
            while (piece.Length > 0)
            {
                var room = Width - _x;
                if (room <= 0)
                {
                    NewLine();
                    _x = indent;
                    room = Width - _x;
                }

                var part = piece.Length <= room ? piece : piece[..room];
                Put(part, style);
                piece = piece[part.Length..];
            }
        }

        return this;
    }

    /// <summary>Writes a whole line (wrapped) and moves to the start of the next.</summary>
    public Painter Line(string? text = null, Style style = Style.Normal, int indent = 0)
    {
        if (!string.IsNullOrEmpty(text))
        {
            _x = Math.Max(_x, indent);
            Write(text, style, indent);
        }

        return NewLine();
    }

    public Painter NewLine()
    {
        Y++;
        _x = 0;
        return this;
    }

    /// <summary>A mouse click on the current row acts as <paramref name="key"/> (the mouse is never needed, but works).</summary>
    public Painter Clickable(Key key)
    {
        _clicks?.TryAdd(Y, key);
        return this;
    }

    /// <summary>Moves the cursor to the start of row <paramref name="y"/> (negative counts from the bottom).</summary>
    public Painter Row(int y)
    {
        Y = y < 0 ? Math.Max(0, Height + y) : y;
        _x = 0;
        return this;
    }

    /// <summary>Moves the cursor to a column of the current line.</summary>
    public Painter Column(int x)
    {
        _x = Math.Clamp(x, 0, Width);
        return this;
    }

    /// <summary>Writes text without wrapping, cut at the right edge.</summary>
    public Painter Cell(string? text, Style style = Style.Normal)
    {
        var clean = TerminalText.Sanitize(text);
        var room = Width - _x;
        if (room > 0 && clean.Length > 0)
        {
            Put(clean.Length <= room ? clean : clean[..room], style);
        }

        return this;
    }

    private void Put(string text, Style style)
    {
        if (Y < Height && text.Length > 0)
        {
            _view.SetAttribute(_theme.For(style));
            _view.Move(_x, Y);
            _view.AddStr(text);
        }

        _x += text.Length;
    }

    private static IEnumerable<string> SplitKeepingSpaces(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == ' ')
            {
                if (i > start)
                {
                    yield return text[start..i];
                }

                yield return " ";
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }
}
