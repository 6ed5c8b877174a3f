using System.Collections.Frozen;
using PolicyQuiz.Core.Model;
using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation;

/// <summary>
/// True/false statements: a clause of the article told back in its own words (attribution tails and
/// trailing subordinate clauses cut), either as written or with one person, place, date, figure or
/// organisation swapped for another of the same type that the article does not give in that role.
/// Which statements come out true is fixed by their text, alternating so an article gets both.
/// </summary>
internal static class TrueFalseBuilder
{
    public const string Lead = "True or false: ";

    /// <summary>Statements come from the article's opening sentences (the lead carries its main facts).</summary>
    public const int FirstSentences = 12;

    private static readonly FrozenSet<string> TheCountries = FrozenSet.Create(
        StringComparer.Ordinal,
        [
            "United States", "United Kingdom", "United Arab Emirates", "Netherlands", "Philippines", "Czech Republic", "Central African Republic",
            "Dominican Republic", "Democratic Republic of the Congo", "Bahamas", "Gambia", "Maldives", "Comoros", "Marshall Islands", "Solomon Islands",
        ]);

    public static List<Drafted> Build(Document doc, Distractors distractors, IReadOnlyList<Statement> statements, int wanted = 2)
    {
        var slots = Slots(doc, statements);
        var names = new ArticleNames(doc);
        // each slot is resolved at most once, and only when it could be picked (a replacement is costly to look for)
        var options = new Option?[slots.Count];
        var resolved = new bool[slots.Count];
        var result = new List<Drafted>(wanted);
        var used = new HashSet<int>();
        var kinds = new HashSet<QuestionKind>();
        bool? previous = null;
        while (result.Count < wanted)
        {
            // the best statement of a sentence not used yet, about another kind of thing (a place after a person) when there is one
            Option? o = null;
            for (var pass = 0; pass < 2 && o is null; pass++)
            {
                for (var i = 0; i < slots.Count; i++)
                {
                    var slot = slots[i];
                    if (used.Contains(slot.Statement.Clause.Sentence) || pass == 0 && kinds.Contains(KindOf(slot.Mention.Type)))
                    {
                        continue;
                    }

                    if (!resolved[i])
                    {
                        resolved[i] = true;
                        options[i] = Resolve(doc, distractors, slot.Statement, slot.Mention, slot.Score, names);
                    }

                    if (options[i] is { } option)
                    {
                        o = option;
                        break;
                    }
                }
            }

            if (o is null)
            {
                break;
            }

            used.Add(o.Sentence);
            kinds.Add(KindOf(o.Swapped.Type));
            var truth = previous is { } p ? !p : (StableHash(o.True) & 1) == 0;
            previous = truth;
            result.Add(new Drafted(
                QuestionType.TrueFalse,
                KindOf(o.Swapped.Type),
                Lead + (truth ? o.True : o.False) + ".",
                [truth ? "true" : "false"],
                doc.Evidence(o.Sentence),
                truth ? null : "The article says: " + o.True + "."));
        }

        return result;
    }

    /// <summary>A statement in both versions: as the article has it, and with <see cref="Swapped"/> replaced.</summary>
    internal sealed record Option(int Sentence, Mention Swapped, string True, string False, double Score);

    /// <summary>Every statement with a same-type swap (one per mention that can be swapped), best first.</summary>
    internal static List<Option> Options(Document doc, Distractors distractors, IReadOnlyList<Statement> statements)
    {
        var names = new ArticleNames(doc);
        return Slots(doc, statements).Select(slot => Resolve(doc, distractors, slot.Statement, slot.Mention, slot.Score, names)).OfType<Option>().ToList();
    }

