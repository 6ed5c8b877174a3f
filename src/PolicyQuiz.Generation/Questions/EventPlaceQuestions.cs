using System.Runtime.InteropServices;
using PolicyQuiz.Core.Model;
using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation;

/// <summary>
/// "... following a second round of Omani-mediated talks in Rome on Saturday" → "Where was the
/// second round of Omani-mediated talks held on Saturday?" A meeting, talks or a summit placed by
/// "at" or "in" tells where the event happened, whatever the clause's own verb is.
/// </summary>
internal static class EventPlaceQuestions
{
    // the word lists as patterns, not sets: the compiler matches them by length and letters without hashing (every token of every sentence is tested)
    public static bool IsEventNoun(string lower) => lower is "meeting" or "meetings" or "talks" or "summit" or "session" or "forum" or "conference" or "ceremony"
        or "negotiations" or "discussions" or "consultations" or "round" or "gathering" or "signing" or "rally" or "visit" or "encounter" or "dialogue";

    private static bool IsPlural(string lower) => lower is "meetings" or "talks" or "negotiations" or "discussions" or "consultations";

    private static bool IsHead(string lower) => lower is "round" or "series" or "session" or "day" or "week";

    public static void Add(Document doc, int sentence, List<Candidate> candidates)
    {
        var t = doc.Tokens;
        // the loop's first tests read the tokens by reference (no copy of each token, one bounds check)
        var tokens = CollectionsMarshal.AsSpan(t);
        var span = doc.Sentences[sentence];
        for (var k = span.Start; k + 2 < span.End; k++)
        {
            // every event noun (and "call") has four letters or more: shorter words are passed over without the word list
            var lower = tokens[k].Lower;
            var isEvent = lower.Length >= 4 && (IsEventNoun(lower) || lower == "call" && k > span.Start && tokens[k - 1].Lower is "phone" or "telephone" or "video");
            if (!isEvent)
            {
                continue;
            }

            // "the Saudi-US Investment Forum at ...": an event's own name ends in the event noun
            var named = doc.MentionOf(k) is { } name && name.End == k + 1 && !name.Possessive && name.Type is not (EntityType.Person or EntityType.Time) ? name : null;
            if ((t[k].IsCapitalized || doc.MentionOf(k) is not null) && named is null)
            {
                continue;
            }

            WhenQuestion(doc, sentence, k, named, candidates);
            if (t[k + 1].Lower is not ("at" or "in"))
            {
                continue;
            }

            var at = k + 2;
            if (at < span.End && t[at].Lower == "the" && doc.MentionOf(at) is null)
            {
                at++;
            }

            if (at >= span.End || doc.MentionOf(at) is not { } place || !(place.Type.IsPlace() || place.Type == EntityType.Organisation && place.Text.Contains("House", StringComparison.Ordinal))
                || place.Possessive || Modifier.ModifiesNoun(doc, place.End, span.End))
            {
                continue;
            }

            var start = EventStart(doc, k, named, span.Start);
            if (start < 0)
            {
                continue;
            }

            // what the event phrase says after the place: "between Trump and Akazawa", "on Saturday"
            var tail = place.End;
            if (tail < span.End && t[tail].IsPunct('(') && place.Acronym is not null)
            {
                tail += 3;
            }

            var tailStart = tail;
            if (tail < span.End && t[tail].Lower is "between" or "with" && PeopleEnd(doc, tail + 1, span.End) is var people && people > tail + 1)
            {
                tail = people;
            }

            var peopleEnd = tail;

            if (tail < span.End && t[tail].Lower is "on" or "in" && doc.MentionOf(tail + 1) is { Type: EntityType.Time } time)
            {
                tail = time.End;
                if (tail + 1 < span.End && t[tail].IsPunct(',') && doc.MentionOf(tail + 1) is { Type: EntityType.Time } date)
                {
                    // "on Monday, March 17"
                    tail = date.End;
                }
            }
            else if (tail < span.End && doc.MentionOf(tail) is { Type: EntityType.Time } bare && t[tail].Lower is not "this")
            {
                tail = bare.End;
            }

            var words = k + 1 - start - (doc.Words.IsDeterminer(start) ? 1 : 0);
            if (words < 2 && tail == tailStart)
            {
                // "Where was the meeting held?" says too little to be asked on its own
                continue;
            }

            var when = tail > tailStart ? doc.MentionOf(tail - 1) : null;
            var future = Future(doc, when is { Type: EntityType.Time } ? when : null, start, span.Start);

            var p = new Phrase(doc).Word("Where").Word(future ? "will" : IsPlural(t[k].Lower) && !IsHead(t[start < k ? FirstNoun(doc, start, k) : k].Lower) ? "were" : "was");
            var from = start;
            if (t[start].Lower is "a" or "an")
            {
                p.Word("the");
                from++;
            }

            p.Tokens(from, k + 1, lowerFirst: true);
            p.Tokens(tailStart, peopleEnd);
            if (future)
            {
                p.Word("be");
            }

            p.Word("held");
            p.Tokens(peopleEnd, tail);
            var prompt = p.Question();
            candidates.Add(Candidate.Asking(prompt, place, sentence, QuestionKind.Where, "where", VerbClass.Meet));
        }
    }

