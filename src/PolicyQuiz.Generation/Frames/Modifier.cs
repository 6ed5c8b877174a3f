using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation;

/// <summary>
/// Word-level tests the frames and questions share: whether the word after a name or figure is a
/// noun that the name only modifies ("the Fordow enrichment plant", "60 percent purity", "a
/// Mar-a-Lago news conference", "the March 11 election"), and whether a word is a participle.
/// </summary>
internal static class Modifier
{
    private static readonly HashSet<string> NotNouns = new(StringComparer.Ordinal)
    {
        "and", "or", "but", "that", "which", "who", "whom", "where", "when", "while", "as", "after", "before", "said", "says",
        "every", "each", "per", "today", "yesterday", "tomorrow", "later", "earlier", "again", "too", "also", "late", "early",
        "next", "last", "a-year", "annually",
    };

    /// <summary>True when token <paramref name="next"/> (before <paramref name="limit"/>) is a lowercase noun that the words before it modify.</summary>
    public static bool ModifiesNoun(Document doc, int next, int limit)
    {
        if (next >= limit || next >= doc.Tokens.Count)
        {
            return false;
        }

        var t = doc.Tokens[next];
        var w = t.Lower;
        return t.Kind == TokenKind.Word && !t.IsCapitalized && doc.MentionOf(next) is null
            && !doc.Words.IsPreposition(next) && !doc.Words.IsAuxiliary(next) && !doc.Words.IsDeterminer(next)
            && doc.Words.Verb(next) is null && !w.EndsWith("ly", StringComparison.Ordinal) && !NotNouns.Contains(w);
    }

    /// <summary>A past participle (or an unknown "-ed" word), as in "details released by", "a signing expected in".</summary>
    public static bool IsParticiple(Token t, bool orPast = false) =>
        Lexicon.Verb(t.Lower) is { } v && (v.Form is VerbFormKind.Participle or VerbFormKind.PastOrParticiple || orPast && v.Form == VerbFormKind.Past)
        || ClauseFinder.IsUnknownPast(t);
}
