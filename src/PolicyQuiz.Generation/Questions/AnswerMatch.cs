using System.Runtime.CompilerServices;

namespace PolicyQuiz.Generation;

/// <summary>When two answers count as the same: case, punctuation and a leading article ignored; one may contain the other when they share most words.</summary>
public static class AnswerMatch
{
    /// <summary>For each ASCII character: its lowercase form if it belongs to a word (letter, digit, _ ' -), else 0.</summary>
    private static readonly char[] AsciiFold = CreateAsciiFold();

    private static char[] CreateAsciiFold()
    {
        var fold = new char[128];
        for (var raw = 0; raw < fold.Length; raw++)
        {
            var c = char.ToLowerInvariant((char)raw);
            fold[raw] = char.IsLetterOrDigit(c) || c is '_' or '\'' or '-' ? c : '\0';
        }

        return fold;
    }

    // short texts (names, answers) recur many times per article and across articles: their normal forms are kept
    [ThreadStatic]
    private static Dictionary<string, string>? t_normalized;

    public static string Normalize(string text)
    {
        if (text.Length > 48)
        {
            return NormalizeText(text);
        }

        var cache = t_normalized ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (!cache.TryGetValue(text, out var normal))
        {
            if (cache.Count >= 1 << 16)
            {
                cache.Clear();
            }

            normal = NormalizeText(text);
            cache[text] = normal;
        }

        return normal;
    }

    private static string NormalizeText(string text)
    {
        // the normal form is never longer than the text (a word's characters, and one space for the separators before it)
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = Fold(text, buffer);
        return length == 0 ? string.Empty : new string(buffer[..length]);
    }

    /// <summary>
    /// Writes the normal form of <paramref name="text"/> (what <see cref="Normalize"/> gives) into <paramref name="buffer"/>, which
    /// holds at least as many characters as the text (a method of its own so that its counters stay in registers); returns its length.
    /// </summary>
    internal static int Fold(ReadOnlySpan<char> text, Span<char> buffer) =>
        System.Text.Ascii.IsValid(text) ? Fold<AsciiChars>(text, buffer) : Fold<AnyChars>(text, buffer);

    /// <summary>How <see cref="Fold{TChars}"/> folds a character: what <see cref="FoldChar"/> gives, by a table alone when the text is ASCII (no call in the loops).</summary>
    private interface ICharFold
    {
        static abstract char Fold(char raw);
    }

    private readonly struct AsciiChars : ICharFold
    {
        public static char Fold(char raw) => AsciiFold[raw];
    }

    private readonly struct AnyChars : ICharFold
    {
        public static char Fold(char raw) => FoldChar(raw);
    }

    private static int Fold<TChars>(ReadOnlySpan<char> text, Span<char> buffer)
        where TChars : struct, ICharFold
    {
        // one pass: case folded, anything but letters, digits, _ ' - becomes a space; the words are
        // joined by single spaces, leading stop words ("the", "of", ...) dropped. Separators are skipped and
        // each word copied in loops of their own (few counters, so they stay in registers)
        var length = 0;
        var leading = true;
        var i = 0;
        while (true)
        {
            var c = '\0';
            while (i < text.Length && (c = TChars.Fold(text[i])) == '\0')
            {
                i++;
            }

            if (i == text.Length)
            {
                return length;
            }

            if (length > 0)
            {
                // a separator before every word but the first
                buffer[length++] = ' ';
            }

            var wordStart = length;
            buffer[length++] = c;
            while (++i < text.Length && (c = TChars.Fold(text[i])) != '\0')
            {
                buffer[length++] = c;
            }

            if (leading)
            {
                if (IsStop(buffer[wordStart..length]))
                {
                    // drop it (no word is written before it)
                    length = 0;
                }
                else
                {
                    leading = false;
                }
            }
        }
    }

    /// <summary>
    /// A number that is the same for any two texts of the same normal form (<see cref="Normalize"/>), read from the end of the text
    /// only: 0 when its last word is a stop word or there is none, else a hash of its last word as folded and of the word before it
    /// (or of a mark when that is a stop word or there is none). A normal form ends in the text's last two words, except that a
    /// word dropped from it is a stop word and so is every word before it.
    /// </summary>
    internal static int LastWordKey(ReadOnlySpan<char> text)
    {
        var (start, end) = WordBefore(text, text.Length);
        if (end == start || IsStopWord(text[start..end]))
        {
            return 0;
        }

        var hash = Hash((uint)(end - start), text[start..end]);
        var (before, beforeEnd) = WordBefore(text, start);
        hash = beforeEnd == before || IsStopWord(text[before..beforeEnd]) ? hash * 31 : Hash((hash * 31) + (uint)(beforeEnd - before), text[before..beforeEnd]);
        return (int)(hash | 1);

        static uint Hash(uint hash, ReadOnlySpan<char> word)
        {
            foreach (var c in word)
            {
                hash = (hash * 31) + FoldChar(c);
            }

            return hash;
        }
    }

