using System.Text;

namespace PolicyQuiz.Core.Text;

/// <summary>
/// Makes text from articles and packs safe to show in a terminal: escape sequences (CSI, OSC, DCS and
/// the like, in 7-bit and 8-bit forms) are removed whole, other control characters are dropped, and
/// tabs and line breaks become spaces unless <paramref name="keepNewlines"/> is set.
/// </summary>
public static class TerminalText
{
    private const char Esc = '\u001b';

    public static string Sanitize(string? text, bool keepNewlines = false)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (!NeedsWork(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == Esc)
            {
                i = SkipEscape(text, i);
                continue;
            }

            if (c is '\u009b')
            {
                i = SkipCsiBody(text, i + 1);
                continue;
            }

            if (c is '\u009d' or '\u0090' or '\u0098' or '\u009e' or '\u009f')
            {
                i = SkipStringBody(text, i + 1);
                continue;
            }

            if (c == '\n' || c == '\r')
            {
                if (keepNewlines && c == '\n')
                {
                    builder.Append('\n');
                }
                else if (!keepNewlines && builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }

                continue;
            }

            if (c == '\t')
            {
                builder.Append(' ');
                continue;
            }

            if (char.IsControl(c) || c is '\u200e' or '\u200f' or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069'))
            {
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool NeedsWork(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c) || c is '\u200e' or '\u200f' or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the index of the last character of the escape sequence starting at <paramref name="start"/>.</summary>
    private static int SkipEscape(string text, int start)
    {
        var next = start + 1;
        if (next >= text.Length)
        {
            return start;
        }

        return text[next] switch
        {
            '[' => SkipCsiBody(text, next + 1),
            ']' or 'P' or 'X' or '^' or '_' => SkipStringBody(text, next + 1),
            >= ' ' and <= '/' => SkipIntermediates(text, next),
            _ => next,
        };
    }

    private static int SkipIntermediates(string text, int index)
    {
        while (index < text.Length && text[index] is >= ' ' and <= '/')
        {
            index++;
        }

        return Math.Min(index, text.Length - 1);
    }

    private static int SkipCsiBody(string text, int index)
    {
        while (index < text.Length)
        {
            if (text[index] is >= '@' and <= '~')
            {
                return index;
            }

            index++;
        }

        return text.Length - 1;
    }

    /// <summary>OSC, DCS, SOS, PM and APC run until BEL or ST (ESC \ or U+009C).</summary>
    private static int SkipStringBody(string text, int index)
    {
        while (index < text.Length)
        {
            var c = text[index];
            if (c is '\u0007' or '\u009c')
            {
                return index;
            }

            if (c == Esc && index + 1 < text.Length && text[index + 1] == '\\')
            {
                return index + 1;
            }

            index++;
        }

        return text.Length - 1;
    }
}
