using System.Collections.Frozen;
using System.Runtime.InteropServices;
using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation;

/// <summary>
/// A clause told back as a declarative sentence: the tokens of its subject and predicate (appositives,
/// brackets, attribution tails and clause-level commas left out), which can be written as they stand,
/// with one mention swapped for another text, or with some ranges removed.
/// </summary>
internal sealed class Statement
{
    private static readonly FrozenSet<string> BadStarts = FrozenSet.Create(
        StringComparer.Ordinal,
        [
            "he", "she", "they", "it", "its", "his", "her", "their", "this", "that", "these", "those", "we", "our", "i", "my", "you", "your", "there",
            "such", "both", "another", "one", "none", "which", "what", "who", "some", "other", "others", "all", "each", "either", "neither", "much", "many",
            "and", "but", "or", "so", "yet", "then", "also", "nor",
        ]);

    private readonly Document _doc;

    private Statement(Document doc, Clause clause, List<int> tokens)
    {
        _doc = doc;
        Clause = clause;
        Tokens = tokens;
        // a plain loop over the tokens read in place (a token is a large struct; a lambda would be a closure per statement)
        var all = CollectionsMarshal.AsSpan(doc.Tokens);
        var words = 0;
        foreach (var k in CollectionsMarshal.AsSpan(tokens))
        {
            if (all[k].Kind is TokenKind.Word or TokenKind.Number)
            {
                words++;
            }
        }

        Words = words;
    }

    public Clause Clause { get; }

    /// <summary>The token indices of the statement, in order.</summary>
    public List<int> Tokens { get; }

    public int Words { get; }

    /// <summary>
    /// The clause's own words as a statement, or null when it would not stand on its own: no clause
    /// frame, an inverted or quoted clause, a pronoun or demonstrative subject, first-person words,
    /// a dangling end. <paramref name="keepFront"/> keeps a short fronted time or place phrase.
    /// </summary>
    /// <param name="sentenceChecked">The caller has already found the sentence free of quotes and first-person words (<see cref="OwnWords"/>).</param>
    public static Statement? From(Document doc, Clause c, bool keepFront, bool cutSubordinate, bool sentenceChecked = false)
    {
        var t = doc.Tokens;
        if (c.Finite < 0 || c.Inverted || c.SubjectIsPronoun || c.SubjectEnd <= c.SubjectStart || c.PredicateEnd <= c.Main)
        {
            return null;
        }

        var span = doc.Sentences[c.Sentence];
        if (BadStarts.Contains(t[c.SubjectStart].Lower) || t[span.End - 1].IsPunct('?') || !sentenceChecked && OwnWords(doc, c.Sentence))
        {
            return null;
        }

        if (t[c.SubjectStart].Lower is "a" or "an" && !NamesSomething(doc, c.SubjectStart, c.SubjectEnd))
        {
            // "A first version collapsed": which one, the reader cannot tell
            return null;
        }

        var tokens = new List<int>(32);
        if (keepFront && c.FrontStart >= 0 && c.FrontEnd - c.FrontStart <= 6 && IsPlainFront(doc, c))
        {
            for (var k = c.FrontStart; k < c.FrontEnd; k++)
            {
                tokens.Add(k);
            }

            if (c.FrontEnd < t.Count && t[c.FrontEnd].IsPunct(','))
            {
                tokens.Add(c.FrontEnd);
            }
        }

        for (var k = c.SubjectStart; k < c.SubjectEnd; k++)
        {
            if (!c.Skipped(k))
            {
                tokens.Add(k);
            }
        }

        var end = c.PredicateEnd;
        if (cutSubordinate)
        {
            for (var k = c.Main + 1; k < end; k++)
            {
                if (IsSubordinator(t[k].Lower) && k + 2 < end && k - c.Main > 2 && !c.Skipped(k) && doc.MentionOf(k) is null)
                {
                    end = k;
                    break;
                }
            }
        }

        for (var k = c.Finite; k < end; k++)
        {
            if (!c.Skipped(k))
            {
                tokens.Add(k);
            }
        }

        // trailing commas, dashes and closing marks left by the cut
        while (tokens.Count > 0 && t[tokens[^1]].Kind == TokenKind.Punct && !t[tokens[^1]].IsPunct(')'))
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        var statement = new Statement(doc, c, tokens);
        return statement.Reads() ? statement : null;
    }

    private static bool NamesSomething(Document doc, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (doc.MentionOf(k) is { Type: not (EntityType.Time or EntityType.Duration or EntityType.Unknown) })
            {
                return true;
            }
        }