    /// <summary>The last word of <paramref name="text"/> that ends before <paramref name="end"/>, as [start, end) (empty when there is none).</summary>
    private static (int Start, int End) WordBefore(ReadOnlySpan<char> text, int end)
    {
        while (end > 0 && FoldChar(text[end - 1]) == '\0')
        {
            end--;
        }

        var start = end;
        while (start > 0 && FoldChar(text[start - 1]) != '\0')
        {
            start--;
        }

        return (start, end);
    }

    /// <summary>
    /// Whether the two texts have the same normal form (<see cref="Fold(ReadOnlySpan{char}, Span{char})"/>), compared word by word
    /// as they are read, without writing either: texts that differ are mostly told apart long before their end.
    /// </summary>
    internal static bool SameNormal(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var x = new FoldWords(a);
        var y = new FoldWords(b);
        var hasX = x.NextAfterStopWords(out var wx);
        var hasY = y.NextAfterStopWords(out var wy);
        while (hasX && hasY)
        {
            if (!SameFolded(wx, wy))
            {
                return false;
            }

            hasX = x.Next(out wx);
            hasY = y.Next(out wy);
        }

        return hasX == hasY;
    }

    /// <summary>Whether two words (not yet folded) are the same once folded: a word's characters fold one to one.</summary>
    private static bool SameFolded(ReadOnlySpan<char> x, ReadOnlySpan<char> y)
    {
        if (x.Length != y.Length)
        {
            return false;
        }

        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] != y[i] && FoldChar(x[i]) != FoldChar(y[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The words of a text as <see cref="Fold(ReadOnlySpan{char}, Span{char})"/> reads them (runs of characters it keeps), one after another, not yet folded.</summary>
    private ref struct FoldWords(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private int _at;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Next(out ReadOnlySpan<char> word)
        {
            var i = _at;
            while (i < _text.Length && FoldChar(_text[i]) == '\0')
            {
                i++;
            }

            var start = i;
            while (i < _text.Length && FoldChar(_text[i]) != '\0')
            {
                i++;
            }

            _at = i;
            word = _text[start..i];
            return i > start;
        }

        /// <summary>The first word that is not a leading stop word (the normal form leaves those out).</summary>
        public bool NextAfterStopWords(out ReadOnlySpan<char> word)
        {
            var has = Next(out word);
            while (has && IsStopWord(word))
            {
                has = Next(out word);
            }

            return has;
        }
    }

    /// <summary>Whether a word of the text (not yet folded) is a stop word once folded.</summary>
    private static bool IsStopWord(ReadOnlySpan<char> word)
    {
        if (word.Length > 3)
        {
            return false;
        }

        Span<char> folded = stackalloc char[3];
        for (var i = 0; i < word.Length; i++)
        {
            folded[i] = FoldChar(word[i]);
        }

        return IsStop(folded[..word.Length]);
    }

    /// <summary>A character as <see cref="Fold"/> writes it within a word, or '\0' when it separates words.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char FoldChar(char raw) => raw < 128 ? AsciiFold[raw] : FoldBeyondAscii(raw);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static char FoldBeyondAscii(char raw)
    {
        var c = raw == '\u2019' ? '\'' : char.ToLowerInvariant(raw);
        return char.IsLetterOrDigit(c) || c is '_' or '\'' or '-' ? c : '\0';
    }

    private static bool IsStop(ReadOnlySpan<char> word) => word is "on" or "in" or "the" or "a" or "an" or "at" or "by" or "of";

    public static bool Same(string a, string b)
    {
        var na = Normalize(a);
        var nb = Normalize(b);
        if (na.Length == 0 || nb.Length == 0)
        {
            return false;
        }

        if (na == nb)
        {
            return true;
        }

        var wa = na.Split(' ').ToHashSet(StringComparer.Ordinal);
        var wb = nb.Split(' ').ToHashSet(StringComparer.Ordinal);
        var (small, large) = wa.Count <= wb.Count ? (wa, wb) : (wb, wa);
        return small.IsSubsetOf(large) && (double)small.Count / large.Count >= 0.5;
    }

    /// <summary>Whether any word of one is a word of the other (a surname shared with a full name).</summary>
    public static bool Overlaps(string a, string b)
    {
        var wa = Normalize(a).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var wb = Normalize(b).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        foreach (var w in wa)
        {
            if (w.Length > 3 && wb.Contains(w))
            {
                return true;
            }
        }

        return false;
    }
}