    /// <summary>
    /// "a phone call between President Donald Trump and Putin on February 12" → "When did the phone
    /// call between President Donald Trump and Putin take place?": an event dated by "on" or "in".
    /// </summary>
    private static void WhenQuestion(Document doc, int sentence, int k, Mention? named, List<Candidate> candidates)
    {
        var t = doc.Tokens;
        var span = doc.Sentences[sentence];
        var start = EventStart(doc, k, named, span.Start);
        if (start < 0)
        {
            return;
        }

        var j = k + 1;
        var said = false;
        var placeEnd = j;
        if (j + 1 < span.End && t[j].Lower is "at" or "in")
        {
            var at = t[j + 1].Lower == "the" && doc.MentionOf(j + 1) is null ? j + 2 : j + 1;
            if (at < span.End && doc.MentionOf(at) is { } place && place.Type is not EntityType.Time && !place.Possessive)
            {
                j = place.End;
                if (j + 2 < span.End && t[j].IsPunct('(') && t[j + 2].IsPunct(')'))
                {
                    j += 3;
                }

                placeEnd = j;
            }
        }

        if (j < span.End && t[j].Lower is "between" or "with" && PeopleEnd(doc, j + 1, span.End) is var people && people > j + 1)
        {
            j = people;
            said = true;
        }

        var timeStart = j;
        Mention? time = null;
        if (j + 1 < span.End && t[j].Lower is "on" or "in" && doc.MentionOf(j + 1) is { Type: EntityType.Time } dated && dated.Start == j + 1)
        {
            time = dated;
        }
        else if (j < span.End && doc.MentionOf(j) is { Type: EntityType.Time } bare && bare.Start == j && t[j].Lower is not ("this" or "earlier" or "later"))
        {
            time = bare;
        }

        if (time is null || time.Possessive || Modifier.ModifiesNoun(doc, time.End, span.End))
        {
            return;
        }

        var words = k + 1 - start - (doc.Words.IsDeterminer(start) ? 1 : 0);
        if (words < 2 && !said)
        {
            return;
        }

        var future = Future(doc, time, start, span.Start);
        var p = new Phrase(doc).Word("When").Word(future ? "will" : "did");
        var from = start;
        if (t[start].Lower is "a" or "an")
        {
            p.Word("the");
            from++;
        }

        // the place is left out: it has a where-question of its own
        p.Tokens(from, k + 1, lowerFirst: true).Tokens(placeEnd, timeStart).Word("take place");
        candidates.Add(Candidate.Asking(p.Question(), time, sentence, QuestionKind.When, "when", VerbClass.Meet));
    }

    /// <summary>Where the noun phrase ending at the event noun starts (its determiner, if any), or -1 if it has none worth asking.</summary>
    private static int NounPhraseStart(Document doc, int noun, int sentenceStart)
    {
        var t = doc.Tokens;
        var k = noun;
        while (k - 1 >= sentenceStart)
        {
            var w = t[k - 1];
            if (doc.Words.IsDeterminer(k - 1))
            {
                return w.Lower is "a" or "an" or "the" or "this" or "that" ? k - 1 : -1;
            }

            if (w.Lower == "of" && k - 2 >= sentenceStart && IsHead(t[k - 2].Lower))
            {
                k -= 2;
                continue;
            }

            var modifier = w.Kind == TokenKind.Number || doc.MentionOf(k - 1) is { Possessive: false, Type: not EntityType.Person }
                || w.Kind == TokenKind.Word && (!w.IsCapitalized || w.Has(WordClass.Demonym) || w.Has(WordClass.Hyphen))
                    && doc.Words.Verb(k - 1) is null && !doc.Words.IsPreposition(k - 1) && !doc.Words.IsAuxiliary(k - 1) && w.Lower is not ("and" or "or" or "but" or "that" or "which" or "who");
            if (!modifier)
            {
                return -1;
            }

            k--;
        }

        return -1;
    }

    /// <summary>Where the event phrase ending at the noun <paramref name="k"/> starts: its own name (with "the"), or the noun phrase; -1 if none.</summary>
    private static int EventStart(Document doc, int k, Mention? named, int sentenceStart) =>
        named is null ? NounPhraseStart(doc, k, sentenceStart) : named.Start > sentenceStart && doc.Tokens[named.Start - 1].Lower == "the" ? named.Start - 1 : named.Start;

    /// <summary>The event is to come when its date is after the article's, or, undated, when "will" or "to" governs it ("will hold a summit in ...").</summary>
    private static bool Future(Document doc, Mention? time, int start, int sentenceStart) =>
        time is { Date: { } day } && doc.Article.Published is { } published ? day > published : Governed(doc, start, sentenceStart);

    private static bool Governed(Document doc, int start, int sentenceStart)
    {
        var t = doc.Tokens;
        for (var j = Math.Max(sentenceStart, start - 3); j < start; j++)
        {
            if (t[j].Lower is "will" or "shall" or "to")
            {
                return true;
            }
        }

        return false;
    }

    private static int FirstNoun(Document doc, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (IsHead(doc.Tokens[k].Lower))
            {
                return k;
            }
        }

        return end;
    }

    /// <summary>The end of "Trump and Ryosei Akazawa" after "between": names joined by "and".</summary>
    private static int PeopleEnd(Document doc, int from, int end)
    {
        var t = doc.Tokens;
        var k = from;
        var last = from - 1;
        while (k < end)
        {
            if (doc.MentionOf(k) is { } m && (m.Type.IsAgent() || m.Type == EntityType.Unknown))
            {
                k = m.End;
                last = k;
                continue;
            }

            if (doc.RoleTokens.Contains(k) || t[k].Lower is "and" or "the")
            {
                k++;
                continue;
            }

            break;
        }

        return last;
    }
}
