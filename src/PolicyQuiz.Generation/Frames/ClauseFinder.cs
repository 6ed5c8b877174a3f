using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation;

/// <summary>
/// A light clause chunker: trailing and leading attributions ("..., X said", "According to X, ..."),
/// fronted adverbials, appositives and relative clauses skipped, the first finite verb, the subject
/// before it, passive "was signed by", content clauses after saying verbs, "who" relatives and
/// inverted "Leading the team was X".
/// </summary>
public static class ClauseFinder
{
    // matched as patterns, not looked up in sets: they are asked of most words of every clause
    private static bool IsAdverb(string w) => w is
        "not" or "n't" or "always" or "often" or "also" or "still" or "already" or "now" or "then" or "just" or "never" or "once" or "again" or "jointly" or "formally" or "flatly" or "sharply"
        or "later" or "first" or "since" or "ever" or "only" or "even" or "long" or "both" or "all" or "mainly" or "largely" or "repeatedly" or "briefly" or "finally";

    private static bool IsSubordinator(string w) => w is
        "while" or "although" or "though" or "after" or "before" or "when" or "as" or "if" or "unless" or "until" or "once" or "since" or "because" or "despite" or "whereas";

    public static List<Clause> Find(Document doc, int sentence, ref Mention? lastSubjectPerson)
    {
        var clauses = new List<Clause>(3);
        var t = CollectionsMarshal.AsSpan(doc.Tokens);
        var span = doc.Sentences[sentence];
        var start = span.Start;
        var end = span.End;
        while (end > start && t[end - 1].Kind == TokenKind.Punct && t[end - 1].Text[0] is '.' or '"' or '!' or '?' or '\'')
        {
            end--;
        }

        while (start < end && t[start].Kind == TokenKind.Punct && t[start].Text[0] is '"' or '\'')
        {
            start++;
        }

        if (end - start < 3)
        {
            return clauses;
        }

        lastSubjectPerson = RecentPerson(doc, sentence, lastSubjectPerson);

        // "..., lawmaker Yaroslav Zhelezniak said on Friday." / "..., said Dmitriev"
        Mention? speaker = null;
        var attribution = TrailingAttribution(doc, start, end, ref lastSubjectPerson, out speaker);
        if (speaker is { Type: EntityType.Person })
        {
            lastSubjectPerson = speaker;
        }
        var quoted = t[span.Start].Kind == TokenKind.Punct && t[span.Start].Text[0] == '"';
        if (attribution > start)
        {
            end = attribution;
            while (end > start && t[end - 1].Kind == TokenKind.Punct && t[end - 1].Text[0] is '"' or ',')
            {
                end--;
            }
        }

        var cleft = Cleft(doc, start, end);
        var clause = cleft > 0
            ? Parse(doc, sentence, cleft + 1, end, ref lastSubjectPerson, isContent: speaker is not null)
            : Parse(doc, sentence, start, end, ref lastSubjectPerson, isContent: speaker is not null);
        if (cleft > 0 && clause is { FrontStart: < 0 })
        {
            // "It was in Riyadh, on February 18, that the thaw began": the focused phrase is the clause's adjunct
            clause.FrontStart = start + 2;
            clause.FrontEnd = t[cleft - 1].IsPunct(',') ? cleft - 1 : cleft;
        }
        if (clause is not null)
        {
            clause.Speaker ??= speaker;
            PreviousSubject.StandIn(doc, sentence, clause);
            if (!quoted || speaker is null)
            {
                clauses.Add(clause);
            }

            if ((clause.Class == VerbClass.Say || clause.Class == VerbClass.Announce && clause.Main + 1 < end && t[clause.Main + 1].Lower == "that") && !clause.Passive)
            {
                var inner = ContentStart(doc, clause);
                if (inner > 0)
                {
                    var content = Parse(doc, sentence, inner, ContentEnd(t, inner, end), ref lastSubjectPerson, isContent: true);
                    if (content is not null && !SubjectSpansClause(t, content))
                    {
                        content.Speaker = clause.Subjects.Count == 1 ? clause.Subjects[0] : null;
                        StandIn(doc, clause, content);
                        if (content.Class == VerbClass.Say && ContentStart(doc, content) is var deeper && deeper > 0)
                        {
                            // "told the newspaper his company had been warned that licences could take 45 days"
                            var inner2 = Parse(doc, sentence, deeper, ContentEnd(t, deeper, end), ref lastSubjectPerson, isContent: true);
                            if (inner2 is not null)
                            {
                                clauses.Add(inner2);
                            }
                        }
                        clauses.Add(content);
                    }
                }
            }
        }

        if (speaker is not null && clause is null or { Subjects.Count: 0 } && attribution > 0)
        {
            // a speaker-only frame: "Who said ...?"
            var said = new Clause { Sentence = sentence, Start = start, End = end, Speaker = speaker, IsContent = true, Finite = -1, Main = -1 };
            clauses.Add(said);
        }
        else if (speaker is not null && clause is not null && !clauses.Contains(clause))
        {
            clauses.Add(clause);
        }

        // "..., and that same day his son paid a visit to Nuuk" / "...; Bessent signed in Washington": a second main clause
        if (clause is { Finite: >= 0 })
        {
            // each coordinate's segment ends where the next begins: that one is found once, and is the next turn's start
            var j = NextCoordinate(doc, clause.Main + 1, end);
            while (j > 0)
            {
                var next = NextCoordinate(doc, j, end);
                var segmentEnd = next < 0 ? end : t[next - 1].IsPunct(';') || t[next - 1].IsPunct(':') || !t[next - 2].IsPunct(',') ? next - 1 : next - 2;
                var second = Parse(doc, sentence, j, segmentEnd, ref lastSubjectPerson, isContent: false);
                if (second is { Finite: >= 0 } && second.SubjectEnd > second.SubjectStart && second.SubjectStart >= j)
                {
                    clauses.Add(second);
                }

                j = next;
            }
        }

        // "The US tariff on Japanese cars, which was raised in April to 27.5 percent, will ...": a relative on the subject
        if (clause is { Finite: >= 0, Inverted: false } && !clause.SubjectIsNamed && !clause.SubjectIsPronoun)
        {
            for (var i = clause.SubjectStart + 1; i + 2 < clause.SubjectEnd; i++)
            {
                if (t[i].IsPunct(',') && t[i + 1].Lower == "which" && t[i - 1].Kind == TokenKind.Word && doc.MentionOf(i - 1) is null)
                {
                    AddRelative(doc, sentence, i, clause.SubjectEnd, clause.SubjectEnd, ref lastSubjectPerson, clauses, span: (clause.SubjectStart, i));
                    break;
                }
            }
        }

        // "Israel will release ..., pull its troops back ... and allow 600 aid trucks ...": one subject, several verbs
        var count = clauses.Count;
        for (var i = 0; i < count; i++)
        {
            CoordinatedVerbs(doc, clauses[i], clauses);
        }

        // "X, who chairs the committee, ..." relatives
        for (var i = span.Start; i + 2 < span.End; i++)
        {
            // each case begins at a comma
            if (!t[i].IsPunct(','))
            {
                continue;
            }

            if (t[i].IsPunct(',') && t[i + 1].Lower == "who" && OwnerBefore(doc, i, span.Start) is { } person)
            {
                AddRelative(doc, sentence, i, span.End, end, ref lastSubjectPerson, clauses, subject: person, verbFirst: false);
            }
            else if (t[i].IsPunct(',') && t[i + 1].Lower == "which" && clause is not null && i > clause.SubjectEnd && NounPhraseBefore(doc, i, span.Start) is var np && np >= 0
                && doc.Words.Verb(i + 2) is { Form: VerbFormKind.Third or VerbFormKind.Past or VerbFormKind.PastOrParticiple })
            {
                // "The crown prince hosted the encounter, which lasted 33 minutes": a relative on a common noun further in
                AddRelative(doc, sentence, i, span.End, end, ref lastSubjectPerson, clauses, span: (np, i));
            }
            else if (t[i].IsPunct(',') && t[i + 1].Lower == "which" && doc.MentionOf(i - 1) is { Type: EntityType.Organisation or EntityType.Country, Possessive: false } owner
                && doc.Words.Verb(i + 2) is { Form: VerbFormKind.Third or VerbFormKind.Past or VerbFormKind.PastOrParticiple })
            {
                // "Panama Ports Company, which operates the terminals at Balboa and Cristóbal"
                AddRelative(doc, sentence, i, span.End, end, ref lastSubjectPerson, clauses, subject: owner);
            }
        }

        return clauses;
    }

