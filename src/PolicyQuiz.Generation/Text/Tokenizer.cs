using System.Runtime.CompilerServices;

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
        // the tokens are gathered in this thread's buffer and copied into a list of exactly their number:
        // the list lives as long as its document, and a list sized by a guess is either too long or grows
        var buffer = t_buffer ??= new Token[4096];
        var count = 0;
        var words = t_words ??= new WordTable<WordInfo>();
        var i = 0;
        var breakBefore = true;
        var paragraphBefore = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                if (breakBefore && count > 0)
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

            if (count == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
                t_buffer = buffer;
            }

            var start = i;
            TokenKind kind;
            if (char.IsAsciiLetter(c))
            {
                i = ScanAsciiWord(text, i, out var hash);
                if (hash >= 0)
                {
                    // a plain ASCII word (most words), hashed as it was read: its string and classes are read from the word table in place
                    ref readonly var slot = ref words.Find(text.AsSpan(start, i - start), hash);
                    if (!Unsafe.IsNullRef(in slot))
                    {
                        buffer[count++] = new Token(start, i, TokenKind.Word, slot.Key!, slot.Value.Lower, breakBefore, paragraphBefore) { Classes = slot.Value.Classes };
                        breakBefore = false;
                        paragraphBefore = false;
                        continue;
                    }
                }

                kind = TokenKind.Word;
            }
            else if (char.IsLetter(c))
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

            if (kind is TokenKind.Punct or TokenKind.Symbol && i - start == 1 && c < Marks.Length)
            {
                // an ASCII mark (about one token in six): its string and classes from a table, not the word table
                var mark = Marks[c];
                buffer[count++] = new Token(start, i, kind, mark.Lower, mark.Lower, breakBefore, paragraphBefore) { Classes = mark.Classes };
                breakBefore = false;
                paragraphBefore = false;
                continue;
            }

            var word = Find(words, text.AsSpan(start, i - start), out var known, lowered: false);
            buffer[count++] = kind == TokenKind.Word || ReferenceEquals(word.Lower, known)
                ? new Token(start, i, kind, known, word.Lower, breakBefore, paragraphBefore) { Classes = word.Classes }
                // a number or mark with capitals (10AM) keeps its text as its lowercase form
                : new Token(start, i, kind, known, known, breakBefore, paragraphBefore) { Classes = Lexicon.ClassesOf(known, known) };

            breakBefore = false;
            paragraphBefore = false;
        }

        var tokens = new List<Token>(count);
        tokens.AddRange(buffer.AsSpan(0, count));
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

    /// <summary>
    /// As <see cref="ScanWord"/> for a word that starts with an ASCII letter, quick for a word of ASCII letters and digits
    /// (with an abbreviation's dot) and ended by an ASCII character other than a hyphen or an apostrophe: such a word comes
    /// with its <see cref="WordHash.Of"/> in <paramref name="hash"/>; any other word is read by <see cref="ScanWord"/>
    /// (<paramref name="hash"/> is then -1).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ScanAsciiWord(string text, int start, out int hash)
    {
        var i = WordHash.ScanAsciiRun(text, start, out hash);
        if (i < text.Length)
        {
            var c = text[i];
            if (c == '.' && i - start >= 2)
            {
                // neither an initialism (U.S.) nor an initial (J.), which have one letter before the dot: only an abbreviation keeps it
                if (Lexicon.Abbreviations.Contains(text.AsSpan(start, i - start)))
                {
                    i++;
                    hash = WordHash.Of(text.AsSpan(start, i - start));
                }
            }
            else if (c >= 128 || c is '-' or '\'' or '.')
            {
                hash = -1;
                return ScanWord(text, start);
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

    /// <summary>Each ASCII character as a one-character token: its text (its own lowercase form) and its classes.</summary>
    private static readonly WordInfo[] Marks = CreateMarks();

    private static WordInfo[] CreateMarks()
    {
        var marks = new WordInfo[128];
        for (var c = 0; c < marks.Length; c++)
        {
            var text = ((char)c).ToString();
            marks[c] = new WordInfo(text, Lexicon.ClassesOf(text, text));
        }

        return marks;
    }

    [ThreadStatic]
    private static WordTable<WordInfo>? t_words;

    /// <summary>This thread's token buffer, reused from article to article (between articles it keeps the last one's word strings, which the word table mostly holds anyway).</summary>
    [ThreadStatic]
    private static Token[]? t_buffer;

    /// <summary>
    /// One string per distinct word with its lowercase form and classes, worked out on its first sighting:
    /// articles repeat their words, so most tokens allocate nothing and cost one lookup. What is kept depends
    /// only on the word and the lexicon.
    /// </summary>
    private static WordInfo Find(WordTable<WordInfo> words, ReadOnlySpan<char> span, out string text, bool lowered)
    {
        if (words.TryGet(span, out var key, out var known))
        {
            text = key;
            return known;
        }

        text = span.ToString();
        var lower = text;
        if (!lowered && HasUpper(span))
        {
            Span<char> buffer = span.Length <= 128 ? stackalloc char[span.Length] : new char[span.Length];
            span.ToLowerInvariant(buffer);
            Find(words, buffer, out lower, lowered: true);
        }

        var word = new WordInfo(lower, Lexicon.ClassesOf(lower, text));
        words.Add(text, word);
        return word;
    }

    private static bool HasUpper(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }
}
