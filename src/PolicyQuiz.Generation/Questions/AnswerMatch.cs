using System.Text;

namespace PolicyQuiz.Generation;

/// <summary>When two answers count as the same: case, punctuation and a leading article ignored; one may contain the other when they share most words.</summary>
public static class AnswerMatch
{
    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal) { "on", "in", "the", "a", "an", "at", "by", "of" };

    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            var c = raw == '\u2019' ? '\'' : char.ToLowerInvariant(raw);
            builder.Append(char.IsLetterOrDigit(c) || c is '_' or '\'' or '-' ? c : ' ');
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = 0;
        while (first < words.Length && Stop.Contains(words[first]))
        {
            first++;
        }

        return string.Join(' ', words, first, words.Length - first);
    }

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