    /// <summary>
    /// Frames for the further verbs of a clause that share its subject: "Israel will release X, pull
    /// Y and allow Z", "Hegseth landed in Panama City and met Mulino", "Britain will open a quota
    /// ..., and will scrap its duty". Each frame keeps the subject (and a shared auxiliary) and skips
    /// the verbs before it; the first clause's predicate then stops at the coordinator.
    /// </summary>
    private static void CoordinatedVerbs(Document doc, Clause c, List<Clause> clauses)
    {
        if (c.Finite < 0 || c.Inverted || c.Passive || c.SubjectEnd <= c.SubjectStart || c.Main < c.Finite)
        {
            return;
        }

        var t = CollectionsMarshal.AsSpan(doc.Tokens);
        var end = c.End;
        var depth = 0;
        var previous = c;
        for (var k = c.Main + 1; k + 1 < end; k++)
        {
            // the token's punctuation mark, read once ('\0' for any other token)
            var mark = Mark(t[k]);
            if (mark is '(' or '"')
            {
                depth += mark == '(' ? 1 : 0;
                continue;
            }

            if (mark == ')')
            {
                depth--;
                continue;
            }

            if (depth > 0 || mark is ';' or ':' || t[k].Lower is "that" or "which" or "who" or "because" or "while" or "after" or "before" or "when" or "if" or "as")
            {
                if (depth == 0)
                {
                    return;
                }

                continue;
            }

            var v = k;
            if (mark == ',')
            {
                v = k + 1 < end && t[k + 1].Lower is "and" or "or" ? k + 2 : k + 1;
            }
            else if (t[k].Lower is "and" or "or")
            {
                v = k + 1;
            }
            else
            {
                continue;
            }

            if (v + 1 >= end || SharedVerb(doc, c, v) is not var (finite, main) || main < 0)
            {
                continue;
            }

            var next = new Clause
            {
                Sentence = c.Sentence,
                Start = c.Start,
                End = end,
                FrontStart = c.FrontStart,
                FrontEnd = c.FrontEnd,
                SubjectStart = c.SubjectStart,
                SubjectEnd = c.SubjectEnd,
                SubjectIsNamed = c.SubjectIsNamed,
                SubjectIsPronoun = c.SubjectIsPronoun,
                Speaker = c.Speaker,
                IsContent = c.IsContent,
                StandIn = c.StandIn,
                Finite = finite,
                FiniteIsAux = finite != main,
                Main = main,
            };
            next.Subjects.AddRange(c.Subjects);
            next.Skips.AddRange(c.Skips);

            // the verbs before this one: after a shared auxiliary ("will release ..., pull"), or all of them
            next.Skips.Add(finite == c.Finite ? (c.Main, v) : (c.SubjectEnd, v));
            var form = doc.Words.Verb(main);
            next.Lemma = form?.Lemma ?? Lexicon.GuessLemma(t[main].Lower);
            next.MainForm = form?.Form ?? VerbFormKind.PastOrParticiple;
            next.Class = form?.Class ?? VerbClass.Other;
            if (main == finite && next.MainForm == VerbFormKind.Base && c.MainForm == VerbFormKind.Past)
            {
                // "hit the plant and cut the power": read as the first verb reads
                next.MainForm = VerbFormKind.Past;
            }

            next.PredicateEnd = PredicateEnd(doc, main + 1, end);
            previous.PredicateEnd = Math.Min(previous.PredicateEnd, k);
            previous = next;
            clauses.Add(next);
            k = main;
        }
    }

    /// <summary>
    /// The finite and main verb at <paramref name="v"/> when it continues <paramref name="c"/>'s
    /// subject: a verb of the same form as the clause's main verb (bare after a shared modal, past
    /// after a past), or an auxiliary of its own ("and will scrap"), followed by what starts a complement.
    /// </summary>
    private static (int Finite, int Main)? SharedVerb(Document doc, Clause c, int v)
    {
        var t = CollectionsMarshal.AsSpan(doc.Tokens);
        var w = t[v];
        if (w.Kind != TokenKind.Word || w.IsCapitalized || doc.MentionOf(v) is not null || doc.RoleTokens.Contains(v))
        {
            return null;
        }

        var finite = c.Finite;
        var main = v;
        if (w.Lower is "will" or "would" or "could" or "can" or "may" or "must" or "should" or "has" or "have" or "had" && c.FiniteIsAux)
        {
            finite = v;
            main = v + 1;
            while (main < c.End && (IsAdverb(t[main].Lower) || doc.Words.IsAuxiliary(main) && t[main].Lower is "be" or "been" or "also"))
            {
                main++;
            }

            if (main >= c.End || t[main].Kind != TokenKind.Word || t[main].IsCapitalized || t[main].Lower is "be" or "been" || doc.MentionOf(main) is not null
                || doc.Words.Verb(main) is { Form: VerbFormKind.Ing } || doc.Words.IsDeterminer(main) || doc.Words.IsPreposition(main))
            {
                return null;
            }
        }
        else
        {
            var vf = doc.Words.Verb(v);
            if (vf is null || vf.Form == VerbFormKind.Ing)
            {
                return null;
            }

            var ok = c.MainForm switch
            {
                VerbFormKind.Base => vf.Form == VerbFormKind.Base,
                VerbFormKind.Third => vf.Form == VerbFormKind.Third,
                VerbFormKind.Past => vf.Form is VerbFormKind.Past or VerbFormKind.PastOrParticiple,
                VerbFormKind.PastOrParticiple => vf.Form is VerbFormKind.Past or VerbFormKind.PastOrParticiple && !c.FiniteIsAux || vf.Form is VerbFormKind.Participle or VerbFormKind.PastOrParticiple && c.FiniteIsAux,
                VerbFormKind.Participle => vf.Form is VerbFormKind.Participle or VerbFormKind.PastOrParticiple && c.FiniteIsAux,
                _ => false,
            };
            if (!ok)
            {
                return null;
            }

            if (!c.FiniteIsAux)
            {
                finite = v;
            }
        }

        // what follows starts a complement: "pull its troops", "allow 600 aid trucks", "met Mulino", "travelled to Nuuk"
        if (main + 1 >= c.End)
        {
            return null;
        }

        var n = t[main + 1];
        var complement = doc.Words.IsDeterminer(main + 1) || n.Lower is "its" or "their" or "his" or "her" or "back" or "up" or "out" || n.Kind == TokenKind.Number
            || doc.MentionOf(main + 1) is not null || doc.RoleTokens.Contains(main + 1) || doc.Words.IsPreposition(main + 1)
            || n.Kind == TokenKind.Word && !n.IsCapitalized && main + 2 < c.End && doc.MentionOf(main + 2) is not null;
        return complement ? (finite, main) : null;
    }

    /// <summary>
    /// "China's finance ministry said it would impose ...": the reported clause's "it" (or "they") is the
    /// reporting clause's subject when that is a short phrase naming no person.
    /// </summary>
    private static void StandIn(Document doc, Clause clause, Clause content)
    {
        var t = CollectionsMarshal.AsSpan(doc.Tokens);
        if (clause.StandIn is { } previous && content.SubjectIsPronoun && content.Subjects.Count == 0 && content.SubjectEnd - content.SubjectStart == 1 && t[content.SubjectStart].Lower == "it")
        {
            // "It said it had proposed ...": both stand for the organisation of the sentence before
            content.StandIn = previous;
            return;
        }

        if (!content.SubjectIsPronoun || content.Subjects.Count > 0 || content.SubjectEnd - content.SubjectStart != 1 || t[content.SubjectStart].Lower is not ("it" or "they")
            || clause.SubjectIsPronoun || clause.SubjectEnd - clause.SubjectStart is < 1 or > 6 || NamesPerson(clause.Subjects))
        {
            return;
        }

        for (var k = clause.SubjectStart; k < clause.SubjectEnd; k++)
        {
            if (t[k].Kind == TokenKind.Punct && !t[k].IsPunct('\'') || t[k].Lower is "and" or "or")
            {
                return;
            }
        }

        var plural = t[clause.SubjectEnd - 1].Lower.EndsWith('s') && !t[clause.SubjectEnd - 1].Lower.EndsWith("ss", StringComparison.Ordinal);
        if (plural != (t[content.SubjectStart].Lower == "they"))
        {
            return;
        }

        content.StandIn = (clause.SubjectStart, clause.SubjectEnd);
    }

