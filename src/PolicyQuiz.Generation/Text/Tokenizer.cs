namespace PolicyQuiz.Generation.Text;

/// <summary>
/// Splits normalised text into tokens: words (with inner hyphens and apostrophes, dotted initialisms
/// such as U.S. and a.m., known abbreviations with their dot), numbers (1,900 27.5 11:15), the
/// possessive 's as its own token, and single punctuation marks.
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        var cache = t_strings ??= new Dictionary<string, string>(4096, StringComparer.Ordinal);
        var lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        var breakBefore = true;
        var paragraphBefore = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                if (breakBefore && tokens.Count > 0)
                {
                    paragraphBefore = true;
                }

                breakBefore = true;
                i++;
                continue;
            }

            if (c == ' ')
            {
                i++;
                continue;
            }

            var start = i;
            TokenKind kind;
            if (char.IsLetter(c))
            {
                i = ScanWord(text, i);
                kind = TokenKind.Word;
            }
            else if (char.IsDigit(c))
            {
                i = ScanNumber(text, i);
                kind = TokenKind.Number;
            }
            else if (c is '$' or '€' or '£' or '¥' or '%' or '&' or '@' or '#')
            {
                i++;
                kind = TokenKind.Symbol;
            }
            else if (c == '\'' && i + 1 < text.Length && (text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= text.Length || !char.IsLetter(text[i + 2])) && i > 0 && char.IsLetterOrDigit(text[i - 1]))
            {
                i += 2;
                kind = TokenKind.Word;
            }
            else
            {
                i++;
                kind = TokenKind.Punct;
            }

            var span = text.AsSpan(start, i - start);
            var word = Intern(cache, lookup, span);
            tokens.Add(new Token(start, i, kind, word, kind == TokenKind.Word ? Lower(cache, lookup, word, span) : word, breakBefore, paragraphBefore));
            breakBefore = false;
            paragraphBefore = false;
        }

        return tokens;
    }

    private static int ScanWord(string text, int i)
    {
        var start = i;

        // dotted initialism: U.S. / a.m. / U.K.
        if (i + 1 < text.Length && text[i + 1] == '.' && i + 2 < text.Length && char.IsLetter(text[i + 2]) && i + 3 < text.Length && text[i + 3] == '.')
        {
            var j = i;
            while (j + 1 < text.Length && char.IsLetter(text[j]) && text[j + 1] == '.' && (j + 2 >= text.Length || !char.IsLetter(text[j + 2]) || (j + 3 < text.Length && text[j + 3] == '.')))
            {
                j += 2;
                if (j >= text.Length || !char.IsLetter(text[j]))
                {
                    break;
                }
            }

            if (j - start >= 4)
            {
                return j;
            }
        }

        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || c == '\u0301' || c == '\u0308')
            {
                i++;
            }
            else if ((c == '-' || c == '\'') && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && !(c == '\'' && IsPossessiveAt(text, i)))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        // an abbreviation keeps its dot: Mr. Gen. Feb. Jr. Corp.
        if (i < text.Length && text[i] == '.' && Lexicon.Abbreviations.Contains(text.AsSpan(start, i - start)))
        {
            i++;
        }
        else if (i < text.Length && text[i] == '.' && i - start == 1 && char.IsUpper(text[start]) && i + 1 < text.Length && text[i + 1] == ' ')
        {
            // an initial: "J. Smith"
            if (i + 2 < text.Length && char.IsUpper(text[i + 2]))
            {
                i++;
            }
        }

        return i;
    }

    private static bool IsPossessiveAt(string text, int i) =>
        i + 1 < text.Length && (text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= text.Length || !char.IsLetter(text[i + 2]));

    private static int ScanNumber(string text, int i)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsDigit(c))
            {
                i++;
            }
            else if ((c == ',' || c == '.' || c == ':') && i + 1 < text.Length && char.IsDigit(text[i + 1]))
            {
                i++;
            }
            else if (c == '-' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                // 70-minute, 180-day, 787-10
                i++;
            }
            else if (char.IsLetter(c))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    [ThreadStatic]
    private static Dictionary<string, string>? t_strings;

    /// <summary>One string per distinct word: articles repeat their words, so most tokens allocate nothing.</summary>
    private static string Intern(Dictionary<string, string> cache, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> span)
    {
        if (lookup.TryGetValue(span, out var known))
        {
            return known;
        }

        var text = span.ToString();
        if (cache.Count < 200_000)
        {
            cache[text] = text;
        }

        return text;
    }

    private static string Lower(Dictionary<string, string> cache, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup, string word, ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (char.IsUpper(c))
            {
                Span<char> buffer = span.Length <= 128 ? stackalloc char[span.Length] : new char[span.Length];
                span.ToLowerInvariant(buffer);
                return Intern(cache, lookup, buffer);
            }
        }

        return word;
    }
}