        return false;
    }

    // The small word lists below are constant patterns (the compiler tests a word's length and letters) rather than frozen sets,
    // which hash every word they are asked about.

    /// <summary>A first-person word.</summary>
    private static bool IsFirstPerson(string lower) => lower is "i" or "we" or "me" or "my" or "our" or "ours" or "us" or "myself" or "ourselves";

    /// <summary>An unresolved pronoun or demonstrative.</summary>
    private static bool IsUnresolved(string lower) => lower is "he" or "she" or "they" or "him" or "them" or "it" or "this" or "these" or "those" or "here";

    /// <summary>A time told against another event ("a day later", "that same day"): the statement would need its neighbour.</summary>
    private static bool IsRelative(string lower) =>
        lower is "later" or "earlier" or "afterwards" or "afterward" or "meanwhile" or "thereafter" or "subsequently" or "previously" or "same";

    /// <summary>A word that starts a trailing subordinate clause, cut from the statement.</summary>
    private static bool IsSubordinator(string lower) =>
        lower is "after" or "because" or "while" or "although" or "though" or "whereas" or "amid" or "despite" or "unless" or "since" or "when" or "before" or "until";

    /// <summary>A word a statement cannot end on.</summary>
    private static bool IsBadEnd(string lower) => lower is "and" or "or" or "but" or "that" or "to" or "than" or "as" or "whose" or "which" or "who" or "not";

    /// <summary>True when the sentence quotes someone or speaks in the first person.</summary>
    internal static bool OwnWords(Document doc, int sentence)
    {
        var span = doc.Sentences[sentence];
        // the tokens read in place; a quote is a mark and a first-person word a word, so each token is tested for one only
        var tokens = CollectionsMarshal.AsSpan(doc.Tokens);
        for (var k = span.Start; k < span.End; k++)
        {
            ref readonly var token = ref tokens[k];
            if (token.Kind == TokenKind.Punct ? token.Text is "\"" or "\u201C" or "\u201D" : token.Kind == TokenKind.Word && IsFirstPerson(token.Lower) && token.Text != "US")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPlainFront(Document doc, Clause c)
    {
        var t = doc.Tokens;
        for (var k = c.FrontStart; k < c.FrontEnd; k++)
        {
            if (t[k].Kind == TokenKind.Punct || BadStarts.Contains(t[k].Lower) && t[k].Lower is not ("this" or "that"))
            {
                return false;
            }
        }

        // "On April 17," or "In Geneva," (not "In return,")
        var named = false;
        for (var k = c.FrontStart; k < c.FrontEnd; k++)
        {
            named |= doc.MentionOf(k) is { Type: EntityType.Time or EntityType.City or EntityType.Region or EntityType.Country or EntityType.Place };
        }

        return named && (doc.MentionOf(c.FrontStart) is { Type: EntityType.Time } || t[c.FrontStart].Lower is "on" or "in" or "at" or "during");
    }

    private bool Reads()
    {
        if (Tokens.Count < 4)
        {
            return false;
        }

        // one pass over the tokens, read in place: none unresolved, relative or a break mark; brackets balanced; and
        // something after the verb ("Both leaders also attended" or "The government has said" tell nothing)
        var t = CollectionsMarshal.AsSpan(_doc.Tokens);
        var main = Clause.Main;
        var depth = 0;
        var after = 0;
        foreach (var k in CollectionsMarshal.AsSpan(Tokens))
        {
            ref readonly var tok = ref t[k];
            if (IsUnresolved(tok.Lower) && _doc.MentionOf(k) is null || IsRelative(tok.Lower) || tok.Text is ['\u2014' or ';' or ':' or '?' or '!'])
            {
                return false;
            }

            depth += tok.IsPunct('(') ? 1 : tok.IsPunct(')') ? -1 : 0;
            if (k > main && tok.Kind is TokenKind.Word or TokenKind.Number)
            {
                after++;
            }
        }

        if (after < 2)
        {
            return false;
        }

        ref readonly var last = ref t[Tokens[^1]];
        return depth == 0 && !IsBadEnd(last.Lower) && !last.Has(WordClass.Preposition | WordClass.Determiner | WordClass.Auxiliary);
    }

    /// <summary>True when every token of [start, end) is part of the statement.</summary>
    public bool Covers(int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!Tokens.Contains(k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>People named in full ("Araghchi" → "Abbas Araghchi"), so the statement reads on its own.</summary>
    public List<(int Start, int End, string Text)> FullNames()
    {
        var names = new List<(int, int, string)>();
        foreach (var k in Tokens)
        {
            if (_doc.MentionOf(k) is { Type: EntityType.Person, FromPronoun: false, Canonical: { } full } m && m.Start == k && full != m.Text && Covers(m.Start, m.End))
            {
                names.Add((m.Start, m.End, full));
            }
        }

        return names;
    }

    /// <summary>The statement with [start, end) replaced by <paramref name="replacement"/> (null: as written) and the <paramref name="removed"/> ranges left out; first letter capitalised.</summary>
    public string Write((int Start, int End) swap = default, string? replacement = null, List<(int Start, int End)>? removed = null) =>
        Write(replacement is null ? [] : [(swap.Start, swap.End, replacement)], removed);

    /// <summary>The statement with each replacement's range written as its text and the <paramref name="removed"/> ranges left out.</summary>
    public string Write(List<(int Start, int End, string Text)> replacements, List<(int Start, int End)>? removed)
    {
        var p = new Phrase(_doc);
        // tokens written as they stand are gathered into runs of consecutive tokens, each appended at once (the same text
        // as one token at a time): [runStart, runEnd)
        var runStart = 0;
        var runEnd = -1;
        foreach (var k in Tokens)
        {
            if (removed is not null && In(removed, k))
            {
                continue;
            }

            var replaced = false;
            string? written = null;
            foreach (var (start, end, text) in replacements)
            {
                if (k >= start && k < end)
                {
                    written = k == start ? text : null;
                    replaced = true;
                    break;
                }
            }

            if (!replaced && k == runEnd)
            {
                runEnd++;
                continue;
            }

            if (runEnd > runStart)
            {
                p.Tokens(runStart, runEnd);
            }

            (runStart, runEnd) = replaced ? (0, -1) : (k, k + 1);
            if (written is not null)
            {
                p.Word(written);
            }
        }

        if (runEnd > runStart)
        {
            p.Tokens(runStart, runEnd);
        }

        var clean = Phrase.Clean(p.ToString());
        return clean.Length == 0 ? clean : char.ToUpperInvariant(clean[0]) + clean[1..];
    }

    /// <summary>Whether token <paramref name="k"/> is in one of the ranges (a plain loop: a lambda would be a new closure per token).</summary>
    internal static bool In(List<(int Start, int End)> ranges, int k)
    {
        foreach (var (start, end) in ranges)
        {
            if (k >= start && k < end)
            {
                return true;
            }
        }

        return false;
    }
}