    /// <summary>The sentence tells of the past: it names a date before the article's own, or says "yesterday", "ago", "last ...".</summary>
    private static bool PastContext(Document doc, int sentence)
    {
        var span = doc.Sentences[sentence];
        var published = doc.Article.Published;
        for (var k = span.Start; k < span.End; k++)
        {
            if (doc.MentionOf(k) is { Type: EntityType.Time } m && (published is { } day && m.Date is { } date && date < day
                || m.Text.StartsWith("last ", StringComparison.OrdinalIgnoreCase) || m.Text.Contains("ago", StringComparison.Ordinal) || m.Text.Equals("yesterday", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first token after ", and" / ", but" / ";" at the top level from <paramref name="from"/>, or -1.</summary>
    /// <summary>The character of a one-character punctuation token (what <see cref="Token.IsPunct"/> tests), else '\0'.</summary>
    private static char Mark(in Token token) => token.Kind == TokenKind.Punct && token.Text.Length == 1 ? token.Text[0] : '\0';

    private static int NextCoordinate(Document doc, int from, int end)
    {
        var t = CollectionsMarshal.AsSpan(doc.Tokens);
        var depth = 0;
        for (var k = from; k + 2 < end; k++)
        {
            // the token's punctuation mark, read once ('\0' for any other token)
            var mark = Mark(t[k]);
            if (mark == '(')
            {
                depth++;
            }
            else if (mark == ')')
            {
                depth--;
            }
            else if (depth == 0 && mark == ',' && t[k + 1].Lower is "and" or "but")
            {
                return k + 2;
            }
            else if (depth == 0 && (mark == ';' || mark == ':' && !t[k + 1].IsPunct('"')))
            {
                // "...; Bessent signed in Washington" / "That buyer was revealed this morning: IAG confirmed an order"
                return k + 1;
            }
            else if (depth == 0 && mark == '\0' && t[k].Lower is "and" or "but" && !t[k - 1].IsPunct(',') && NewClauseAfter(doc, k, end))
            {
                return k + 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The frame of the relative clause after ", who" / ", which" at <paramref name="comma"/>, about the given
    /// subject (a name, or a span of words); it ends at the next comma, or at <paramref name="fallback"/>. With
    /// <paramref name="verbFirst"/> the relative's own verb must come right after the relative word.
    /// </summary>
    private static void AddRelative(Document doc, int sentence, int comma, int limit, int fallback, ref Mention? lastSubjectPerson, List<Clause> clauses,
        Mention? subject = null, (int Start, int End)? span = null, bool verbFirst = true)
    {
        var relEnd = Roles.SegmentEnd(doc.Tokens, comma + 2, limit);
        var rel = Parse(doc, sentence, comma + 2, relEnd < 0 ? fallback : relEnd, ref lastSubjectPerson, isContent: false, forcedSubject: subject, forcedSpan: span);
        if (rel is not null && (!verbFirst || rel.Finite == comma + 2))
        {
            clauses.Add(rel);
        }
    }

    /// <summary>Where "the encounter" starts before the comma of ", which": a determiner, at most two modifiers and a common noun; or -1.</summary>
    private static int NounPhraseBefore(Document doc, int comma, int sentenceStart)
    {
        var t = CollectionsMarshal.AsSpan(doc.Tokens);
        var noun = comma - 1;
        if (noun <= sentenceStart || t[noun].Kind != TokenKind.Word || t[noun].IsCapitalized || doc.MentionOf(noun) is not null
            || doc.Words.Verb(noun) is { Form: not VerbFormKind.Base } form && !(form.Form == VerbFormKind.Ing && doc.Words.IsDeterminer(noun - 1)))
        {
            return -1;
        }

        for (var k = noun - 1; k >= sentenceStart && k >= noun - 3; k--)
        {
            if (t[k].Lower is "the" or "a" or "an" or "this" or "that")
            {
                return k;
            }

            if (t[k].Kind != TokenKind.Word || doc.MentionOf(k) is not null || doc.Words.IsPreposition(k) || doc.Words.Verb(k) is not null)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The person a relative clause at <paramref name="comma"/> is about: the last person before it who is not inside another's role.</summary>
    private static Mention? OwnerBefore(Document doc, int comma, int sentenceStart)
    {
        for (var k = comma - 1; k >= sentenceStart; k--)
        {
            if (doc.MentionOf(k) is { Type: EntityType.Person } m && !doc.RoleTokens.Contains(m.Start))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a reported clause's subject runs into another clause ("recalled its envoys on Monday, two days after Lima
    /// cancelled ..." read as "its envoys ..., two days after Lima" cancelling): then the verb was no verb of saying.
    /// </summary>
    private static bool SubjectSpansClause(ReadOnlySpan<Token> t, Clause content)
    {
        for (var k = content.SubjectStart + 1; k < content.SubjectEnd; k++)
        {
            // "as" is left out: "such as", "as well as" stay inside a noun phrase
            if (IsSubordinator(t[k].Lower) && t[k].Lower != "as" || t[k].IsPunct(';'))
            {
                return true;
            }
        }

        return false;
    }

    private static int ContentStart(Document doc, Clause clause)
    {
        var t = CollectionsMarshal.AsSpan(doc.Tokens);
        var k = clause.Main + 1;
        // told Izvestia that / told reporters / said on Friday that
        var limit = Math.Min(clause.End, k + 6);
        for (var j = k; j < limit; j++)
        {
            if (t[j].Lower == "that")
            {
                return j + 1 < clause.End ? j + 1 : -1;
            }
        }

        if (clause.Lemma is "tell" or "inform" or "assure" or "warn" or "remind" && !clause.Passive && k + 2 < clause.End)
        {
            // "told the newspaper his company had ...", "told Reuters the talks ...": the hearer comes first
            var hearer = doc.MentionOf(k) is { } heard && heard.Start == k ? heard.End
                : doc.Words.IsDeterminer(k) && t[k + 1].Kind == TokenKind.Word && !t[k + 1].IsCapitalized ? k + 2
                : t[k].Lower is "reporters" or "journalists" or "lawmakers" or "parliament" or "me" or "him" or "her" or "them" or "us" ? k + 1 : k;
            if (hearer > k && hearer < clause.End && (t[hearer].IsCapitalized || doc.Words.IsDeterminer(hearer) || t[hearer].Has(WordClass.SubjectPronoun) && t[hearer].Lower != "it"))
            {
                return hearer;
            }
        }

        if (k < clause.End && (t[k].IsCapitalized || doc.Words.IsDeterminer(k) || t[k].Has(WordClass.SubjectPronoun)) && t[k].Lower != "that")
        {
            return k;
        }

        return -1;
    }

    /// <summary>Where reported speech ends: the sentence end, or a comma before "while", "but", "and"... that opens another clause.</summary>
    private static int ContentEnd(ReadOnlySpan<Token> t, int start, int end)
    {
        for (var k = start + 1; k + 1 < end; k++)
        {
            if (t[k].IsPunct(',') && (t[k + 1].Lower is "while" or "but" or "whereas" or "although" or "though" || t[k + 1].Lower == "and" && k + 2 < end && (t[k + 2].IsCapitalized || t[k + 2].Lower == "that" || t[k + 2].Has(WordClass.SubjectPronoun))))
            {
                return k;
            }
        }

        return end;
    }

    /// <summary>
    /// Who a "he" or "she" at the start of this sentence most likely means: the last subject while
    /// it is still in view (named in this or the previous sentence); once the previous sentence has
    /// named someone else and not the last subject, that later person ("..., which Svyrydenko
    /// announced. She signed in Kyiv").
    /// </summary>
    private static Mention? RecentPerson(Document doc, int sentence, Mention? last)
    {
        if (sentence == 0)
        {
            return last;
        }

        var previous = doc.Sentences[sentence - 1];
        Mention? latest = null;
        var lastInView = false;
        // the mention index read directly (as MentionOf reads it, without a call for every token of the sentence)
        var mentionAt = doc.MentionAt;
        var mentions = doc.Mentions;
        for (var k = previous.Start; k < previous.End; k++)
        {
            if ((uint)k >= (uint)mentionAt.Length || mentionAt[k] < 0 || mentions[mentionAt[k]] is not { Type: EntityType.Person } m || m.Start != k)
            {
                continue;
            }

            if (last is not null && m.Full == last.Full)
            {
                lastInView = true;
            }

            if (!m.Possessive)
            {
                latest = m;
            }
        }

        return lastInView || latest is null ? last : latest;
    }

    private static int TrailingAttribution(Document doc, int start, int end, ref Mention? lastSubject, out Mention? speaker)
    {
        speaker = null;
        var t = CollectionsMarshal.AsSpan(doc.Tokens);
        for (var c = end - 1; c > start + 2 && end - c <= 14; c--)
        {
            if (!t[c].IsPunct(','))
            {
                continue;
            }

            var k = c + 1;
            while (k < end && t[k].Kind == TokenKind.Punct && t[k].Text[0] is '"' or '\'')
            {
                k++;
            }

            if (k + 1 < end && t[k].Lower == "according" && t[k + 1].Lower == "to")
            {
                speaker = FirstAgent(doc, k + 2, end, ref lastSubject);
                return speaker is null ? -1 : c;
            }

            // said Dmitriev
            if (k < end && doc.Words.Verb(k) is { Class: VerbClass.Say, Form: VerbFormKind.Past or VerbFormKind.PastOrParticiple or VerbFormKind.Third })
            {
                speaker = FirstAgent(doc, k + 1, end, ref lastSubject);
                return speaker is null ? -1 : c;
            }

            // Zhelezniak said on Friday / he said / the commerce ministry said; not ", while Trump said it would ..."
            if (k < end && (IsSubordinator(t[k].Lower) || t[k].Lower is "and" or "but" or "or" or "so" or "yet"))
            {
                break;
            }

            for (var v = k + 1; v < end && v - k <= 8; v++)
            {
                if (doc.Words.Verb(v) is { Class: VerbClass.Say, Form: VerbFormKind.Past or VerbFormKind.PastOrParticiple or VerbFormKind.Third })
                {
                    if (!AttributionTail(doc, v + 1, end))
                    {
                        break;
                    }

                    speaker = FirstAgent(doc, k, v, ref lastSubject);
                    return speaker is null ? -1 : c;
                }

                if (doc.Words.Verb(v) is not null && doc.MentionOf(v) is null && !doc.RoleTokens.Contains(v))
                {
                    break;
                }
            }

            break;
        }

        return -1;
    }

    /// <summary>What may follow a trailing "X said": a time, a place, a channel ("on Friday", "in a statement"), never a clause of its own.</summary>
    private static bool AttributionTail(Document doc, int start, int end)
    {
        var t = CollectionsMarshal.AsSpan(doc.Tokens);
        for (var k = start; k < end; k++)
        {
            var w = t[k].Lower;
            if (doc.MentionOf(k) is null && (doc.Words.IsAuxiliary(k) && w != "'s" || w is "that" or "it" or "he" or "she" or "they" or "we" || doc.Words.Verb(k) is { Form: VerbFormKind.Past or VerbFormKind.Third or VerbFormKind.Base }))
            {
                return false;
            }
        }

        return true;
    }

    private static Mention? FirstAgent(Document doc, int start, int end, ref Mention? lastSubject)
    {
        for (var k = start; k < end; k++)
        {
            if (doc.MentionOf(k) is { } m && m.Type.IsAgent())
            {
                return m;
            }

            if (doc.Tokens[k].Lower is "he" or "she" && lastSubject is not null)
            {
                return lastSubject;
            }
        }

        return null;
    }

    // the skips of the frame being parsed, gathered before it is known whether there is a frame (kept for the next parse, emptied)
    [ThreadStatic]
    private static List<(int Start, int End)>? t_skips;

    internal static Clause? Parse(Document doc, int sentence, int start, int end, ref Mention? lastSubjectPerson, bool isContent, Mention? forcedSubject = null, (int Start, int End)? forcedSpan = null)
    {
        var t = CollectionsMarshal.AsSpan(doc.Tokens);
        // what is found before the verb, kept aside: the frame itself is made only once a finite verb is found
        var frontStart = -1;
        var frontEnd = -1;
        Mention? speaker = null;
        var skips = t_skips ??= new List<(int Start, int End)>(4);
        skips.Clear();
        var forced = forcedSubject is not null || forcedSpan is not null;
        Mention? named = null;

        // According to X, ...
        if (!forced && start + 2 < end && t[start].Lower == "according" && t[start + 1].Lower == "to")
        {
            var comma = TopLevelComma(t, start, end);
            if (comma > 0)
            {
                speaker = FirstAgent(doc, start + 2, comma, ref lastSubjectPerson);
                frontStart = start;
                frontEnd = comma;
                start = comma + 1;
            }
        }
        else if (!forced && NamedFront(doc, start, end) is var (comma2, name2) && comma2 > 0)
        {
            // "Named the Trump Route for International Peace and Prosperity (TRIPP), it is to run ...": "it" is that name
            frontStart = start;
            frontEnd = comma2;
            start = comma2 + 1;
            named = name2;
        }
        else if (!forced && IsFrontedStart(doc, start))
        {
            var comma = TopLevelComma(t, start, Math.Min(end, start + 22));
            for (var k = start; k < comma; k++)
            {
                if (t[k].Lower is "was" or "were" or "is" or "are")
                {
                    // "Travelling with the minister were ...": not a fronted phrase but an inverted clause
                    comma = -1;
                    break;
                }

                if (k + 1 < comma && t[k].Lower is "he" or "she" or "they" or "we" && (doc.Words.IsAuxiliary(k + 1) || doc.Words.Verb(k + 1) is { Form: VerbFormKind.Past or VerbFormKind.PastOrParticiple or VerbFormKind.Third }))
                {
                    // "At a news conference he declined ..., and ...": the clause itself, with its fronted phrase unmarked
                    comma = -1;
                    break;
                }
            }

            if (comma > start && comma + 1 < end && !IsListComma(doc, comma))
            {
                frontStart = start;
                frontEnd = comma;
                start = comma + 1;

                // a second fronted phrase: "On May 13, addressing the forum, Trump announced"
                var w = t[start].Lower;
                if ((w.EndsWith("ing", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal) || IsModifierLead(t, start, end) || doc.Words.IsPreposition(start) && w is not "of")
                    && doc.MentionOf(start) is null && !t[start].IsCapitalized)
                {
                    var second = TopLevelComma(t, start, Math.Min(end, start + 22));
                    if (second > start && second + 1 < end)
                    {
                        skips.Add((start - 1, second));
                        start = second + 1;
                    }
                }
            }
        }

        // find the first finite verb, skipping appositives, relatives and brackets
        var finite = -1;
        var relative = false;
        for (var k = start; k < end; k++)
        {
            ref readonly var tok = ref t[k];
            if (!forced && k > start && tok.Lower is "that" or "which" or "who" && (t[k - 1].Kind == TokenKind.Word || doc.MentionOf(k - 1) is not null))
            {
                // "a signing that had been pencilled in ... did not happen": the subject's own relative clause
                relative = true;
                continue;
            }

            if (relative && MayBeFinite(tok) && IsFinite(doc, k, start))
            {
                relative = false;
                while (k + 1 < end && (doc.Words.IsAuxiliary(k + 1) || IsAdverb(t[k + 1].Lower) || doc.Words.Verb(k + 1) is { Form: VerbFormKind.Participle or VerbFormKind.PastOrParticiple } || IsUnknownPast(t[k + 1])))
                {
                    k++;
                }

                continue;
            }

            if (tok.IsPunct('(') || tok.IsPunct('['))
            {
                var close = k;
                while (close < end && !(t[close].IsPunct(')') || t[close].IsPunct(']')))
                {
                    close++;
                }

                skips.Add((k, Math.Min(end, close + 1)));
                k = close;
                continue;
            }

            if (tok.IsPunct(',') && k > start)
            {
                var segEnd = Roles.SegmentEnd(doc.Tokens, k + 1, end);
                if (segEnd > k + 1 && (Roles.IsRolePhrase(doc, k + 1, segEnd) || t[k + 1].Lower is "who" or "which" or "whose" or "where" || (t[k + 1].Kind == TokenKind.Number && segEnd == k + 2) || IsNamedAppositive(doc, k + 1, segEnd)
                    || ParentheticalBeforeVerb(doc, k + 1, segEnd, end) || AttributionAside(doc, k + 1, segEnd, end)))
                {
                    skips.Add((k, segEnd < end && t[segEnd].IsPunct(',') ? segEnd + 1 : segEnd));
                    k = segEnd - 1;
                    continue;
                }
            }

            if (MayBeFinite(tok) && IsFinite(doc, k, start) || forced && k == start && (doc.Words.Verb(k) is { Form: VerbFormKind.Third or VerbFormKind.Past or VerbFormKind.PastOrParticiple } || doc.Words.IsAuxiliary(k)))
            {
                // a relative's verb comes first: "(, which) operates the terminals", "(, who) chairs the committee"
                finite = k;
                break;
            }
        }

        if (finite < 0)
        {
            return null;
        }

        var clause = new Clause { Sentence = sentence, Start = start, End = end, IsContent = isContent, FrontStart = frontStart, FrontEnd = frontEnd, Speaker = speaker };
        clause.Skips.AddRange(skips);
        clause.Finite = finite;
        var fw = t[finite].Lower;
        clause.FiniteIsAux = doc.Words.IsAuxiliary(finite);
        if (fw is "has" or "have" or "had" or "do" or "does" or "did" && finite + 1 < end)
        {
            // "We have them", "it has 180 days": have and do as main verbs
            var n = t[finite + 1];
            var nextVerb = doc.Words.Verb(finite + 1) is not null || IsUnknownPast(n) || doc.Words.IsAuxiliary(finite + 1) || IsAdverb(n.Lower) || n.Lower.EndsWith("ly", StringComparison.Ordinal);
            if (!nextVerb)
            {
                clause.FiniteIsAux = false;
            }
        }

        // main verb: after auxiliaries and adverbs
        var main = finite;
        if (clause.FiniteIsAux)
        {
            var k = finite + 1;
            while (k < end && (doc.Words.IsAuxiliary(k) || IsAdverb(t[k].Lower) || (t[k].Lower.EndsWith("ly", StringComparison.Ordinal) && t[k].Kind == TokenKind.Word && !t[k].IsCapitalized)))
            {
                k++;
            }

            if (k < end && (doc.Words.Verb(k) is not null || IsUnknownPast(t[k])))
            {
                main = k;
            }
            else if (k + 1 < end && t[k].Lower == "to" && t[finite].Lower is "is" or "are" or "was" or "were" && doc.Words.Verb(k + 1) is { Form: VerbFormKind.Base }
                && !(finite > start && PurposeNoun(t[finite - 1].Lower)))
            {
                // "it is to run through Syunik province": "be to" as a modal
                main = k + 1;
            }
        }

        clause.Main = main;
        var form = doc.Words.Verb(main);
        clause.Lemma = form?.Lemma ?? (IsUnknownPast(t[main]) ? Lexicon.GuessLemma(t[main].Lower) : t[main].Lower);
        clause.MainForm = form?.Form ?? (IsUnknownPast(t[main]) ? VerbFormKind.PastOrParticiple : VerbFormKind.Base);
        clause.Class = form?.Class ?? VerbClass.Other;
        if (main == finite && clause.MainForm == VerbFormKind.Base && form is not null && Lexicon.EntryFor(clause.Lemma).Past == t[main].Lower && (PastContext(doc, sentence) || PastLikeBase(doc, main)))
        {
            // "On June 22, American bombers hit the plant": hit, put, set, cut are past here
            clause.MainForm = VerbFormKind.Past;
        }

        if (main == finite && !clause.FiniteIsAux && fw is "has" or "have" or "had")
        {
            // "Lutnick's department has 180 days": have as the main verb
            clause.Lemma = "have";
            clause.MainForm = fw switch { "has" => VerbFormKind.Third, "had" => VerbFormKind.Past, _ => VerbFormKind.Base };
        }
        if (main != finite)
        {
            for (var k = finite; k < main; k++)
            {
                if (t[k].Lower is "was" or "were" or "is" or "are" or "been" or "be" or "being" && clause.MainForm is VerbFormKind.Participle or VerbFormKind.PastOrParticiple)
                {
                    clause.Passive = true;
                }
            }
        }

        // subject
        if (forcedSpan is { } span)
        {
            clause.SubjectStart = span.Start;
            clause.SubjectEnd = span.End;
        }
        else if (forcedSubject is not null)
        {
            clause.SubjectStart = forcedSubject.Start;
            clause.SubjectEnd = forcedSubject.End;
            clause.Subjects.Add(forcedSubject);
            clause.SubjectIsNamed = true;
        }
        else
        {
            var subjectStart = start;
            if (doc.Words.IsPreposition(start) || IsSubordinator(t[start].Lower))
            {
                // "In the Italian capital he also met ..." : the subject is the last name or pronoun before the verb
                for (var k = finite - 1; k > start; k--)
                {
                    if (t[k].Has(WordClass.SubjectPronoun) || (doc.MentionOf(k) is { } sm && sm.Type.IsAgent() && (k == start || !doc.Words.IsPreposition(sm.Start - 1))))
                    {
                        subjectStart = doc.MentionOf(k)?.Start ?? k;
                        // its role words and article stay with it: "In April the AU had appointed ..."
                        while (subjectStart - 1 > start && (doc.RoleTokens.Contains(subjectStart - 1) || t[subjectStart - 1].Lower is "the"))
                        {
                            subjectStart--;
                        }

                        clause.FrontStart = start;
                        clause.FrontEnd = subjectStart;
                        break;
                    }
                }
            }

            if (subjectStart == start && doc.Words.IsPreposition(start) && !IsInvertedCandidate(doc, finite, end))
            {
                return null;
            }

            if (t[subjectStart].Lower is "what" or "whatever" or "whoever" or "how" or "why" or "whether" || IsModifierLead(t, subjectStart, finite)
                || t[subjectStart].Lower == "that" && subjectStart + 1 < finite && (doc.Words.IsDeterminer(subjectStart + 1) || t[subjectStart + 1].Has(WordClass.SubjectPronoun) || t[subjectStart + 1].IsCapitalized))
            {
                // a wh-clause as subject ("What remains is ...") does not invert into a question;
                // "..., close to the number Britain shipped, ..." is a modifier, not a subject; nor is "that a British airline ..."
                return null;
            }

            clause.SubjectStart = subjectStart;
            clause.SubjectEnd = finite;
            if (clause.SubjectEnd <= clause.SubjectStart)
            {
                return null;
            }

            AnalyseSubject(doc, clause, ref lastSubjectPerson);
            if (named is not null && clause.SubjectIsPronoun && clause.Subjects.Count == 0 && t[clause.SubjectStart].Lower is "it" or "they")
            {
                clause.StandIn = (named.Start > 0 && t[named.Start - 1].Lower == "the" ? named.Start - 1 : named.Start, named.End);
            }
        }

        // inverted: "Leading the U.S. team was Sonata Coulter"
        if (clause.FiniteIsAux && fw is "was" or "were" or "is" or "are" && !forced && clause.Subjects.Count == 0 && !clause.SubjectIsPronoun)
        {
            var first = t[clause.SubjectStart].Lower;
            var names = new List<Mention>();
            if (finite + 1 < end && (doc.MentionOf(finite + 1) is { Type: EntityType.Person } || doc.RoleTokens.Contains(finite + 1) || doc.Words.IsDeterminer(finite + 1)))
            {
                for (var k = finite + 1; k < end; k++)
                {
                    if (doc.MentionOf(k) is { Type: EntityType.Person } pm && !doc.RoleTokens.Contains(pm.Start) && !names.Contains(pm))
                    {
                        names.Add(pm);
                        k = pm.End - 1;
                    }
                }
            }

            if (names.Count > 0 && (first.EndsWith("ing", StringComparison.Ordinal) || first.EndsWith("ed", StringComparison.Ordinal) || first is "also" or "among" or "with" or "joining" || t[clause.SubjectStart].Has(WordClass.Preposition)))
            {
                clause.Inverted = true;
                clause.Subjects.AddRange(names);
                clause.SubjectIsNamed = true;
                clause.PredicateEnd = finite;
                return clause;
            }
        }

        // passive agent: "was signed by X"
        if (clause.Passive)
        {
            for (var k = main + 1; k < end; k++)
            {
                if (t[k].IsPunct(',') && !IsListComma(doc, k))
                {
                    break;
                }

                if (t[k].Lower == "by" && k + 1 < end)
                {
                    var a = k + 1;
                    var last = a;
                    while (last < end)
                    {
                        if (doc.MentionOf(last) is { } modifier && modifier.End + 1 < end && t[modifier.End].Text == "-" && t[modifier.End + 1].Kind == TokenKind.Word && !t[modifier.End + 1].IsCapitalized)
                        {
                            // "by U.S.-based Critical Metals Corp": the name only modifies the agent after it
                            last = modifier.End + 2;
                            continue;
                        }

                        if (doc.MentionOf(last) is { Possessive: true })
                        {
                            // "held up by Greenland's ban": the agent is the thing the name owns
                            clause.Agents.Clear();
                            break;
                        }

                        if (doc.MentionOf(last) is { } am && (am.Type.IsAgent() || am.Type == EntityType.Unknown))
                        {
                            if (am.Type != EntityType.Unknown || am.Role is null)
                            {
                                clause.Agents.Add(am);
                            }

                            last = am.End;
                            continue;
                        }

                        if (doc.RoleTokens.Contains(last) || doc.Words.IsDeterminer(last) || t[last].Lower is "and" || (t[last].IsPunct(',') && IsListComma(doc, last)))
                        {
                            last++;
                            continue;
                        }

                        var of = last + 1 < end && t[last + 1].Lower == "the" ? last + 2 : last + 1;
                        if (t[last].Lower == "of" && clause.Agents.Count > 0 && clause.Agents[^1].Type == EntityType.Person && of < end
                            && doc.MentionOf(of) is { Type: not EntityType.Person } affiliation && affiliation.Start == of)
                        {
                            // "by Andrew Peek of the National Security Council and Michael Anton": where the person is from
                            last = affiliation.End;
                            continue;
                        }

                        if (last > a && (t[last - 1].Lower is "and" || doc.Words.IsDeterminer(last - 1)))
                        {
                            // "by Minister Liis Tamm and her Latvian counterpart": the other agent is no name this can ask about
                            clause.Agents.Clear();
                        }

                        break;
                    }

                    if (clause.Agents.Count > 0)
                    {
                        if (last + 2 < end && t[last].IsPunct('(') && t[last + 2].IsPunct(')'))
                        {
                            last += 3;
                        }

                        clause.AgentStart = k;
                        clause.AgentEnd = last;
                    }

                    break;
                }
            }
        }

        clause.PredicateEnd = PredicateEnd(doc, main + 1, end);
        return clause;
    }

    /// <summary>"Named the X (ACRONYM), it ...": the comma ending the phrase and the name, or (-1, null).</summary>
    private static (int Comma, Mention? Name) NamedFront(Document doc, int start, int end)
    {
        var t = CollectionsMarshal.AsSpan(doc.Tokens);
        if (start + 3 >= end || t[start].Lower is not ("named" or "called" or "dubbed" or "renamed" or "known"))
        {
            return (-1, null);
        }

        var k = start + 1;
        if (t[k].Lower == "as")
        {
            k++;
        }

        if (t[k].Lower == "the")
        {
            k++;
        }

        if (k >= end || doc.MentionOf(k) is not { } name || name.Start != k)
        {
            return (-1, null);
        }

        var comma = name.End;
        if (comma + 2 < end && t[comma].IsPunct('(') && t[comma + 2].IsPunct(')'))
        {
            comma += 3;
        }

        return comma + 1 < end && t[comma].IsPunct(',') ? (comma, name) : (-1, null);
    }

    /// <summary>The "that" of "It was in Riyadh, on February 18, that ...", or -1.</summary>
    private static int Cleft(Document doc, int start, int end)
    {
        var t = CollectionsMarshal.AsSpan(doc.Tokens);
        if (start + 4 >= end || t[start].Lower != "it" || t[start + 1].Lower is not ("was" or "is") || !doc.Words.IsPreposition(start + 2))
        {
            return -1;
        }

        for (var k = start + 3; k < Math.Min(end - 2, start + 14); k++)
        {
            if (t[k].Lower == "that")
            {
                return k;
            }

            if (doc.Words.IsAuxiliary(k) || IsFiniteLexical(doc, k))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"close to the number ...", "next to ...": a phrase that modifies, never a subject.</summary>
    private static bool IsModifierLead(ReadOnlySpan<Token> t, int k, int end) =>
        k + 1 < end && t[k].Lower is "close" or "next" or "similar" or "equal" or "due" or "prior" or "ahead" or "near" && t[k + 1].Lower is "to" or "of";

    private static bool IsInvertedCandidate(Document doc, int finite, int end) =>
        doc.Tokens[finite].Lower is "was" or "were" or "is" or "are" && finite + 1 < end && (doc.MentionOf(finite + 1) is { Type: EntityType.Person } || doc.RoleTokens.Contains(finite + 1));

    /// <summary>
    /// "Tanbreez, in southern Greenland and regarded as the island's largest deposit, was bought ...",
    /// "The deal, signed in May, was ratified ...": a phrase of place or a participle between commas,
    /// with the verb right after the second comma.
    /// </summary>
    private static bool ParentheticalBeforeVerb(Document doc, int start, int segEnd, int end)
    {
        var t = CollectionsMarshal.AsSpan(doc.Tokens);
        if (segEnd + 1 >= end || !t[segEnd].IsPunct(',') || !(doc.Words.IsAuxiliary(segEnd + 1) && t[segEnd + 1].Lower is not ("'s" or "be" or "been" or "being") || IsFiniteLexical(doc, segEnd + 1)))
        {
            return false;
        }

        if (!(doc.Words.IsPreposition(start) && t[start].Lower is not ("to" or "that") || Modifier.IsParticiple(t[start]) && !t[start].IsCapitalized))
        {
            return false;
        }

        for (var k = start; k < segEnd; k++)
        {
            if (doc.Words.IsAuxiliary(k) && t[k].Lower is not "'s" || t[k].Lower is "who" or "which" or "that")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Moscow's interest, Dmitriev argued, went beyond ...": a speaker and a verb of saying between commas, before the clause's verb.</summary>
    private static bool AttributionAside(Document doc, int start, int segEnd, int end)
    {
        var t = CollectionsMarshal.AsSpan(doc.Tokens);
        if (segEnd + 1 >= end || !t[segEnd].IsPunct(',') || segEnd - start < 2 || segEnd - start > 6
            || doc.Words.Verb(segEnd - 1) is not { Class: VerbClass.Say, Form: VerbFormKind.Past or VerbFormKind.PastOrParticiple or VerbFormKind.Third })
        {
            return false;
        }

        var speaker = doc.MentionOf(start);
        return speaker is not null && speaker.End == segEnd - 1 || segEnd - start == 2 && t[start].Has(WordClass.SubjectPronoun);
    }

    private static bool IsNamedAppositive(Document doc, int start, int end)
    {
        // ", the United States-Ukraine Reconstruction Investment Fund," / ", a rare earth deposit it describes as ..." (noun phrase only)
        var t = CollectionsMarshal.AsSpan(doc.Tokens);
        if (!(doc.Words.IsDeterminer(start) || doc.MentionOf(start) is not null))
        {
            return false;
        }

        for (var k = start; k < end; k++)
        {
            if (doc.Words.IsAuxiliary(k) || IsFiniteLexical(doc, k))
            {
                return false;
            }
        }

        return end - start <= 12 && doc.MentionOf(start - 2) is not null;
    }

    private static void AnalyseSubject(Document doc, Clause clause, ref Mention? lastSubjectPerson)
    {
        var t = CollectionsMarshal.AsSpan(doc.Tokens);
        var named = true;
        var any = false;
        for (var k = clause.SubjectStart; k < clause.SubjectEnd; k++)
        {
            if (clause.Skipped(k))
            {
                continue;
            }

            if (doc.RoleTokens.Contains(k))
            {
                continue;
            }

            if (doc.MentionOf(k) is { } om && k > clause.SubjectStart && t[k - 1].Lower is "of" or "from" && doc.MentionOf(k - 2) is { Type: EntityType.Person })
            {
                // "Ararat Mirzoyan of Armenia"
                k = om.End - 1;
                continue;
            }

            if (t[k].Lower is "of" or "from" && k + 1 < clause.SubjectEnd && doc.MentionOf(k - 1) is { Type: EntityType.Person } && doc.MentionOf(k + 1) is { } place && place.Type.IsPlace())
            {
                continue;
            }

            if (doc.MentionOf(k) is { } m && (m.Type.IsAgent() || m.Type is EntityType.City or EntityType.Place && m.Country is not null) && !(k > clause.SubjectStart && t[m.Start - 1].Lower is "of" or "from" or "with" or "in"))
            {
                var apostrophe = m.End < clause.SubjectEnd && t[m.End].Lower == "'s";
                var after = apostrophe ? m.End + 1 : m.End;
                if ((m.Possessive || apostrophe) && after < clause.SubjectEnd && doc.MentionOf(after) is { Type: EntityType.Organisation or EntityType.Person } owned && owned.Start == after)
                {
                    // "China's State Administration for Market Regulation": the country only says whose it is
                    k = after - 1;
                    continue;
                }
                else if (m.Possessive)
                {
                    named = false;
                }
                else if (!clause.Subjects.Contains(m))
                {
                    clause.Subjects.Add(m);
                }

                any = true;
                k = m.End - 1;
                continue;
            }

            if (doc.RoleTokens.Contains(k) || t[k].IsPunct(',') || t[k].Lower is "and" or "the" or "also" or "jointly" or "together" || t[k].Has(WordClass.Demonym)
                || doc.MentionOf(k) is { Role: not null, Type: EntityType.Unknown } or { Type: EntityType.Time or EntityType.Nationality })
            {
                continue;
            }

            if (t[k].Has(WordClass.SubjectPronoun) && clause.SubjectEnd - clause.SubjectStart == 1)
            {
                clause.SubjectIsPronoun = true;
                if (t[k].Lower is "he" or "she" && lastSubjectPerson is not null)
                {
                    clause.Subjects.Add(lastSubjectPerson);
                    any = true;
                }

                continue;
            }

            named = false;
        }

        if (!any && named && clause.Subjects.Count == 0)
        {
            // "the two foreign ministers, A of X and B of Y, initialled ...": the names in the role's appositive are the subject
            any = AppositiveNames(doc, clause);
        }

        // titles that are organisations or countries ("Russian Direct Investment Fund (RDIF) Fund CEO Kirill Dmitriev") are not subjects themselves
        if (NamesPerson(clause.Subjects))
        {
            // in place, in order (as RemoveAll would, without a closure made for every subject analysed)
            var subjects = clause.Subjects;
            var kept = 0;
            for (var i = 0; i < subjects.Count; i++)
            {
                var m = subjects[i];
                if (!(m.Type != EntityType.Person && m.End < t.Length && (doc.MentionOf(m.End) is { Type: EntityType.Person } || doc.RoleTokens.Contains(m.End) || t[m.End].IsPunct('('))))
                {
                    subjects[kept++] = m;
                }
            }

            subjects.RemoveRange(kept, subjects.Count - kept);
        }

        clause.SubjectIsNamed = named && any;
        if (clause.SubjectIsNamed && clause.Subjects.Count == 1 && clause.Subjects[0].Type == EntityType.Person)
        {
            lastSubjectPerson = clause.Subjects[0];
        }
        else if (!clause.SubjectIsPronoun)
        {
            // a person named anywhere in the subject is still the likeliest referent of a later "he"
            foreach (var m in clause.Subjects)
            {
                if (m.Type == EntityType.Person)
                {
                    lastSubjectPerson = m;
                    break;
                }
            }
        }
    }

    private static bool NamesPerson(List<Mention> mentions)
    {
        foreach (var m in mentions)
        {
            if (m.Type == EntityType.Person)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The people named in a left-out appositive of a subject that is only a role ("the two foreign ministers, A and B,").</summary>
    private static bool AppositiveNames(Document doc, Clause clause)
    {
        var t = CollectionsMarshal.AsSpan(doc.Tokens);
        var found = false;
        foreach (var (s, e) in clause.Skips)
        {
            if (s <= clause.SubjectStart || e > clause.SubjectEnd || !t[s].IsPunct(',') || doc.MentionOf(s + 1) is not { Type: EntityType.Person })
            {
                continue;
            }

            for (var k = s + 1; k < e; k++)
            {
                if (doc.MentionOf(k) is { } m && m.Start == k)
                {
                    if (m.Type == EntityType.Person && !m.Possessive && t[k - 1].Lower is not ("of" or "from" or "to" or "with"))
                    {
                        clause.Subjects.Add(m);
                        found = true;
                    }

                    k = m.End - 1;
                }
            }
        }

        return found;
    }

    internal static int PredicateEnd(Document doc, int from, int end)
    {
        var t = CollectionsMarshal.AsSpan(doc.Tokens);
        var depth = 0;
        for (var k = from; k < end; k++)
        {
            // the token's punctuation mark, read once ('\0' for any other token)
            ref readonly var tok = ref t[k];
            var mark = Mark(tok);
            if (mark == '(')
            {
                depth++;
            }
            else if (mark == ')')
            {
                depth--;
            }
            else if (depth == 0 && (mark is ',' or ';' or ':' || tok.Text == "\u2014") && !IsListComma(doc, k))
            {
                return k;
            }
            else if (depth == 0 && k > from && tok.Lower is "and" or "but" && NewClauseAfter(doc, k, end))
            {
                // "... energy over three years and European companies are expected to invest ...": a second clause
                return k;
            }
        }

        return end;
    }

    /// <summary>"and" followed by a subject of its own and a finite verb, not a second name of a list ("Russia and China").</summary>
    private static bool NewClauseAfter(Document doc, int and, int end)
    {
        var t = CollectionsMarshal.AsSpan(doc.Tokens);
        var first = and + 1;
        if (first >= end || doc.Words.Verb(first) is not null && doc.MentionOf(first) is null || doc.Words.IsAuxiliary(first))
        {
            return false;
        }

        if (doc.MentionOf(and - 1) is { } before && doc.MentionOf(first) is { } after && before.Type == after.Type)
        {
            return false;
        }

        for (var k = first + 1; k < end && k <= first + 4; k++)
        {
            var w = t[k];
            if (w.Kind == TokenKind.Punct)
            {
                return false;
            }

            if (doc.MentionOf(k) is null && !w.IsCapitalized && (w.Lower is "is" or "are" or "was" or "were" or "will" or "would" or "has" or "have" or "had" or "could" or "can"
                || doc.Words.Verb(k) is { Form: VerbFormKind.Past or VerbFormKind.Third }))
            {
                // "... the military aid and intelligence sharing it had paused": a pronoun before the verb makes it a relative
                return k > first && !(k - 1 > first && t[k - 1].Has(WordClass.SubjectPronoun));
            }
        }

        return false;
    }

    /// <summary>A comma inside a list of names or words: "A, B and C".</summary>
    internal static bool IsListComma(Document doc, int k)
    {
        var t = CollectionsMarshal.AsSpan(doc.Tokens);
        if (!t[k].IsPunct(','))
        {
            return false;
        }

        var sentenceEnd = doc.Sentences[doc.SentenceOf[k]].End;
        var prev = doc.MentionOf(k - 1);
        var next = doc.MentionOf(k + 1);
        if (prev is not null && next is not null && prev.Type == next.Type && prev.Type is not EntityType.Time)
        {
            // look ahead for "and"/"or" closing the list
            for (var j = next.End; j < Math.Min(sentenceEnd, next.End + 12); j++)
            {
                if (t[j].Lower is "and" or "or")
                {
                    return true;
                }

                if (!t[j].IsPunct(',') && doc.MentionOf(j) is null && !doc.RoleTokens.Contains(j) && t[j].Lower is not ("of" or "in" or "the"))
                {
                    return false;
                }
            }
        }

        // lowercase word lists: "trade, travel and diplomatic ties"
        if (k + 2 < sentenceEnd && t[k - 1].Kind == TokenKind.Word && t[k + 1].Kind == TokenKind.Word && !t[k + 1].IsCapitalized && t[k + 2].Lower is "and" or "or" && doc.Words.Verb(k + 1) is null)
        {
            return true;
        }

        return false;
    }

    private static bool IsFrontedStart(Document doc, int start)
    {
        ref readonly var t = ref CollectionsMarshal.AsSpan(doc.Tokens)[start];
        var w = t.Lower;
        return t.Has(WordClass.Preposition) || IsSubordinator(w) || w.EndsWith("ly", StringComparison.Ordinal) && !t.IsCapitalized == false && doc.MentionOf(start) is null
            || (w.EndsWith("ing", StringComparison.Ordinal) && doc.MentionOf(start) is null) || w is "afterwards" or "meanwhile" or "however" or "instead" or "still" or "yet" or "also" or "earlier" or "later" or "then" or "now"
            || (doc.MentionOf(start) is { Type: EntityType.Time or EntityType.Duration } tm && tm.End < doc.Tokens.Count && doc.Tokens[tm.End].IsPunct(','))
            || RelativeTimeBeforeComma(doc, start);
    }

    /// <summary>"A day earlier,", "Two weeks later,", "A year ago,": a short measure of time, then a comma.</summary>
    private static bool RelativeTimeBeforeComma(Document doc, int start)
    {
        var t = CollectionsMarshal.AsSpan(doc.Tokens);
        for (var k = start + 1; k < t.Length && k <= start + 3; k++)
        {
            if (t[k].Kind != TokenKind.Word || t[k].IsCapitalized)
            {
                return false;
            }

            if (t[k].Lower is "earlier" or "later" or "ago" or "afterwards" && k + 1 < t.Length && t[k + 1].IsPunct(','))
            {
                return t[start].Lower is "a" or "an" or "one" or "two" or "three" or "four" or "five" or "several" or "some" or "weeks" or "days" or "months" or "years"
                    || t[start].Kind == TokenKind.Number;
            }
        }

        return false;
    }

    private static int TopLevelComma(ReadOnlySpan<Token> t, int start, int end)
    {
        var depth = 0;
        for (var k = start; k < end; k++)
        {
            if (t[k].IsPunct('('))
            {
                depth++;
            }
            else if (t[k].IsPunct(')'))
            {
                depth--;
            }
            else if (depth == 0 && t[k].IsPunct(','))
            {
                return k;
            }
        }

        return -1;
    }

    internal static bool IsUnknownPast(Token t) =>
        t.Kind == TokenKind.Word && !t.IsCapitalized && t.Lower.Length > 4 && t.Lower.EndsWith("ed", StringComparison.Ordinal) && !t.Has(WordClass.Common) && t.Lower is not ("hundred" or "need" or "speed" or "seed" or "indeed" or "breed" or "bed" or "shed");

    private static bool IsFiniteLexical(Document doc, int k)
    {
        ref readonly var t = ref CollectionsMarshal.AsSpan(doc.Tokens)[k];
        var vf = doc.Words.Verb(k);
        return vf is not null && vf.Form is VerbFormKind.Past or VerbFormKind.PastOrParticiple or VerbFormKind.Third && !t.IsCapitalized;
    }

    /// <summary>
    /// "A signing expected in late February was abandoned", "A Reuters analysis published this week
    /// found ...": a participle followed by a place or time phrase, with the clause's own verb still
    /// to come before any comma or conjunction.
    /// </summary>
    private static bool ReducedRelative(Document doc, int k)
    {
        var t = CollectionsMarshal.AsSpan(doc.Tokens);
        if (k + 1 >= t.Length || !(doc.Words.IsPreposition(k + 1) || doc.MentionOf(k + 1) is { Type: EntityType.Time }))
        {
            return false;
        }

        // it modifies a common noun ("a signing", "an analysis"), never a name or a pronoun ("Israel said on Sunday it had")
        var prev = t[k - 1];
        var sentenceStart = doc.Sentences[doc.SentenceOf[k]].Start;
        if (prev.Kind != TokenKind.Word || prev.IsCapitalized && k - 1 != sentenceStart || doc.MentionOf(k - 1) is not null || prev.Has(WordClass.SubjectPronoun)
            || doc.Words.Verb(k) is { Class: VerbClass.Say })
        {
            return false;
        }

        var end = doc.Sentences[doc.SentenceOf[k]].End;
        for (var j = k + 2; j < end && j < k + 12; j++)
        {
            var w = t[j];
            if (w.Kind == TokenKind.Punct || w.Lower is "and" or "or" or "but" or "that" or "which" or "who" || IsSubordinator(w.Lower))
            {
                return false;
            }

            if (doc.MentionOf(j) is null && !w.IsCapitalized && (w.Lower is "was" or "were" or "is" or "are" or "has" or "have" or "had" or "will" or "would"
                || doc.Words.Verb(j) is { Form: VerbFormKind.Past or VerbFormKind.PastOrParticiple or VerbFormKind.Third } && !PluralAfterPreposition(doc, j)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"for technical talks on a ceasefire": a verb-like plural after a preposition and one lowercase word, before another preposition, is a noun.</summary>
    private static bool PluralAfterPreposition(Document doc, int j)
    {
        var t = CollectionsMarshal.AsSpan(doc.Tokens);
        return doc.Words.Verb(j) is { Form: VerbFormKind.Third } && j + 1 < t.Length && doc.Words.IsPreposition(j + 1) && j >= 2
            && t[j - 1].Kind == TokenKind.Word && !t[j - 1].IsCapitalized && doc.MentionOf(j - 1) is null && doc.Words.IsPreposition(j - 2);
    }

    /// <summary>"Their answer was to drop the plan": after these nouns "be to" names the thing, it is no modal.</summary>
    private static bool PurposeNoun(string lower) => lower is "answer" or "aim" or "goal" or "plan" or "idea" or "response" or "priority" or "task" or "job" or "purpose"
        or "intention" or "hope" or "solution" or "step" or "objective" or "mission" or "strategy" or "reply" or "option" or "challenge" or "reaction" or "instinct";

    /// <summary>A plain lowercase noun right after a preposition that cannot open a clause ("to goods", "on imports"; not "after talks").</summary>
    private static bool NounAfterPreposition(Document doc, int k, int start)
    {
        if (k - 1 < start)
        {
            return false;
        }

        var t = CollectionsMarshal.AsSpan(doc.Tokens);
        ref readonly var noun = ref t[k];
        var prep = t[k - 1].Lower;
        // a word that is also a verb is a noun here when plural ("to exports") or after another preposition than "to" ("on fuel")
        var verb = doc.Words.Verb(k);
        return noun.Kind == TokenKind.Word && !noun.IsCapitalized && doc.MentionOf(k) is null && !doc.Words.IsAuxiliary(k)
            && (verb is null || verb.Form == VerbFormKind.Third || verb.Form == VerbFormKind.Base && prep is not "to")
            && !doc.Words.IsDeterminer(k) && !doc.Words.IsPreposition(k) && !noun.Has(WordClass.SubjectPronoun)
            && doc.Words.IsPreposition(k - 1) && !IsSubordinator(prep) && prep is not ("that" or "as" or "like" or "than");
    }

    /// <summary>
    /// A present-tense verb after a plural subject: "American duties on Chinese products now stand at
    /// 145 percent", "officials say". The word before (past one adverb) is a plural common noun.
    /// </summary>
    private static bool PluralPresent(Document doc, int k, int start)
    {
        var t = CollectionsMarshal.AsSpan(doc.Tokens);
        var b = k - 1;
        if (b > start && (t[b].Lower is "now" or "also" or "still" or "often" or "already" or "currently" or "generally" || t[b].Lower.EndsWith("ly", StringComparison.Ordinal) && !t[b].IsCapitalized))
        {
            b--;
        }

        if (b < start || k + 1 >= t.Length || t[k + 1].Kind == TokenKind.Punct && t[k + 1].Text[0] is '.' or ',')
        {
            return false;
        }

        var noun = t[b];
        return noun.Kind == TokenKind.Word && noun.Lower.Length > 3 && noun.Lower.EndsWith('s') && !noun.Lower.EndsWith("ss", StringComparison.Ordinal)
            && !noun.Lower.EndsWith("'s", StringComparison.Ordinal) && (!noun.IsCapitalized || b == start) && doc.MentionOf(b) is null
            && doc.Words.Verb(b) is null && !doc.Words.IsPreposition(b) && !doc.Words.IsDeterminer(b);
    }

    /// <summary>"Washington cut the tariff": a verb whose past is its base form, right after a singular name, is that past.</summary>
    private static bool PastLikeBase(Document doc, int k) =>
        k > 0 && doc.Words.Verb(k) is { Form: VerbFormKind.Base } vf && Lexicon.EntryFor(vf.Lemma).Past == doc.Tokens[k].Lower
        && doc.MentionOf(k - 1) is { Possessive: false } name && name.End == k && name.Type is EntityType.Person or EntityType.Organisation or EntityType.Country or EntityType.City;

    /// <summary>
    /// The test <see cref="IsFinite"/> begins with, inlined where the clause's verb is looked for (it is asked of most tokens): a word
    /// that is no verb form nor auxiliary and does not end in "ed" (no unknown past) is never finite.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayBeFinite(in Token tok) =>
        tok.Kind == TokenKind.Word && (tok.Has(WordClass.Verb | WordClass.Auxiliary) || tok.Lower.EndsWith("ed", StringComparison.Ordinal));

    private static bool IsFinite(Document doc, int k, int start)
    {
        var t = CollectionsMarshal.AsSpan(doc.Tokens);
        ref readonly var tok = ref t[k];
        // a word that is no verb form nor auxiliary and does not end in "ed" (no unknown past) is never finite: the cheapest tests
        // first, before the mention and role lookups
        if (!MayBeFinite(tok) || tok.IsCapitalized && k != start || doc.MentionOf(k) is not null || doc.RoleTokens.Contains(k))
        {
            return false;
        }

        var w = tok.Lower;
        var prev = k > start ? t[k - 1].Lower : string.Empty;
        if (prev is "to")
        {
            return false;
        }

        if (doc.Words.IsAuxiliary(k))
        {
            return w is not ("'s" or "be" or "been" or "being" or "having");
        }

        var vf = doc.Words.Verb(k);
        var past = vf is not null ? vf.Form is VerbFormKind.Past or VerbFormKind.PastOrParticiple : IsUnknownPast(tok);
        var third = vf is { Form: VerbFormKind.Third };
        if (!past && !third)
        {
            return vf is { Form: VerbFormKind.Base } && (PluralPresent(doc, k, start) || PastLikeBase(doc, k));
        }

        if (k > start && (doc.Words.IsDeterminer(k - 1) && prev is not ("both" or "all" or "each" or "several" or "many" or "most" or "few" or "more" or "other") || prev is "'s" || t[k - 1].Kind == TokenKind.Number || doc.Words.IsPreposition(k - 1) && prev is not "that"))
        {
            return false;
        }

        if (past && vf is not { Form: VerbFormKind.Past } && k + 2 < t.Length && t[k + 1].Lower == "by" && (doc.MentionOf(k + 2) is not null || doc.Words.IsDeterminer(k + 2)))
        {
            // "Details released by the White House spelled out ...": a participle, not the verb
            return false;
        }

        if (past && vf is not { Form: VerbFormKind.Past } && k > start && ReducedRelative(doc, k))
        {
            return false;
        }

        if (past && vf is not { Form: VerbFormKind.Past } && NounAfterPreposition(doc, k - 1, start))
        {
            // "The ban applies to goods sold at border markets": a participle on the object of a preposition, not the verb
            return false;
        }

        if (third)
        {
            // "the talks", "its plans": nouns; "Trump says", "Beijing calls": verbs
            if (k == start)
            {
                return false;
            }

            if (k + 1 < t.Length && t[k + 1].Lower is "of" or "and" or "were" or "are" or "have" or "had" or "will" or "with")
            {
                return false;
            }
        }

        return true;
    }
}
