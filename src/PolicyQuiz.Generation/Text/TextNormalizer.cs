using System.Buffers;

namespace PolicyQuiz.Generation.Text;

/// <summary>Folds quotes, dashes and spaces; strips control characters, escape sequences and markdown markers.</summary>
public static class TextNormalizer
{
    public static NormalizedText Normalize(string raw) => Normalize(raw, copyRuns: true);

    /// <param name="copyRuns">Whether runs of plain ASCII are copied at once; false handles every character on its own (the reference the tests hold the runs to).</param>
    internal static NormalizedText Normalize(string raw, bool copyRuns)
    {
        // the characters are built in a pooled buffer: only the final string is kept
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(raw.Length, 1));
        var map = new OffsetMap();
        var n = 0;
        var lineStart = true;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];

            // the most common case: a run of printable ASCII other than the markers handled below, with
            // single spaces, copied at once (one offset shift for the whole run; a space pair ends it)
            if (copyRuns && !lineStart && c is >= ' ' and < '\u007f' && !(c == ' ' && (n == 0 || buffer[n - 1] == ' ')))
            {
                var run = raw.AsSpan(i);
                var length = run.IndexOfAnyExcept(Plain);
                run = length < 0 ? run : run[..length];
                var pair = run.IndexOf("  ", StringComparison.Ordinal);
                run = pair < 0 ? run : run[..(pair + 1)];
                if (run.Length > 1)
                {
                    run.CopyTo(buffer.AsSpan(n));
                    map.Set(n, i);
                    n += run.Length;
                    i += run.Length - 1;
                    continue;
                }
            }

            // the common case first: printable ASCII other than the few markers handled below
            if (c is > ' ' and < '\u007f' and not ('*' or '_' or '#' or '>'))
            {
                buffer[n] = c;
                map.Set(n, i);
                n++;
                lineStart = false;
                continue;
            }

            // the next most common: a space (kept once, never at a line's start)
            if (c == ' ')
            {
                if (!lineStart && (n == 0 || buffer[n - 1] != ' '))
                {
                    buffer[n] = ' ';
                    map.Set(n, i);
                    n++;
                }

                continue;
            }

            if (c == '\u001b')
            {
                i = SkipEscape(raw, i);
                continue;
            }

            if (c == '\r')
            {
                continue;
            }

            if (c == '\n')
            {
                while (n > 0 && buffer[n - 1] == ' ')
                {
                    n--;
                }

                map.Truncate(n);
                buffer[n] = '\n';
                map.Set(n, i);
                n++;
                lineStart = true;
                continue;
            }

            if (c is '\t' or '\u00a0' or '\u2009' or '\u202f' or '\u2002' or '\u2003' or '\u2007' or '\u3000')
            {
                c = ' ';
            }

            if (char.IsControl(c) || IsInvisible(c))
            {
                continue;
            }

            if (c == ' ')
            {
                if (lineStart || (n > 0 && buffer[n - 1] == ' '))
                {
                    continue;
                }
            }
            else if (lineStart && (c == '#' || c == '>'))
            {
                // markdown heading or quote marker at a line start
                while (i + 1 < raw.Length && (raw[i + 1] == '#' || raw[i + 1] == '>'))
                {
                    i++;
                }

                continue;
            }
            else if (c == '*' || (c == '_' && (i + 1 >= raw.Length || !char.IsLetterOrDigit(raw[i + 1]) || i == 0 || !char.IsLetterOrDigit(raw[i - 1]))))
            {
                continue;
            }

            buffer[n] = Fold(c);
            map.Set(n, i);
            n++;
            lineStart = false;
        }

        while (n > 0 && buffer[n - 1] == ' ')
        {
            n--;
        }

        var text = new string(buffer, 0, n);
        ArrayPool<char>.Shared.Return(buffer);
        return NormalizedText.Create(raw, text, map);
    }

    /// <summary>The characters copied as they are (a space only when it is not a second one): printable ASCII but the markdown markers.</summary>
    private static readonly SearchValues<char> Plain = SearchValues.Create(
        Enumerable.Range(' ', '\u007f' - ' ').Select(c => (char)c).Where(c => c is not ('*' or '_' or '#' or '>')).ToArray());

    internal static bool IsInvisible(char c) =>
        c is '\u00ad' or '\u200b' or '\u200c' or '\u200d' or '\ufeff' or '\u200e' or '\u200f' or '\u2060'
        || c is >= '\u202a' and <= '\u202e' || c is >= '\u2066' and <= '\u2069';

    private static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201a' or '\u201b' or '\u2032' or '\u02bc' => '\'',
        '\u201c' or '\u201d' or '\u201e' or '\u201f' or '\u2033' or '\u00ab' or '\u00bb' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2212' => '-',
        '\u2015' => '\u2014',
        '\u2026' => '.',
        _ => c,
    };

    private static int SkipEscape(string text, int start)
    {
        var next = start + 1;
        if (next >= text.Length)
        {
            return start;
        }

        if (text[next] == '[')
        {
            var j = next + 1;
            while (j < text.Length && text[j] is not (>= '@' and <= '~'))
            {
                j++;
            }

            return Math.Min(j, text.Length - 1);
        }

        if (text[next] is ']' or 'P' or 'X' or '^' or '_')
        {
            var j = next + 1;
            while (j < text.Length && text[j] != '\u0007' && !(text[j] == '\u001b' && j + 1 < text.Length && text[j + 1] == '\\'))
            {
                j++;
            }

            return j < text.Length && text[j] == '\u001b' ? j + 1 : Math.Min(j, text.Length - 1);
        }

        return next;
    }
}