    /// <summary>The mentions that could be swapped, best first: the score does not depend on the replacement, so they are ranked before any is looked for.</summary>
    private static List<Slot> Slots(Document doc, IReadOnlyList<Statement> statements)
    {
        var slots = new List<Slot>();
        var swappable = new List<(Mention Mention, int Priority)>();
        foreach (var statement in statements)
        {
            if (statement.Clause.Sentence >= FirstSentences || statement.Words is < 6 or > 28)
            {
                continue;
            }

            Swappable(doc, statement, swappable);
            foreach (var (m, priority) in swappable)
            {
                slots.Add(new Slot(statement, m, Score(statement, priority), slots.Count));
            }
        }

        slots.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score)
            : a.Statement.Clause.Sentence != b.Statement.Clause.Sentence ? a.Statement.Clause.Sentence.CompareTo(b.Statement.Clause.Sentence)
            : a.Order.CompareTo(b.Order));
        return slots;
    }

    /// <summary>A mention of a statement that could be swapped, scored before any replacement is looked for.</summary>
    private sealed record Slot(Statement Statement, Mention Mention, double Score, int Order);

    /// <summary>Fills <paramref name="mentions"/> with the statement's swappable mentions and their <see cref="Priority"/> (worked out once each), highest first.</summary>
    private static void Swappable(Document doc, Statement s, List<(Mention Mention, int Priority)> mentions)
    {
        mentions.Clear();
        foreach (var k in s.Tokens)
        {
            if (doc.MentionOf(k) is { } m && m.Start == k && s.Covers(m.Start, m.End) && !doc.RoleTokens.Contains(k) && !m.FromPronoun && Priority(m) is var priority and > 0)
            {
                mentions.Add((m, priority));
            }
        }

        mentions.Sort((a, b) => a.Priority != b.Priority ? b.Priority.CompareTo(a.Priority) : a.Mention.Start.CompareTo(b.Mention.Start));
    }

    private static double Score(Statement s, int priority) =>
        priority * 0.2 - s.Clause.Sentence * 0.08 - Math.Abs(s.Words - 15) * 0.04 + (s.Clause.SubjectIsNamed ? 0.3 : 0) - (s.Clause.IsContent ? 0.3 : 0);

    /// <summary>The statement in both versions with the first same-type replacement for <paramref name="m"/> not true in the article, or null.</summary>
    private static Option? Resolve(Document doc, Distractors distractors, Statement s, Mention m, double score, ArticleNames names)
    {
        var t = doc.Tokens;
        var start = m.Start;
        var end = m.End;
        string shown = m.Text;
        IEnumerable<string> pool;
        switch (m.Type)
        {
            case EntityType.Person:
                // the title goes in both versions: a swapped name keeps no one else's title
                while (start - 1 >= 0 && doc.RoleTokens.Contains(start - 1) && s.Tokens.Contains(start - 1))
                {
                    start--;
                }

                var previous = s.Tokens.IndexOf(start) - 1;
                if (previous >= 0 && (t[s.Tokens[previous]].IsCapitalized || doc.MentionOf(s.Tokens[previous]) is not null || t[s.Tokens[previous]].IsPunct(')')))
                {
                    // "Russian Direct Investment Fund CEO Kirill Dmitriev": a title that is not all role words stays with its name
                    return null;
                }

                shown = m.Full;
                pool = distractors.For(Probe(m), 6);
                break;
            case EntityType.Country or EntityType.City or EntityType.Region:
                if (Modifier(doc, end))
                {
                    // "the U.S. team", "Gaza ceasefire": a place used as a modifier
                    return null;
                }

                if (start > 0 && t[start - 1].Lower == "the" && s.Tokens.Contains(start - 1))
                {
                    start--;
                    shown = doc.Span(start, end);
                }

                // "Washington raised concerns": a capital standing for its government is swapped for another capital
                var government = m.Type == EntityType.City && m.Start == s.Clause.SubjectStart && Lexicon.CapitalNames.Contains(m.Text);
                pool = distractors.For(Probe(m), government ? 16 : 8)
                    .Where(r => TypeOf(doc, r) == m.Type && !DemonymIn(doc, s, r) && (!government || Lexicon.CapitalNames.Contains(r)))
                    .Select(r => TakesThe(doc, r) ? "the " + r : r);
                break;
            case EntityType.Organisation or EntityType.Media:
                if (start > 0 && t[start - 1].Has(WordClass.Determiner))
                {
                    return null;
                }

                pool = distractors.For(Probe(m), 6).Where(r => !r.Contains(' ', StringComparison.Ordinal));
                break;
            case EntityType.Time:
                pool = Distractors.NearbyTimes(m.Text);
                break;
            default:
                pool = Distractors.NearbyFigures(m.Text);
                break;
        }

        var shownWords = AnswerMatch.Normalize(shown);
        List<string>? content = null;
        List<(int Start, int End, string Text)>? people = null;
        string? yes = null;
        foreach (var replacement in pool)
        {
            if (replacement.Length == 0 || AnswerMatch.Normalize(replacement) == shownWords || StatedInArticle(s, m, replacement, names, () => content ??= ContentWords(doc, s, m)))
            {
                continue;
            }

            // the statement as written is the same for every replacement: written once
            people ??= s.FullNames().Where(n => n.End <= start || n.Start >= end).ToList();
            yes ??= s.Write([.. people, (start, end, shown)], null);
            var no = s.Write([.. people, (start, end, replacement)], null);
            if (yes != no)
            {
                return new Option(s.Clause.Sentence, m, yes, no, score);
            }
        }

        return null;
    }

    private static int Priority(Mention m) => m.Type switch
    {
        EntityType.Person => 6,
        EntityType.City or EntityType.Region => 5,
        EntityType.Time when m.Date is not null && !m.Possessive && NamesADay(m.Text) => 4,
        EntityType.Country => 3,
        EntityType.Money or EntityType.Percent or EntityType.Count when HasDigit(m.Text) => 2,
        EntityType.Organisation or EntityType.Media => 1,
        _ => 0,
    };

    /// <summary>A weekday or a month: "Wednesday", "April 17", "late February" (not "this week" or "today").</summary>
    internal static bool NamesADay(string text)
    {
        // each word lowercased on the stack and looked up as it is, without a string of its own
        Span<char> buffer = stackalloc char[32];
        foreach (var range in text.AsSpan().SplitAny(' ', '-'))
        {
            var word = text.AsSpan(range);
            if (word.Length > buffer.Length)
            {
                // longer than any weekday or month
                continue;
            }

            var lower = buffer[..word.Length];
            word.ToLowerInvariant(lower);
            if (WeekdaysBySpan.ContainsKey(lower) || MonthsBySpan.ContainsKey(lower))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly FrozenDictionary<string, DayOfWeek>.AlternateLookup<ReadOnlySpan<char>> WeekdaysBySpan = Lexicon.Weekdays.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthsBySpan = Lexicon.Months.GetAlternateLookup<ReadOnlySpan<char>>();

    private static Candidate Probe(Mention m) => new()
    {
        Kind = KindOf(m.Type),
        Type = QuestionType.Choice,
        Prompt = string.Empty,
        Answer = [m.Full],
        Accept = QuestionBuilder.AcceptFor(m),
        Sentence = m.Sentence,
        AnswerType = m.Type,
        Answers = [m],
        Rule = "truefalse",
    };

    /// <summary>"China will lower its duties on American goods": the United States is no swap for China there.</summary>
    private static bool DemonymIn(Document doc, Statement s, string place)
    {
        var country = Lexicon.Places.TryGetValue(place, out var p) ? p.Country ?? place : place;
        foreach (var k in s.Tokens)
        {
            if (Lexicon.Demonyms.TryGetValue(doc.Tokens[k].Text, out var of) && of == country)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The type of a place name: as the article uses it, else as the gazetteers list it.</summary>
    private static EntityType TypeOf(Document doc, string name)
    {
        foreach (var m in doc.Mentions)
        {
            if (m.Full == name || m.Text == name)
            {
                return m.Type;
            }
        }

        if (Lexicon.Places.TryGetValue(name, out var place))
        {
            return place.Type;
        }

        return Lexicon.CountryNames.Contains(name) ? EntityType.Country : EntityType.Unknown;
    }

    /// <summary>A word after a name that makes the name a modifier: "the Riyadh meeting", "the Gaza ceasefire".</summary>
    private static bool Modifier(Document doc, int next)
    {
        var t = doc.Tokens;
        return next < t.Count && t[next].Kind == TokenKind.Word && t[next].Lower != "'s" && !t[next].Has(WordClass.Preposition | WordClass.Auxiliary)
            && t[next].Lower is not ("and" or "or" or "but" or "who" or "which" or "that")
            && (!t[next].Has(WordClass.Verb) || Lexicon.Verb(t[next].Lower) is { Form: VerbFormKind.Ing or VerbFormKind.Base });
    }

    /// <summary>Whether a place name is written after "the": as the article writes it, else "the United States", "the Philippines".</summary>
    private static bool TakesThe(Document doc, string name)
    {
        var seen = false;
        foreach (var m in doc.Mentions)
        {
            if ((m.Full == name || m.Text == name) && !Modifier(doc, m.End))
            {
                seen = true;
                var k = m.Start - 1;
                if (k >= 0 && doc.Tokens[k].Kind == TokenKind.Word && !doc.Tokens[k].IsCapitalized && doc.Tokens[k].Lower != "the" && !doc.Tokens[k].Has(WordClass.Preposition))
                {
                    // "the occupied West Bank"
                    k--;
                }

                if (k >= 0 && doc.Tokens[k].Lower == "the")
                {
                    return true;
                }
            }
        }

        return !seen && TheCountries.Contains(name) || name.StartsWith("United ", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether the replacement could make the statement true after all: named in the same sentence,
    /// or in a sentence that shares much of the statement's wording, or (dates and figures) written
    /// anywhere in the article.
    /// </summary>
    private static bool StatedInArticle(Statement s, Mention swapped, string replacement, ArticleNames names, Func<List<string>> contentWords)
    {
        var bare = replacement.StartsWith("the ", StringComparison.Ordinal) ? replacement[4..] : replacement;
        var phrase = AnswerMatch.Normalize(bare);
        if (phrase.Length == 0)
        {
            return true;
        }

        if (swapped.Type is EntityType.Time or EntityType.Money or EntityType.Percent or EntityType.Count or EntityType.Duration)
        {
            return names.Written(phrase);
        }

        // the sentences that name the replacement (for a person, any part of the name longer than 3 letters)
        var person = swapped.Type == EntityType.Person;
        var naming = names.Naming(phrase, person ? phrase.Split(' ') : [], person);
        if (naming.Contains(s.Clause.Sentence))
        {
            return true;
        }

        if (naming.Count == 0)
        {
            return false;
        }

        var content = contentWords();
        var needed = Math.Max(2, (content.Count * 2 + 4) / 5);
        foreach (var i in naming)
        {
            // counted only until there are enough
            var shared = 0;
            for (var w = 0; w < content.Count && shared < needed; w++)
            {
                if (names.Has(i, content[w]))
                {
                    shared++;
                }
            }

            if (shared >= needed)
            {
                return true;
            }
        }

        return false;
    }

    private static List<string> ContentWords(Document doc, Statement s, Mention swapped)
    {
        var words = new List<string>();
        foreach (var k in s.Tokens)
        {
            var tok = doc.Tokens[k];
            if (k >= swapped.Start && k < swapped.End || tok.Kind != TokenKind.Word || tok.Lower.Length < 4 || tok.Has(WordClass.Common) && tok.Lower.Length < 6)
            {
                continue;
            }

            var w = AllLettersOrDigits(tok.Lower) ? tok.Lower : AnswerMatch.Normalize(tok.Text);
            if (w.Length > 0 && !words.Contains(w))
            {
                words.Add(w);
            }
        }

        return words;
    }

    /// <summary>Whether every character is a letter or a digit (a plain loop: LINQ's All over a string boxes its enumerator).</summary>
    private static bool AllLettersOrDigits(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    internal static QuestionKind KindOf(EntityType type) => type switch
    {
        EntityType.Person or EntityType.Organisation or EntityType.Media => QuestionKind.Who,
        EntityType.Country or EntityType.City or EntityType.Region or EntityType.Place => QuestionKind.Where,
        EntityType.Time or EntityType.Duration => QuestionKind.When,
        _ => QuestionKind.What,
    };

    internal static int StableHash(string text)
    {
        var h = 17;
        foreach (var c in text)
        {
            h = unchecked(h * 31 + c);
        }

        return h & int.MaxValue;
    }
}
