using System.Collections.Frozen;
using System.Globalization;
using PolicyQuiz.Core.Model;
using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation;

/// <summary>
/// Order questions: events of an article (or of a pack's articles) that carry a resolved calendar
/// date, each told as a short phrase from its clause with the date words taken out, so the items do
/// not give the order away. Only events whose dates cannot overlap (two days, two different months)
/// are put side by side; fewer than three such events give no question.
/// </summary>
internal static class OrderBuilder
{
    public const int Fewest = 3;
    public const int Most = 5;

    private static readonly FrozenSet<string> DateWords = FrozenSet.Create(
        StringComparer.Ordinal,
        [
            "today", "tonight", "yesterday", "tomorrow", "day", "days", "week", "weeks", "weekend", "month", "months", "year", "years", "morning",
            "afternoon", "evening", "night", "earlier", "later", "previously", "recently", "then", "date", "dates",
        ]);

    private static readonly FrozenSet<string> Modals = FrozenSet.Create(StringComparer.Ordinal, ["will", "would", "shall", "could", "may", "might", "can", "should"]);

    /// <summary>The article's events with a resolved date, in article order.</summary>
    /// <param name="dated">For each sentence, whether it has a date (<see cref="DatedSentences"/>).</param>
    public static List<DatedEvent> Events(Document doc, IReadOnlyList<Statement> statements, string sourceId, bool[] dated)
    {
        var events = new List<DatedEvent>();
        var sentences = new HashSet<int>();
        foreach (var s in statements)
        {
            // one event per sentence: the first statement that makes one
            var sentence = s.Clause.Sentence;
            if (dated[sentence] && !sentences.Contains(sentence) && Event(doc, s, sourceId) is { } e)
            {
                sentences.Add(sentence);
                events.Add(e);
            }
        }

        return events;
    }

    /// <summary>For each sentence of the article, <see cref="HasDate"/>.</summary>
    public static bool[] DatedSentences(Document doc)
    {
        var dated = new bool[doc.Sentences.Count];
        for (var s = 0; s < dated.Length; s++)
        {
            dated[s] = HasDate(doc, s);
        }

        return dated;
    }

    /// <summary>Whether the sentence has a time expression that names a day, a month or a year.</summary>
    public static bool HasDate(Document doc, int sentence)
    {
        // the mention at each token read from the document's table (MentionOf per token): only where one starts
        var span = doc.Sentences[sentence];
        var mentionAt = doc.MentionAt;
        for (var k = span.Start; k < span.End && k < mentionAt.Length; k++)
        {
            if (mentionAt[k] >= 0 && doc.Mentions[mentionAt[k]] is { Type: EntityType.Time, Date: not null } m && m.Start == k && Interval(m) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The dated event a statement tells, or null; its sentence has a date (<see cref="HasDate"/>).</summary>
    private static DatedEvent? Event(Document doc, Statement s, string sourceId)
    {
        var t = doc.Tokens;
        var c = s.Clause;
        // the one date of the clause: in the statement, or in a fronted phrase the statement leaves out
        Mention? dated = null;
        var range = new List<int>(s.Tokens);
        if (c.FrontStart >= 0 && !s.Tokens.Contains(c.FrontStart))
        {
            range.AddRange(Enumerable.Range(c.FrontStart, c.FrontEnd - c.FrontStart));
        }

        foreach (var k in range)
        {
            if (doc.MentionOf(k) is { Type: EntityType.Time } m && m.Start == k)
            {
                if (dated is not null || m.End > k + 1 && !range.Contains(m.End - 1))
                {
                    return null;
                }

                dated = m;
            }
        }

        if (dated is null || dated.Possessive || Interval(dated) is not { } span)
        {
            return null;
        }

        var inFront = c.FrontStart >= 0 && dated.Start >= c.FrontStart && dated.End <= c.FrontEnd;

        // the date must say when this clause's event took place: "on", "in", "at", "during" or nothing before it, no noun after it
        var removeFrom = dated.Start;
        var before = dated.Start - 1;
        if (!inFront && s.Tokens.Contains(before) && t[before].Kind == TokenKind.Word)
        {
            if (t[before].Lower is "on" or "in" or "at" or "during")
            {
                removeFrom = before;
            }
            else if (t[before].Has(WordClass.Preposition))
            {
                return null;
            }
        }

        var after = dated.End;
        var ing = s.Tokens.Contains(after) && Participle(doc, after);
        if (!inFront && !ing && s.Tokens.Contains(after) && t[after].Kind == TokenKind.Word && !t[after].IsCapitalized && !t[after].Has(WordClass.Preposition | WordClass.Determiner | WordClass.Verb | WordClass.Auxiliary)
            && t[after].Lower is not ("and" or "or" or "but" or "that" or "when" or "after" or "before") && !t[after].Lower.EndsWith("ly", StringComparison.Ordinal))
        {
            return null;
        }

        // "A signing expected in late February was abandoned": a date inside the subject dates something else
        // ("President Donald Trump on Monday signed" is fine: the date closes the subject, just before the verb)
        var closesSubject = dated.End == c.SubjectEnd && removeFrom < dated.Start;
        if (dated.Start > c.SubjectStart && dated.End <= c.SubjectEnd && !closesSubject || s.Tokens.Contains(after) && t[after].Has(WordClass.Auxiliary))
        {
            return null;
        }

        // "will meet on Thursday": a bare weekday is resolved to the past one, so a future clause is left out;
        // so is a future clause dated before the article or a past one dated after it (a misread year)
        var future = FutureVerb(doc, c);
        if (!dated.Text.Contains("next", StringComparison.OrdinalIgnoreCase) && HasWeekday(dated.Text) && future
            || doc.Article.Published is { } published && (future ? span.To < published : span.From > published && c.MainForm is VerbFormKind.Past or VerbFormKind.PastOrParticiple))
        {
            return null;
        }

        var removed = new List<(int Start, int End)>(3) { (removeFrom, dated.End) };
        if (c.FrontStart >= 0)
        {
            // "On April 17, the two governments signed ...": the whole fronted phrase and its comma go
            removed.Add((c.FrontStart, FrontEnd(doc, c)));
        }

        if (Cut(doc, c, s, removed) is { } cut)
        {
            removed.Add((cut, int.MaxValue));
        }

        var phrase = s.Write(s.FullNames(), removed);
        if (!Clean(phrase))
        {
            return null;
        }

        var names = 0;
        foreach (var k in s.Tokens)
        {
            if (doc.MentionOf(k) is { Type: not (EntityType.Time or EntityType.Duration or EntityType.Unknown or EntityType.Money or EntityType.Percent or EntityType.Count) } m && m.Start == k && !Statement.In(removed, k))
            {
                names++;
            }
        }

        return new DatedEvent(phrase, span.From, span.To, doc.Evidence(c.Sentence), c.Sentence, sourceId, doc.Article.Published) { Named = names >= 2 };
    }

    /// <summary>
    /// Where a long event phrase can stop and still read as a sentence: before a participle phrase
    /// ("signed an executive order directing ..."), or past 14 words before a relative or purpose clause.
    /// </summary>
    private static int? Cut(Document doc, Clause c, Statement s, List<(int Start, int End)> removed)
    {
        var t = doc.Tokens;
        int? relative = null;
        var words = 0;
        foreach (var k in s.Tokens)
        {
            if (Statement.In(removed, k))
            {
                continue;
            }

            words++;
            if (k <= c.Main + 1 || c.Skipped(k))
            {
                continue;
            }

            if (Participle(doc, k))
            {
                return k;
            }

            if (relative is null && words > 4 && c.Class != VerbClass.Say && (t[k].Lower is "that" or "which" or "who" || t[k].Lower == "to" && k + 1 < t.Count && Lexicon.Verb(t[k + 1].Lower) is { Form: VerbFormKind.Base }))
            {
                relative = k;
            }
        }

        if (words <= 14 || relative is not { } cut)
        {
            return null;
        }

        // "agreed to rebuild their missions and to appoint teams": the cut goes before the "and"
        var at = s.Tokens.IndexOf(cut);
        while (at > 0 && (t[s.Tokens[at - 1]].Lower is "and" or "or" or "but" || t[s.Tokens[at - 1]].IsPunct(',')))
        {
            at--;
        }

        return s.Tokens[at];
    }

    /// <summary>"directing", "pledging" after a noun: the start of a participle phrase.</summary>
    private static bool Participle(Document doc, int k)
    {
        var t = doc.Tokens;
        if (k <= 0 || k >= t.Count || doc.MentionOf(k) is not null || !t[k].Has(WordClass.Verb) || Lexicon.Verb(t[k].Lower) is not { Form: VerbFormKind.Ing })
        {
            return false;
        }

        var previous = t[k - 1];
        return previous.Kind != TokenKind.Word || !(previous.Has(WordClass.Determiner | WordClass.Preposition | WordClass.Auxiliary) || previous.Lower is "and" or "or" or "of");
    }

    private static int FrontEnd(Document doc, Clause c) => c.FrontEnd < doc.Tokens.Count && doc.Tokens[c.FrontEnd].IsPunct(',') ? c.FrontEnd + 1 : c.FrontEnd;

    private static bool FutureVerb(Document doc, Clause c)
    {
        // "will vote", "was due to be signed", "are expected to meet"
        for (var k = c.Finite; k <= c.Main + 2 && k < doc.Tokens.Count; k++)
        {
            if (Modals.Contains(doc.Tokens[k].Lower) || doc.Tokens[k].Lower is "expected" or "due" or "set" or "scheduled" or "plans" or "planned" or "pencilled" or "penciled" or "going")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An item: 3 to 14 words, no date words, no figure that looks like a year, no leftover punctuation at either end.</summary>
    private static bool Clean(string phrase)
    {
        if (phrase.EndsWith(',') || phrase.StartsWith(',') || phrase.Contains(" ,", StringComparison.Ordinal) || phrase.Contains(",,", StringComparison.Ordinal))
        {
            return false;
        }

        // the words are looked at in the phrase lowercased once, on the stack, without a string each
        var words = 0;
        var last = default(Range);
        foreach (var range in phrase.AsSpan().Split(' '))
        {
            if (!phrase.AsSpan(range).IsEmpty)
            {
                words++;
                last = range;
            }
        }

        if (words is < 3 or > 14)
        {
            return false;
        }

        Span<char> lower = phrase.Length <= 256 ? stackalloc char[phrase.Length] : new char[phrase.Length];
        phrase.AsSpan().ToLowerInvariant(lower);
        ReadOnlySpan<char> end = lower[last];
        if (end is "and" or "or" or "but" or "that" or "to" or "as" or "than" or "which" or "who" || PrepositionsBySpan.Contains(end) || DeterminersBySpan.Contains(end) || AuxiliariesBySpan.Contains(end))
        {
            return false;
        }

        foreach (var range in phrase.AsSpan().Split(' '))
        {
            if (phrase.AsSpan(range).IsEmpty)
            {
                continue;
            }

            var capital = phrase[range.Start] is >= 'A' and <= 'Z';
            ReadOnlySpan<char> w = lower[range].Trim(",.()'\"");
            if (w.EndsWith("'s", StringComparison.Ordinal))
            {
                w = w[..^2];
            }

            foreach (var part in w.Split('-'))
            {
                var p = w[part];
                // one lookup in all three lists tells most words apart; only a word of one of them is looked up in each
                if (DateLikeBySpan.Contains(p) && (DateWordsBySpan.Contains(p) || WeekdaysBySpan.ContainsKey(p) || MonthsBySpan.ContainsKey(p) && capital) || IsYear(p))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DateWordsBySpan = DateWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The date words, weekdays and months together.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DateLikeBySpan =
        DateWords.Concat(Lexicon.Weekdays.Keys).Concat(Lexicon.Months.Keys).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PrepositionsBySpan = Lexicon.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DeterminersBySpan = Lexicon.Determiners.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AuxiliariesBySpan = Lexicon.Auxiliaries.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, DayOfWeek>.AlternateLookup<ReadOnlySpan<char>> WeekdaysBySpan = Lexicon.Weekdays.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthsBySpan = Lexicon.Months.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsYear(ReadOnlySpan<char> w) => w.Length == 4 && int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2100;

    private static bool HasWeekday(string text)
    {
        Span<char> lower = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        text.AsSpan().ToLowerInvariant(lower);
        foreach (var range in ((ReadOnlySpan<char>)lower).SplitAny(' ', '-'))
        {
            if (WeekdaysBySpan.ContainsKey(lower[range]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The days a resolved date stands for: one day for a weekday, a day of a month, today or
    /// yesterday; the whole month for "April", "mid-April" or "late February"; the whole year for
    /// "2023"; nothing for vague spans ("this week", "last month", "earlier this year").
    /// </summary>
    internal static (DateOnly From, DateOnly To)? Interval(Mention m)
    {
        if (m.Date is not { } date)
        {
            return null;
        }

        // the words read lowercased on the stack, without a string each; "named" is set by a weekday or a word like "today"
        var text = m.Text;
        Span<char> lower = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        text.AsSpan().ToLowerInvariant(lower);
        bool month = false, day = false, year = false, named = false;
        foreach (var range in ((ReadOnlySpan<char>)lower).SplitAny(' ', '-', ','))
        {
            ReadOnlySpan<char> w = lower[range];
            if (w is "today" or "tonight" or "yesterday" or "tomorrow" || WeekdaysBySpan.ContainsKey(w))
            {
                day = true;
                named = true;
            }
            else if (MonthsBySpan.ContainsKey(w))
            {
                month = true;
            }
            else if (IsYear(w))
            {
                year = true;
            }
            else if (w.Length is 1 or 2 or 3 or 4 && char.IsDigit(w[0]) && int.TryParse(w.TrimEnd("sthndr"), NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 31)
            {
                day = true;
            }
            else if (w is "week" or "weekend" or "month" or "year" or "spring" or "summer" or "autumn" or "fall" or "winter" or "quarter" or "decade" or "earlier" or "later" or "past" or "recent")
            {
                return null;
            }
        }

        if (day && (month || named))
        {
            return (date, date);
        }

        if (month)
        {
            var first = new DateOnly(date.Year, date.Month, 1);
            return (first, first.AddMonths(1).AddDays(-1));
        }

        if (year)
        {
            return (new DateOnly(date.Year, 1, 1), new DateOnly(date.Year, 12, 31));
        }

        return null;
    }

    /// <summary>An order question from one article's events, or null when fewer than three have dates that cannot overlap.</summary>
    public static Drafted? Build(IReadOnlyList<DatedEvent> events) => Build([events]);

    /// <summary>An order question from several articles' events, taking them in turn; with more than one article, at least two must be represented.</summary>
    public static Drafted? Build(IReadOnlyList<IReadOnlyList<DatedEvent>> perArticle)
    {
        var across = perArticle.Count > 1;
        var queues = perArticle.Select(a => across ? a.Where(e => e.Named).ToList() : a).Where(a => a.Count > 0)
            .Select(a => new Queue<DatedEvent>(a.OrderBy(e => e.To.DayNumber - e.From.DayNumber).ThenBy(e => e.Sentence)))
            .ToList();
        var chosen = new List<DatedEvent>(Most);
        var sources = new HashSet<string>(StringComparer.Ordinal);
        var progress = true;
        while (chosen.Count < Most && progress)
        {
            progress = false;
            foreach (var queue in queues)
            {
                while (queue.Count > 0 && chosen.Count < Most)
                {
                    var e = queue.Dequeue();
                    if (chosen.Any(o => o.Overlaps(e) || AnswerMatch.Normalize(o.Phrase) == AnswerMatch.Normalize(e.Phrase)))
                    {
                        continue;
                    }

                    chosen.Add(e);
                    sources.Add(e.SourceId);
                    progress = true;
                    break;
                }
            }
        }

        if (chosen.Count < Fewest || (across && sources.Count < 2))
        {
            return null;
        }

        chosen.Sort((a, b) => a.From.CompareTo(b.From));
        var past = chosen.All(e => e.Published is not { } p || e.To <= p);
        var prompt = past ? "Put these events in the order they happened:" : "Put these events in chronological order:";
        return new Drafted(QuestionType.Order, QuestionKind.When, prompt, chosen.Select(e => e.Phrase).ToArray(), chosen[0].Evidence)
        {
            SourceId = chosen[0].SourceId,
        };
    }
}
