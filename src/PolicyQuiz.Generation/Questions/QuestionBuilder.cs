using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PolicyQuiz.Core.Model;
using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation;

/// <summary>
/// Realises wh-questions from clause frames with the sentence's own predicate (do-support and
/// inversion right), role questions from appositives and titles, and cloze items where no
/// question form applies.
/// </summary>
internal sealed partial class QuestionBuilder
{
    private static bool IsLocative(string prep) => prep is "in" or "at" or "to" or "from" or "into" or "through" or "near" or "inside" or "across" or "aboard" or "via";

    private readonly Document _doc;
    private readonly List<Token> _t;
    private readonly TokenWords _w;

    public QuestionBuilder(Document doc)
    {
        _doc = doc;
        _t = doc.Tokens;
        _w = doc.Words;
        _acceptOf = new string[]?[doc.Mentions.Count];
    }

    // the accepted forms of each of the document's mentions (by its index in Document.Mentions), worked out once: a
    // name is the answer of many candidates
    private readonly string[]?[] _acceptOf;

    // the gaps a cloze may cut into the sentence at hand (kept for the next sentence, emptied)
    private readonly List<(Mention M, int Rank)> _choices = new(8);

    // the time and place adjuncts of the clause at hand, found once for both the when- and the where-questions
    private readonly List<(Mention M, int From, int To)> _adjuncts = new(4);

    // where each token of the sentence at hand begins in its written text (and where the text before it ends), for cloze gaps
    private int[] _before = new int[64];
    private int[] _at = new int[64];

    public List<Candidate> Candidates { get; } = [];

    public void FromClause(Clause c)
    {
        if (c.Finite < 0)
        {
            Speaker(c);
            return;
        }

        if (c.Inverted)
        {
            Inverted(c);
            return;
        }

        FindAdjuncts(c);
        SubjectQuestion(c);
        AgentQuestion(c);
        WithQuestion(c);
        CopulaQuestion(c);
        WhenQuestions(c);
        ParticipleWhenQuestion(c);
        WhereQuestions(c);
        AmountQuestions(c);
        FrontAmountQuestion(c);
        ObjectQuestion(c);
        ProposedActQuestion(c);
        if (c.Speaker is not null && c.IsContent)
        {
            Speaker(c);
        }
    }

    // ---- who did it -------------------------------------------------------------------------

    /// <summary>
    /// Whether the predicate ends on a ranked noun ("only the second country", "the first leader") whose defining clause comes
    /// after a comma ("..., after Peru in 1990, with which ..."): without it the question asks nothing.
    /// </summary>
    private bool RankedNounCutOff(Clause c)
    {
        var end = c.PredicateEnd;
        if (end >= c.End || end - 3 < c.Main || !_t[end].IsPunct(','))
        {
            return false;
        }

        return _t[end - 2].Lower is "first" or "second" or "third" or "fourth" or "fifth" or "last" or "only" or "next"
            && _t[end - 1].Kind == TokenKind.Word && !_t[end - 1].IsCapitalized;
    }

    private void SubjectQuestion(Clause c)
    {
        if (!c.SubjectIsNamed || c.Subjects.Count == 0 || c.PredicateEnd <= c.Main + 1 && c.Class != VerbClass.Say)
        {
            return;
        }

        if (c.Class == VerbClass.Say && !HasFiniteVerb(c.Main + 1, c.PredicateEnd))
        {
            // "Lutnick said Rolls-Royce engines [and other parts would ...]": what was said is cut off
            return;
        }

        if (RankedNounCutOff(c))
        {
            return;
        }

        var subjects = c.Subjects;
        var multi = subjects.Count > 1;
        var p = new Phrase(_doc);
        p.Word(multi ? WhichOfThese(subjects[0]) : Wh(subjects[0]));
        if (c.FiniteIsAux)
        {
            p.Word(multi ? _t[c.Finite].Lower : Singular(_t[c.Finite].Lower));
            p.Tokens(c.Finite + 1, c.PredicateEnd, c);
        }
        else
        {
            p.Word(!multi && c.MainForm == VerbFormKind.Base ? Lexicon.EntryFor(c.Lemma).Third : _t[c.Main].Lower);
            p.Tokens(JoinedEvent(p, c), c.PredicateEnd, c);
        }

        AppendFront(p, c, default);
        if (c.Class == VerbClass.Say && c.PredicateEnd <= c.Main + 2)
        {
            return;
        }

        Add(p, c, subjects, QuestionKind.Who, "subject", c.SubjectIsPronoun ? -0.8 : 0);
    }

    private void AgentQuestion(Clause c)
    {
        if (!c.Passive || c.Agents.Count == 0)
        {
            return;
        }

        var multi = c.Agents.Count > 1;
        var p = new Phrase(_doc);
        p.Word(multi ? WhichOfThese(c.Agents[0]) : Wh(c.Agents[0]));
        var entry = Lexicon.EntryFor(c.Lemma);
        var aux = AuxWords(c);
        if (aux.Contains("will") || aux.Contains("would") || aux.Contains("could") || aux.Contains("can") || aux.Contains("may") || aux.Contains("must") || aux.Contains("should"))
        {
            p.Word(aux.First(a => a is "will" or "would" or "could" or "can" or "may" or "must" or "should")).Word(entry.Base);
        }
        else if (aux.Contains("had"))
        {
            // "had been stalled by Hungary" -> "Which country had stalled ...?"
            p.Word("had").Word(entry.Participle);
        }
        else if (aux.Contains("has") || aux.Contains("have"))
        {
            p.Word(multi ? "have" : "has").Word(entry.Participle);
        }
        else if (aux.Contains("is") || aux.Contains("are"))
        {
            p.Word(multi ? entry.Base : entry.Third);
        }
        else
        {
            p.Word(entry.Past);
        }

        SubjectPhrase(p, c);
        p.Tokens(c.Main + 1, c.PredicateEnd, c, (c.AgentStart, c.AgentEnd));
        AppendFront(p, c, default);
        Add(p, c, c.Agents, QuestionKind.Who, "agent", 0.3);
    }

    private static readonly string[] DayLeads = ["late on ", "early on ", "early hours of ", "the early hours of ", "the morning of ", "the evening of ", "the night of ", "the afternoon of ", "late ", "early "];

    /// <summary>The weekday or date inside "late on Monday" / "the early hours of Saturday", or null.</summary>
    private static string? DayWithin(string time)
    {
        foreach (var lead in DayLeads)
        {
            if (time.Length > lead.Length + 2 && time.StartsWith(lead, StringComparison.OrdinalIgnoreCase))
            {
                var rest = time[lead.Length..];
                var first = rest.Split(' ')[0].TrimEnd(',');
                return Lexicon.Weekdays.ContainsKey(first.ToLowerInvariant()) || Lexicon.Months.ContainsKey(first.ToLowerInvariant()) ? rest : null;
            }
        }

        return null;
    }

    private static bool IsLevy(ReadOnlySpan<char> word) =>
        word is "levy" or "tariff" or "duty" or "tax" or "stake" or "surcharge" or "fee" or "cut" or "rise" or "increase" or "reduction" or "discount" or "rate";

    /// <summary>The end of "levy" / "baseline tariff" / "US levy" after a percentage: at most two words before a levy noun, or -1.</summary>
    private int LevyEnd(int start, int limit)
    {
        for (var k = start; k < Math.Min(limit, start + 3); k++)
        {
            if (IsLevy(_t[k].Lower) || _t[k].Lower.EndsWith('s') && IsLevy(_t[k].Lower.AsSpan(0, _t[k].Lower.Length - 1)))
            {
                return k + 1;
            }

            if (_t[k].Kind != TokenKind.Word || _w.IsPreposition(k) || _w.Verb(k) is not null)
            {
                return -1;
            }
        }

        return -1;
    }

    private bool HasFiniteVerb(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var w = _t[k];
            if (w.Kind == TokenKind.Word && !w.IsCapitalized && _doc.MentionOf(k) is null
                && (_w.IsAuxiliary(k) && w.Lower is not "'s" || _w.Verb(k) is { Form: VerbFormKind.Past or VerbFormKind.PastOrParticiple or VerbFormKind.Third or VerbFormKind.Base }))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsCopula(Clause c) => c.Main == c.Finite && _t[c.Finite].Lower is "is" or "are" or "was" or "were";

    /// <summary>"hold talks with billionaire Elon Musk" → "With whom would he hold talks?"</summary>
    private void WithQuestion(Clause c)
    {
        for (var k = c.Main + 1; k + 1 < c.PredicateEnd; k++)
        {
            if (_t[k].Lower != "with" || c.Skipped(k))
            {
                continue;
            }

            var j = k + 1;
            while (j < c.PredicateEnd && (_doc.RoleTokens.Contains(j) || _w.IsDeterminer(j)))
            {
                j++;
            }

            if (j < c.PredicateEnd && _doc.MentionOf(j) is { Type: EntityType.Person } m && !m.Possessive)
            {
                var p = new Phrase(_doc).Word("With whom");
                Inversion(p, c, (k, m.End), default);
                AppendFront(p, c, default);
                Add(p, c, [m], QuestionKind.Who, "with", 0);
                return;
            }
        }
    }

    /// <summary>"The best known was Khalida Jarrar" → "Who was the best known?"</summary>
    private void CopulaQuestion(Clause c)
    {
        if (!IsCopula(c) || c.SubjectIsNamed || c.SubjectIsPronoun || c.Finite + 1 >= c.End)
        {
            return;
        }

        var k = c.Finite + 1;
        while (k < c.End && _doc.RoleTokens.Contains(k))
        {
            k++;
        }

        if (_doc.MentionOf(k) is not { Type: EntityType.Person } m || m.Possessive)
        {
            return;
        }

        var p = new Phrase(_doc).Word("Who").Word(_t[c.Finite].Lower);
        SubjectPhrase(p, c);
        Add(p, c, [m], QuestionKind.Who, "copula", -0.2);
    }

    private void ObjectQuestion(Clause c)
    {
        if (c.Passive || c.Class == VerbClass.Say || IsCopula(c))
        {
            return;
        }

        var k = c.Main + 1;
        while (k < c.PredicateEnd && (_w.IsDeterminer(k) && _t[k].Lower is not ("that" or "this" or "his" or "her" or "its" or "their") || _doc.RoleTokens.Contains(k)))
        {
            k++;
        }

        if (ListComma(c) is var listed && listed > 0)
        {
            ListedObject(c, listed);
            return;
        }

        if (k >= c.PredicateEnd || _doc.MentionOf(k) is not { } m || m.Possessive || m.Type is EntityType.Time or EntityType.Duration or EntityType.Nationality or EntityType.Money or EntityType.Percent or EntityType.Count)
        {
            return;
        }

        if (m.Type == EntityType.Unknown && m.Role is not null)
        {
            return;
        }

        if (Modifier.ModifiesNoun(_doc, m.End, c.PredicateEnd) || m.End < c.PredicateEnd && _t[m.End].Lower is "a" or "an" or "the")
        {
            // "hit the Fordow enrichment plant": the name only modifies the noun after it;
            // "sent Moscow a clear signal": the name is the indirect object of a second one
            return;
        }

        var start = c.Main + 1;
        var end = m.End;
        if (end < _t.Count && _t[end].IsPunct('(') && m.Acronym is not null)
        {
            end += 3;
        }

        var wh = m.Type switch
        {
            EntityType.Person => "Who",
            EntityType.Country => "Which country",
            EntityType.City => "Which city",
            EntityType.Organisation or EntityType.Media => m.Noun is { } n && n is not ("organisation" or "group" or "body") ? "Which " + n : "What",
            _ => m.Noun is { } n2 && m.Type is EntityType.Document or EntityType.Place or EntityType.Event or EntityType.Thing && n2.Length > 2 ? "Which " + n2 : "What",
        };
        var p = new Phrase(_doc).Word(wh);
        Inversion(p, c, (start, end), default);
        AppendFront(p, c, default);
        Add(p, c, [m], m.Type == EntityType.Person ? QuestionKind.Who : m.Type.IsPlace() ? QuestionKind.Where : QuestionKind.What, "object", 0);
    }

    /// <summary>The comma after a short plural object ("two deputy foreign ministers,") that names people next, or -1.</summary>
    private int ListComma(Clause c)
    {
        for (var k = c.Main + 1; k < Math.Min(c.End, c.Main + 7); k++)
        {
            if (_t[k].IsPunct(','))
            {
                return k > c.Main + 1 && _doc.MentionOf(k + 1) is { Type: EntityType.Person } ? k : -1;
            }

            if (_t[k].Kind != TokenKind.Word || _doc.MentionOf(k) is { Type: not EntityType.Count } || _w.IsPreposition(k) || _w.Verb(k) is not null)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"included two deputy foreign ministers, A and B" → "Which deputy foreign ministers did ... include?"</summary>
    private void ListedObject(Clause c, int comma)
    {
        var people = new List<Mention>(3);
        var end = comma + 1;
        while (end < _t.Count && end < c.End)
        {
            if (_doc.MentionOf(end) is { Type: EntityType.Person, Possessive: false } m && m.Start == end)
            {
                people.Add(m);
                end = m.End;
                continue;
            }

            if (_t[end].Lower is "and" || _t[end].IsPunct(',') && _doc.MentionOf(end + 1) is { Type: EntityType.Person } || _doc.RoleTokens.Contains(end))
            {
                end++;
                continue;
            }

            break;
        }

        if (people.Count < 2 || end < c.End && !(_t[end].IsPunct(',') || _t[end].IsPunct('.') || _t[end].Lower is "as" or "and"))
        {
            return;
        }

        var role = new List<string>(4);
        for (var k = c.Main + 1; k < comma; k++)
        {
            if (_t[k].Kind == TokenKind.Word && !_t[k].Has(WordClass.NumberWord) && !_w.IsDeterminer(k))
            {
                role.Add(_t[k].Text);
            }
        }

        if (role.Count == 0 || !role[^1].EndsWith('s'))
        {
            return;
        }

        var p = new Phrase(_doc).Word("Which " + string.Join(' ', role));
        Inversion(p, c, (c.Main + 1, end), default);
        AppendFront(p, c, default);
        Add(p, c, people, QuestionKind.Who, "object", 0);
    }

    // ---- when, where, how much --------------------------------------------------------------

    private void WhenQuestions(Clause c)
    {
        foreach (var (m, from, to) in _adjuncts)
        {
            if (m.Type is not (EntityType.Time or EntityType.Duration))
            {
                continue;
            }

            var prep = from < m.Start ? _t[from].Lower : string.Empty;
            if (IsCopula(c) && from != c.Main + 1 && from > c.Main)
            {
                // "The strikes were a response to an attack on April 22": the time dates the noun, not the "were"
                continue;
            }

            if (c.Lemma is "follow" or "precede" && from > c.Main + 1 && c.Main + 1 < _t.Count && !_w.IsPreposition(c.Main + 1) && !c.Passive)
            {
                // "The meeting followed a phone call on February 12": the time dates the call, not the meeting
                continue;
            }

            if (EmbeddedVerbBefore(c, from) && !(m.Type == EntityType.Duration && prep == "for") || m.Type == EntityType.Duration && m.End < _t.Count && _t[m.End].Lower is "after" or "before" or "later" or "earlier" or "ago")
            {
                // the time belongs to a verb further in ("properties seized between 2016 and 2018"), or is an offset ("two days after")
                continue;
            }

            string wh;
            if (m.Type == EntityType.Duration)
            {
                if (m.Text.Contains('-', StringComparison.Ordinal) && !m.Text.Contains(' ', StringComparison.Ordinal))
                {
                    continue;
                }

                var direct = from == c.Main + 1 || (from > 0 && _w.Verb(from - 1) is { Lemma: "last" or "take" or "run" or "spend" or "have" or "give" });
                wh = prep switch { "for" => "For how long", "" when direct => "How long", _ => string.Empty };
                if (wh.Length == 0)
                {
                    continue;
                }
            }
            else
            {
                wh = prep switch { "by" => "By when", "since" => "Since when", "until" or "till" => "Until when", _ => "When" };
            }

            var p = new Phrase(_doc).Word(wh);
            var frontExcluded = c.FrontStart >= 0 && from >= c.FrontStart && to <= c.FrontEnd;
            Inversion(p, c, (from, to), frontExcluded ? (c.FrontStart, c.FrontEnd + 1) : default);
            if (!frontExcluded)
            {
                AppendFront(p, c, (from, to));
            }

            Add(p, c, [m], QuestionKind.When, "when", m.Type == EntityType.Duration ? -0.2 : 0);
        }
    }

    /// <summary>
    /// "Details released by the White House on Wednesday spelled out ..." → "When were details
    /// released by the White House?": a time inside the subject's past-participle phrase dates that
    /// participle, so the question is a passive one about it.
    /// </summary>
    private void ParticipleWhenQuestion(Clause c)
    {
        for (var j = c.SubjectStart + 1; j < c.SubjectEnd - 1; j++)
        {
            var w = _t[j];
            if (_doc.MentionOf(j) is not null || w.Kind != TokenKind.Word || w.IsCapitalized || c.Skipped(j)
                || !Modifier.IsParticiple(w))
            {
                continue;
            }

            var head = _t[j - 1];
            if (head.Kind != TokenKind.Word || head.IsCapitalized && j - 1 != c.SubjectStart || _doc.MentionOf(j - 1) is not null || _w.IsDeterminer(j - 1) || _w.IsPreposition(j - 1))
            {
                // "the tariff that Trump applied in April": a name before the verb is its subject, not a noun it modifies
                return;
            }

            for (var k = j + 1; k < c.SubjectEnd; k++)
            {
                if (_doc.MentionOf(k) is not { Type: EntityType.Time } time || time.Start != k || time.Date is null && !time.Text.Contains("week", StringComparison.Ordinal))
                {
                    continue;
                }

                var from = k > j + 1 && _w.IsPreposition(k - 1) ? k - 1 : k;
                var plural = head.Lower.EndsWith('s') && !head.Lower.EndsWith("ss", StringComparison.Ordinal) && !head.Lower.EndsWith("sis", StringComparison.Ordinal)
                    && _t[c.SubjectStart].Lower is not ("a" or "an" or "this" or "that" or "each" or "every");
                var p = new Phrase(_doc).Word("When").Word(plural ? "were" : "was");
                p.Tokens(c.SubjectStart, j + 1, c, lowerFirst: true);
                p.Tokens(j + 1, c.SubjectEnd, c, (from, time.End));
                Add(p, c, [time], QuestionKind.When, "when", -0.1);
                return;
            }

            return;
        }
    }

    private void WhereQuestions(Clause c)
    {
        foreach (var (m, from, to) in _adjuncts)
        {
            if (!m.Type.IsPlace() || from == m.Start)
            {
                continue;
            }

            var prep = _t[from].Lower;
            if (EmbeddedVerbBefore(c, from))
            {
                continue;
            }

            if (Modifier.ModifiesNoun(_doc, to, _t.Count))
            {
                // "at a Mar-a-Lago news conference": the place only modifies the noun after it
                continue;
            }

            if (IsCopula(c) && from != c.Main + 1)
            {
                continue;
            }

            if (prep is "at" or "in" && from > 0 && EventPlaceQuestions.IsEventNoun(_t[from - 1].Lower) && c.Lemma is not ("hold" or "host" or "meet" or "attend" or "convene" or "speak" or "talk" or "sign" or "announce"))
            {
                // "The deal came after a meeting at Bellevue Palace": the place is the meeting's, asked by EventPlaceQuestions
                continue;
            }

            if (c.FrontStart >= 0 && from > c.FrontStart && to <= c.FrontEnd)
            {
                // a place inside a fronted phrase ("Under a statement issued in Geneva, ...") is not where the event happened
                continue;
            }

            if (prep == "of" && from > 0 && _t[from - 1].Lower == "out")
            {
                // "pulled out of Ofer prison" → "Where did ... pull out of?"
                var q = new Phrase(_doc).Word("Where");
                Inversion(q, c, (from + 1, to), default);
                AppendFront(q, c, default);
                Add(q, c, [m], QuestionKind.Where, "where", 0, extraAccept: _doc.Span(from + 1, to));
                continue;
            }

            if (prep is "with" or "to" && c.Lemma is "connect" or "link" && from > c.Main + 1)
            {
                // "to connect mainland Azerbaijan with Nakhchivan" → "Which place is ... to connect mainland Azerbaijan with?"
                var q = new Phrase(_doc).Word(m.Noun is { } noun ? "Which " + noun : "Which place");
                Inversion(q, c, (from + 1, to), default);
                AppendFront(q, c, default);
                Add(q, c, [m], QuestionKind.Where, "where", 0);
                continue;
            }

            var journey = prep == "to" && from > 0 && _t[from - 1].Lower is "visit" or "trip" or "journey" or "tour" or "mission" or "flight" or "return";
            if (!IsLocative(prep) || (prep == "to" && !journey && c.Class is not (VerbClass.Visit or VerbClass.Meet) && c.Lemma is not ("send" or "move" or "travel" or "fly" or "head" or "return" or "deploy")))
            {
                continue;
            }

            var wh = prep switch { "from" => "From where", "through" or "across" => m.Noun is { } n ? $"Through which {n}" : "Where", _ => "Where" };
            if (prep is "through" or "across" && m.Noun is null)
            {
                wh = "Where";
            }

            // "at Balboa and Cristóbal": both places answer
            List<Mention> places = [m];
            var until = to;
            if (to + 1 < c.PredicateEnd && _t[to].Lower == "and" && _doc.MentionOf(to + 1) is { } second && second.Start == to + 1 && (second.Type.IsPlace() || second.Type == EntityType.Unknown && second.Role is null) && !second.Possessive
                && !Modifier.ModifiesNoun(_doc, second.End, _t.Count))
            {
                places.Add(second);
                until = second.End;
            }

            var p = new Phrase(_doc).Word(wh);
            var frontExcluded = c.FrontStart >= 0 && from >= c.FrontStart && until <= c.FrontEnd;
            Inversion(p, c, (from, until), frontExcluded ? (c.FrontStart, c.FrontEnd + 1) : default);
            if (!frontExcluded)
            {
                AppendFront(p, c, (from, until));
            }

            Add(p, c, places, QuestionKind.Where, "where", 0, extraAccept: places.Count == 1 ? _doc.Span(from + 1, to) : null);
        }
    }

    private void AmountQuestions(Clause c)
    {
        for (var k = c.Main + 1; k < c.PredicateEnd; k++)
        {
            if (_doc.MentionOf(k) is not { } m || m.Start != k || !(m.Type is EntityType.Money or EntityType.Percent or EntityType.Count) || c.Skipped(k))
            {
                continue;
            }

            k = m.End - 1;
            if (EmbeddedVerbBefore(c, m.Start))
            {
                // "an attack that killed 26 people": the figure belongs to the verb further in
                continue;
            }

            var prev = m.Start - 1 >= c.Main ? _t[m.Start - 1].Lower : string.Empty;
            var from = m.Start;
            var to = m.End;
            var modifies = m.Type is EntityType.Percent or EntityType.Money && Modifier.ModifiesNoun(_doc, m.End, c.PredicateEnd);
            var keepCounted = false;
            string wh;
            if (modifies && prev == "to" && (m.End + 1 >= c.PredicateEnd || _w.IsPreposition(m.End + 1) || _t[m.End + 1].Kind == TokenKind.Punct))
            {
                // "enriched to 60 percent purity" → "To what purity ...?"
                wh = "To what " + _t[m.End].Lower;
                from--;
                to++;
            }
            else if (modifies && m.Type == EntityType.Percent && LevyEnd(m.End, c.PredicateEnd) is var levyEnd && levyEnd > 0)
            {
                // "impose its own 34 percent levy on ..." → "What percentage levy would ... impose on ...?"
                wh = "What percentage " + _doc.Span(m.End, levyEnd);
                while (from - 1 > c.Main && _t[from - 1].Lower is "a" or "an" or "the" or "its" or "their" or "his" or "her" or "own" or "new" or "additional" or "extra" or "further")
                {
                    from--;
                }

                to = levyEnd;
            }
            else if (modifies)
            {
                // "a 34 percent majority": without the figure the noun after it dangles
                continue;
            }
            else if (prev == "to" && m.Type == EntityType.Percent && to + 1 < c.PredicateEnd && _t[to].Lower == "of")
            {
                // "raise the target to 5 percent of gross domestic product" → "To what share of gross domestic product ...?"
                var ofEnd = to + 1;
                while (ofEnd < c.PredicateEnd && !_w.IsPreposition(ofEnd) && !_t[ofEnd].IsPunct(',') && _doc.MentionOf(ofEnd) is not { Type: EntityType.Time })
                {
                    ofEnd++;
                }

                wh = "To what share of " + _doc.Span(to + 1, ofEnd);
                from--;
                to = ofEnd;
            }
            else if (prev == "to" && m.Type is not EntityType.Count)
            {
                wh = "To what level";
                from--;
            }
            else if (prev == "from" && m.Type is EntityType.Percent or EntityType.Money && to + 1 < c.PredicateEnd && _t[to].Lower == "to" && _doc.MentionOf(to + 1) is { Type: EntityType.Percent or EntityType.Money })
            {
                // "lower its duties from 125 percent to 10 percent" → "From what level will China lower its duties to 10 percent?"
                wh = "From what level";
                from--;
            }
            else if (prev == "by")
            {
                wh = "By how much";
                from--;
            }
            else if (prev == "at" && c.Lemma is "value" or "put" or "estimate" or "set" or "peg" or "cap" or "stand" or "price" or "fix" or "assess")
            {
                // "valued the new openings at $5 billion", "puts proven reserves at 500,000 tonnes"
                wh = m.Type == EntityType.Percent ? "At what level" : "At what figure";
                from--;
            }
            else if (m.Start - 1 == c.Main || (Lexicon.Verb(prev) is { Form: not VerbFormKind.Ing } && !Lexicon.Auxiliaries.Contains(prev)) || prev is "to")
            {
                if (m.Type == EntityType.Count)
                {
                    if (m.Counted is null)
                    {
                        continue;
                    }

                    wh = "How many " + m.Counted;
                }
                else if (m.Type == EntityType.Percent && to + 1 < c.PredicateEnd && _t[to].Lower == "of")
                {
                    var ofEnd = to + 1;
                    while (ofEnd < c.PredicateEnd && !_w.IsPreposition(ofEnd) && !_t[ofEnd].IsPunct(','))
                    {
                        ofEnd++;
                    }

                    wh = "What share of " + _doc.Span(to + 1, ofEnd);
                    to = ofEnd;
                }
                else
                {
                    wh = m.Type == EntityType.Percent ? "What percentage" : "How much";
                }
            }
            else if (prev == "of" && SizedNoun(c, m.Start - 1) is var sized and >= 0 && (m.Type == EntityType.Count || m.End >= c.PredicateEnd || _t[m.End].Lower != "of"))
            {
                // "open a tariff-free quota of 13,000 tonnes of beef" → "How large a tariff-free quota of beef will ... open?"
                to = OfTail(c, m);
                wh = to > m.End ? $"How large {_doc.Span(sized, m.Start - 1)} {_doc.Span(m.End, to)}" : "How large " + _doc.Span(sized, m.Start - 1);
                from = sized;
                keepCounted = true;
            }
            else
            {
                continue;
            }

            var p = new Phrase(_doc).Word(wh);
            Inversion(p, c, (from, to), default);
            AppendFront(p, c, default);
            Add(p, c, [m], QuestionKind.What, "amount", 0, keepCounted: keepCounted || wh == "At what figure");
        }
    }

    /// <summary>
    /// A time that is part of the subject's noun phrase ("a signing expected in late February",
    /// "the road to Wednesday's ceremony"), not an adverbial of the clause ("Trump on Tuesday signed").
    /// </summary>
    private bool InsideSubject(Clause c, Mention time)
    {
        if (time.Start <= c.SubjectStart || time.Start >= c.SubjectEnd)
        {
            return false;
        }

        if (time.Possessive)
        {
            return true;
        }

        for (var j = c.SubjectStart + 1; j < time.Start; j++)
        {
            if (_doc.MentionOf(j) is null && _t[j].Kind == TokenKind.Word && !_t[j].IsCapitalized
                && (_t[j].Lower.EndsWith("ing", StringComparison.Ordinal) && _t[j].Lower.Length > 5 || _w.Verb(j) is { Form: VerbFormKind.Participle or VerbFormKind.PastOrParticiple or VerbFormKind.Ing }))
            {
                // "NATO leaders meeting in The Hague on Wednesday": the time belongs to the participle's phrase
                return true;
            }
        }

        var k = time.Start - 1;
        while (k > c.SubjectStart && (_w.IsDeterminer(k) || _t[k].Lower is "late" or "early" or "mid"))
        {
            k--;
        }

        if (Modifier.IsParticiple(_t[k], orPast: true))
        {
            // "a Reuters analysis published this week": the time dates the participle
            return true;
        }

        return k > c.SubjectStart && _w.IsPreposition(k)
            && (Modifier.IsParticiple(_t[k - 1], orPast: true) || _t[k - 1].Kind == TokenKind.Word && !_t[k - 1].IsCapitalized && _doc.MentionOf(k - 1) is null && _w.Verb(k - 1) is null);
    }

    /// <summary>
    /// A verb of its own between the clause's verb and an adjunct ("... the return of properties
    /// seized in the United States between 2016 and 2018", "..., which Trump applied in April"):
    /// the adjunct tells when or where that happened, not the clause's event.
    /// </summary>
    private bool EmbeddedVerbBefore(Clause c, int from)
    {
        if (from <= c.Main + 1 || from > c.PredicateEnd)
        {
            return false;
        }

        for (var k = c.Main + 1; k < from; k++)
        {
            if (c.Skipped(k) || _doc.MentionOf(k) is not null)
            {
                continue;
            }

            var w = _t[k];
            if (w.Kind != TokenKind.Word || w.IsCapitalized)
            {
                continue;
            }

            if (w.Lower is "that" or "which" or "who" or "whom" or "whose" || _w.IsAuxiliary(k) && w.Lower is not ("'s" or "be" or "been" or "being"))
            {
                return true;
            }

            var prev = _t[k - 1];
            if (prev.Lower == "to" && k - 2 > c.Main && _w.Verb(k) is { Form: VerbFormKind.Base } && _t[k - 2].Kind == TokenKind.Word && !_t[k - 2].IsCapitalized
                && (_w.Verb(k - 2) is null || _w.IsDeterminer(k - 3) || _t[k - 3].Has(WordClass.Demonym)) && !Adverb(_t[k - 2].Lower))
            {
                // "in return for a Japanese pledge to invest $550 billion": the infinitive of a noun
                return true;
            }

            var attributive = _w.IsDeterminer(k - 1) || prev.Lower is "'s" or "to" || prev.Kind == TokenKind.Number;
            if (!attributive && (_w.Verb(k) is { Form: VerbFormKind.Past or VerbFormKind.PastOrParticiple or VerbFormKind.Participle or VerbFormKind.Third } || ClauseFinder.IsUnknownPast(w)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Adverb(string lower) => lower.EndsWith("ly", StringComparison.Ordinal) || lower is "also" or "still" or "now" or "then" or "again" or "even" or "only";

    /// <summary>Time and place mentions of a clause with the preposition that introduces them: (mention, from, to), into <see cref="_adjuncts"/>.</summary>
    private void FindAdjuncts(Clause c)
    {
        _adjuncts.Clear();
        AdjunctsIn(c, c.Main + 1, c.PredicateEnd);
        AdjunctsIn(c, c.SubjectStart, c.SubjectEnd);
        if (c.FrontStart >= 0)
        {
            AdjunctsIn(c, c.FrontStart, c.FrontEnd);
        }
    }

    private void AdjunctsIn(Clause c, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (_doc.MentionOf(k) is not { } m || m.Start != k || c.Skipped(k))
            {
                continue;
            }

            if (m.Type == EntityType.Nationality && DemonymPlace.After(_doc, m, end) is { } place)
            {
                // "at many Chinese ports": the nationality and the noun after it are the place
                m = place;
            }
            else if (m.Type == EntityType.Count && DemonymPlace.InCount(_doc, m, end) is { } counted)
            {
                // "at several Japanese ports": a count of them
                m = counted;
            }

            k = m.End - 1;
            if (m.Possessive || (start == c.SubjectStart && (m.Type.IsPlace() || InsideSubject(c, m))))
            {
                continue;
            }

            // the preposition: directly before, or before a determiner and modifiers ("in the central Kirovohrad region")
            var from = m.Start;
            var j = m.Start - 1;
            var steps = 0;
            while (j >= start && steps < 3 && (_w.IsDeterminer(j) || (_t[j].Kind == TokenKind.Word && !_t[j].IsCapitalized && !_w.IsPreposition(j) && m.Type.IsPlace() && _w.Verb(j) is null && !_w.IsCommon(j) || _t[j].Lower is "central" or "southern" or "northern" or "eastern" or "western")))
            {
                j--;
                steps++;
            }

            if (j >= start && (_w.IsPreposition(j) || _t[j].Lower is "late" or "early"))
            {
                from = j;
            }
            else if (m.Type.IsPlace())
            {
                continue;
            }

            var to = m.End;
            if (to < end && _t[to].Lower is "region" or "province" or "oblast" or "prison" or "district" or "state" or "county")
            {
                to++;
            }

            if (m.Type == EntityType.Time && Modifier.ModifiesNoun(_doc, to, end))
            {
                // "the March 11 election": the date modifies a noun
                continue;
            }

            _adjuncts.Add((m, from, to));
        }
    }

    // ---- special frames ---------------------------------------------------------------------

    private void Inverted(Clause c)
    {
        var multi = c.Subjects.Count > 1;
        var p = new Phrase(_doc).Word(multi ? WhichOfThese(c.Subjects[0]) : "Who");
        var first = _t[c.SubjectStart];
        var vf = _w.Verb(c.SubjectStart);
        if (vf is { Form: VerbFormKind.Ing })
        {
            // keep the article's spelling: travelling → travelled
            var past = first.Lower.EndsWith("lling", StringComparison.Ordinal) && vf.Lemma.EndsWith('l') && !vf.Lemma.EndsWith("ll", StringComparison.Ordinal) ? vf.Lemma + "led" : Lexicon.EntryFor(vf.Lemma).Past;
            p.Word(past);
            p.Tokens(c.SubjectStart + 1, c.Finite, c);
        }
        else
        {
            p.Word(multi ? "were" : "was");
            p.Tokens(c.SubjectStart, c.Finite, c, lowerFirst: true);
        }

        Add(p, c, c.Subjects, QuestionKind.Who, "inverted", 0.3);
    }

    private void Speaker(Clause c)
    {
        if (c.Speaker is not { } s || s.Type is not (EntityType.Person or EntityType.Organisation or EntityType.Media))
        {
            return;
        }

        if (c.End - c.Start < 4)
        {
            return;
        }

        var p = new Phrase(_doc).Word(s.Type == EntityType.Person ? "Who said" : s.Type == EntityType.Media ? "Which news outlet reported" : Wh(s) + " said");
        var end = c.End;
        if (c.Main >= 0 && ClauseFinder.PredicateEnd(_doc, c.Main + 1, c.End) is var cut && cut > c.Main + 2 && cut < end
            && _t[cut].IsPunct(',') && cut + 2 < end && _t[cut + 1].Lower is "and" or "but" or "while")
        {
            // "... review of the sale, and a signing ... did not happen": the report ends where a clause of its own begins
            end = cut;
        }

        if (end - c.Start > 24)
        {
            // too long to quote whole: stop at the last comma that leaves a full clause, or not at all
            end = -1;
            for (var k = c.Start + 24; k > c.Start + 6; k--)
            {
                if (_t[k].IsPunct(',') && !ClauseFinder.IsListComma(_doc, k) && HasFiniteVerb(c.Start + 1, k))
                {
                    end = k;
                    break;
                }
            }

            if (end < 0)
            {
                return;
            }
        }

        for (var k = c.Start; k < end; k++)
        {
            if (_t[k].Text == "\"")
            {
                continue;
            }

            p.Tokens(k, k + 1, c, lowerFirst: k == c.Start);
        }

        Add(p, c, [s], QuestionKind.Who, "speaker", -0.2);
    }

    public void RoleQuestions()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // what each role phrase gives (its lowercase form and the prompt, or null when it asks nothing), worked out once per
        // phrase: a person is mentioned again and again with the same role
        var prompts = new Dictionary<string, (string Lower, string Prompt)?>(StringComparer.Ordinal);
        foreach (var m in _doc.Mentions)
        {
            if (m.Type != EntityType.Person || m.Role is not { } role || m.FromPronoun || _doc.RoleTokens.Contains(m.Start))
            {
                continue;
            }

            if (!prompts.TryGetValue(role, out var asked))
            {
                asked = RolePrompt(role);
                prompts.Add(role, asked);
            }

            if (asked is not var (lower, prompt) || !seen.Add(m.Full + "|" + lower))
            {
                continue;
            }

            Candidates.Add(new Candidate
            {
                Kind = QuestionKind.Who,
                Type = QuestionType.Choice,
                Prompt = prompt,
                Answer = [m.Full],
                Accept = Accepted(m),
                Sentence = m.Sentence,
                AnswerType = EntityType.Person,
                Answers = [m],
                Rule = "role",
            });
        }
    }

    /// <summary>"Who is the ...?" for a role phrase, with the phrase in lowercase; null when the role fits too many people to ask.</summary>
    private static (string Lower, string Prompt)? RolePrompt(string role)
    {
        // the role's words are read as Split(' ') gives them, in place (ranges of the role, and of its lowercase form: lowercasing
        // keeps every character where it was and makes no space)
        var words = role.AsSpan().Count(' ') + 1;
        // the tests in order of cost, each ending the role's turn when it fails (as one condition they would all run)
        if (!(role.Contains("'s", StringComparison.Ordinal) || words >= 3 || NamesPlace(role)))
        {
            // not specific: "the minister" fits anyone
            return null;
        }

        var lower = role.ToLowerInvariant();
        var indefinite = lower.StartsWith("a ", StringComparison.Ordinal) || lower.StartsWith("an ", StringComparison.Ordinal);
        if (indefinite && (lower.Contains(" in ", StringComparison.Ordinal) || lower.Contains(" of ", StringComparison.Ordinal) || lower.Contains(" to ", StringComparison.Ordinal)))
        {
            indefinite = false;
        }

        if (indefinite || words > 16)
        {
            return null;
        }

        // plural roles ("the two foreign ministers") fit no single person; the head is the word before any "of/to/for"
        var head = HeadBeforePreposition(lower);
        if (head.EndsWith('s') && !head.EndsWith("'s", StringComparison.Ordinal) && !head.EndsWith("ss", StringComparison.Ordinal))
        {
            return null;
        }

        // "the party of the outgoing prime minister" names a body, which "Who is" does not ask
        var headWord = head[(head.LastIndexOf(' ') + 1)..];
        if (!lower.Contains(" who ", StringComparison.Ordinal) && headWord is "party" or "company" or "firm" or "group" or "agency" or "ministry" or "organisation" or "organization" or "body" or "coalition"
            or "alliance" or "bank" or "fund" or "union" or "movement" or "department" or "committee" or "council" or "conglomerate" or "corporation")
        {
            return null;
        }

        var firstSpace = role.IndexOf(' ');
        var first = firstSpace < 0 ? role.AsSpan() : role.AsSpan(0, firstSpace);
        var startsWithDeterminer = first is "a" or "an" || DeterminersBySpan.Contains(firstSpace < 0 ? lower : lower.AsSpan(0, firstSpace)) || PossessiveAmongFirst(role);
        // "Who is " and the role, with "the" before it (or for its own "The"), written at once
        var question = startsWithDeterminer
            ? (first is "The" ? string.Concat("Who is the", role.AsSpan(3)) : string.Concat("Who is ", role))
            : string.Concat("Who is the ", role);
        return (lower, Phrase.Clean(question) + "?");
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PrepositionsBySpan = Lexicon.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DeterminersBySpan = Lexicon.Determiners.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> DemonymsBySpan = Lexicon.Demonyms.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, GazetteerPlace>.AlternateLookup<ReadOnlySpan<char>> PlacesBySpan = Lexicon.Places.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a word of the role is a nationality or a place ("Japanese", "Ukraine's" aside).</summary>
    private static bool NamesPlace(string role)
    {
        foreach (var range in role.AsSpan().Split(' '))
        {
            var w = role.AsSpan(range);
            if (DemonymsBySpan.ContainsKey(w) || PlacesBySpan.ContainsKey(w) || PlacesBySpan.ContainsKey(w.TrimEnd('.')))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last word of the lowercase role before its first preposition (or its last word); the whole role if it begins with one.</summary>
    private static ReadOnlySpan<char> HeadBeforePreposition(string lower)
    {
        ReadOnlySpan<char> previous = default;
        var first = true;
        foreach (var range in lower.AsSpan().Split(' '))
        {
            var word = lower.AsSpan(range);
            if (PrepositionsBySpan.Contains(word))
            {
                return first ? lower : previous;
            }

            previous = word;
            first = false;
        }

        return previous;
    }

    /// <summary>A possessive among the role's first five words ("Japan's", "the country 's").</summary>
    private static bool PossessiveAmongFirst(string role)
    {
        var i = 0;
        foreach (var range in role.AsSpan().Split(' '))
        {
            if (i++ >= 5)
            {
                break;
            }

            if (role.AsSpan(range).EndsWith("'s", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index of <paramref name="m"/> in <see cref="Document.Mentions"/> when it is the mention there at its first token, else -1.</summary>
    internal static int IndexOf(Document doc, Mention m)
    {
        var i = m.Start >= 0 && m.Start < doc.MentionAt.Length ? doc.MentionAt[m.Start] : -1;
        return i >= 0 && ReferenceEquals(doc.Mentions[i], m) ? i : -1;
    }

    /// <summary><see cref="AcceptFor"/>, worked out once per mention of the document.</summary>
    private string[] Accepted(Mention m)
    {
        var i = IndexOf(_doc, m);
        return i >= 0 && i < _acceptOf.Length ? _acceptOf[i] ??= AcceptFor(m) : AcceptFor(m);
    }

    /// <param name="sentence">The sentence.</param>
    /// <param name="answered">For each mention of the document (by index), whether a question answers it already.</param>
    /// <param name="frequency">For each mention of the document (by index), how often the article names what it names.</param>
    public void Cloze(int sentence, bool[] answered, int[] frequency)
    {
        var span = _doc.Sentences[sentence];
        if (span.End - span.Start < 6)
        {
            return;
        }

        // at most three gaps per sentence: the rarest, most specific names first
        var choices = _choices;
        choices.Clear();
        for (var k = span.Start; k < span.End; k++)
        {
            var index = _doc.MentionAt[k];
            if (index < 0 || _doc.Mentions[index] is not { } m || m.Start != k)
            {
                continue;
            }

            k = m.End - 1;
            if (answered[index] || m.Type is EntityType.Nationality || (m.Type == EntityType.Unknown && m.Role is not null) || _doc.RoleTokens.Contains(m.Start))
            {
                continue;
            }

            var rank = frequency[index] * 2 + (m.Type is EntityType.Country or EntityType.Unknown ? 3 : 0);
            choices.Add((m, rank));
        }

        // by rank, then place: no two gaps share a place, so any sort gives this order; the few gaps of a sentence are sorted by
        // insertion, without a comparison delegate
        var sorted = CollectionsMarshal.AsSpan(choices);
        for (var i = 1; i < sorted.Length; i++)
        {
            var item = sorted[i];
            var j = i - 1;
            while (j >= 0 && (sorted[j].Rank > item.Rank || sorted[j].Rank == item.Rank && sorted[j].M.Start > item.M.Start))
            {
                sorted[j + 1] = sorted[j];
                j--;
            }

            sorted[j + 1] = item;
        }

        if (choices.Count == 0)
        {
            return;
        }

        // the sentence written once; each gap is cut into it
        var length = span.End - span.Start;
        if (_before.Length < length)
        {
            _before = new int[Math.Max(length, 2 * _before.Length)];
            _at = new int[_before.Length];
        }

        var written = new Phrase(_doc).TokensNoted(span.Start, span.End, _before, _at);
        for (var c = 0; c < choices.Count && c < 3; c++)
        {
            var m = choices[c].M;

            var gapEnd = m.End;
            var answer = m.Text;
            if (m.Type == EntityType.Count && m.Counted is not null && m.Text.EndsWith(m.Counted, StringComparison.Ordinal))
            {
                // "allow _____ aid trucks": the figure is the gap
                answer = m.Text[..^m.Counted.Length].Trim();
                gapEnd = m.End - (m.Counted.AsSpan().Count(' ') + 1);
            }

            if (m.Acronym is not null && gapEnd + 2 < span.End && _t[gapEnd].IsPunct('(') && _t[gapEnd + 2].IsPunct(')'))
            {
                // "_____ (IAG)" would give the answer away: the bracketed acronym goes with the gap
                gapEnd += 3;
            }

            var text = written.WithGap(span.Start, span.End, m.Start, gapEnd, _before, _at)
                ?? new Phrase(_doc).Tokens(span.Start, m.Start).Gap(m.Start, gapEnd).Tokens(gapEnd, span.End).ToString();
            Candidates.Add(new Candidate
            {
                Kind = KindOf(m),
                Type = QuestionType.Cloze,
                Prompt = text,
                Answer = [answer],
                // AcceptFor leaves the full form out already: with the full form as the answer, its list is the one
                Accept = answer == m.Full ? Accepted(m) : DistinctExcept(Accepted(m), m.Full, answer),
                Sentence = sentence,
                AnswerType = m.Type,
                Answers = [m],
                Rule = "cloze",
            });
        }

        written.Drop();
    }

    // ---- helpers ----------------------------------------------------------------------------

    private static QuestionKind KindOf(Mention m) => m.Type switch
    {
        EntityType.Person or EntityType.Organisation or EntityType.Media => QuestionKind.Who,
        EntityType.Country or EntityType.City or EntityType.Region or EntityType.Place => QuestionKind.Where,
        EntityType.Time or EntityType.Duration => QuestionKind.When,
        _ => QuestionKind.What,
    };

    private void Inversion(Phrase p, Clause c, (int, int) exclude, (int, int) exclude2)
    {
        if (c.FiniteIsAux)
        {
            p.Word(_t[c.Finite].Lower);
            SubjectPhrase(p, c, exclude);
            p.Tokens(c.Finite + 1, c.PredicateEnd, c, exclude, exclude2);
        }
        else
        {
            p.Word(c.MainForm switch { VerbFormKind.Third => "does", VerbFormKind.Base => "do", _ => "did" });
            SubjectPhrase(p, c, exclude);
            p.Word(c.Lemma);
            p.Tokens(c.Main + 1, c.PredicateEnd, c, exclude, exclude2);
        }
    }

    private void SubjectPhrase(Phrase p, Clause c, (int, int) exclude = default)
    {
        if (c.SubjectIsPronoun && c.Subjects.Count == 1)
        {
            p.Word(c.Subjects[0].Full);
            return;
        }

        if (c.StandIn is { } standIn)
        {
            p.Tokens(standIn.Start, standIn.End, lowerFirst: true);
            return;
        }

        var start = p.Length;
        var first = c.SubjectStart;
        if (first + 3 < c.SubjectEnd && _t[first].Lower is "that" or "the" && _t[first + 1].Lower is "same" or "next" or "following"
            && _t[first + 2].Lower is "day" or "week" or "month" or "morning" or "evening" or "night" or "year")
        {
            // "That same day his son ... paid": a time adverbial before the subject, not part of it
            first += 3;
        }

        for (var k = first; k < c.SubjectEnd; k++)
        {
            if (c.Skipped(k) || (k >= exclude.Item1 && k < exclude.Item2))
            {
                continue;
            }

            if (_doc.MentionOf(k) is { Type: EntityType.Time } time && !InsideSubject(c, time))
            {
                continue;
            }

            var lowerFirst = p.Length == start;
            p.Tokens(k, k + 1, c, lowerFirst: lowerFirst);
        }
    }

    private void AppendFront(Phrase p, Clause c, (int, int) exclude)
    {
        if (c.FrontStart < 0 || c.FrontEnd - c.FrontStart > 8 || _t[c.FrontStart].Lower is "according" || _t[c.FrontStart].Lower.EndsWith("ing", StringComparison.Ordinal) && _doc.MentionOf(c.FrontStart) is null)
        {
            return;
        }

        for (var k = c.FrontStart; k < c.FrontEnd; k++)
        {
            if (_t[k].IsPunct(','))
            {
                return;
            }
        }

        if (_w.IsPreposition(c.FrontStart) || _doc.MentionOf(c.FrontStart) is { Type: EntityType.Time })
        {
            p.Tokens(c.FrontStart, c.FrontEnd, null, exclude, default, lowerFirst: true);
        }
    }

    private List<string> AuxWords(Clause c)
    {
        var list = new List<string>(3);
        for (var k = c.Finite; k < c.Main; k++)
        {
            list.Add(_t[k].Lower);
        }

        return list;
    }

    private static string Singular(string aux) => aux switch
    {
        "are" => "is",
        "were" => "was",
        "have" => "has",
        "do" => "does",
        _ => aux,
    };

    /// <summary>The wh-word that asks for a name of this kind.</summary>
    internal static string Wh(Mention m) => m.Type switch
    {
        EntityType.Person => "Who",
        EntityType.Country => "Which country",
        EntityType.City => m.Country is not null && Lexicon.CapitalNames.Contains(m.Text) ? "Which capital" : "Which city",
        EntityType.Media => "Which news outlet",
        EntityType.Organisation => m.Noun is { } n && n is not ("organisation" or "group" or "body") ? "Which " + n : "Who",
        _ => "Who",
    };

    internal static string WhichOfThese(Mention m) => m.Type switch
    {
        EntityType.Person => "Which of these people",
        EntityType.Country => "Which of these countries",
        EntityType.City or EntityType.Region or EntityType.Place => "Which of these places",
        _ => "Which of these",
    };

    // the forms AcceptFor gathers before they are deduplicated (it calls nothing that gathers again)
    [ThreadStatic]
    private static List<string>? t_accept;

    internal static string[] AcceptFor(Mention m)
    {
        var accept = t_accept ??= new List<string>(6);
        accept.Clear();
        var full = m.Full;
        if (m.Text != full)
        {
            accept.Add(m.Text);
        }

        // the full name's words as Split(' ') would give them: the first, the last and the one before it
        var firstSpace = full.IndexOf(' ');
        var lastSpace = full.LastIndexOf(' ');
        if (m.Type == EntityType.Person)
        {
            if (firstSpace >= 0)
            {
                var last = full.AsSpan(lastSpace + 1).TrimEnd('.');
                var surname = last is "Jr" or "Sr" && firstSpace < lastSpace
                    ? full[(full.LastIndexOf(' ', lastSpace - 1) + 1)..lastSpace]
                    : last.ToString();

                if (surname.StartsWith("al-", StringComparison.Ordinal))
                {
                    accept.Add(surname[3..]);
                }

                accept.Add(surname);
            }

            // "Sheikh Mohammed", "Crown Prince Mohammed"
            if (m.Role is { } role && firstSpace >= 0)
            {
                var title = role.AsSpan(role.LastIndexOf(' ') + 1);
                if (title is "Sheikh" or "Prince" or "King" or "Emir" or "Sultan" or "Ayatollah" or "Queen" or "Princess")
                {
                    accept.Add(string.Concat(title, " ", full.AsSpan(0, firstSpace)));
                }
            }
        }

        if (m.Acronym is { } acronym && acronym != full)
        {
            accept.Add(acronym);
        }

        if (m.Type == EntityType.Time && DayWithin(full) is { } day)
        {
            // "in the early hours of Saturday", "late on Monday": the day itself is a right answer
            accept.Add(day);
        }

        if (m.Type == EntityType.Count && m.Counted is not null)
        {
            accept.Add(m.Text);
        }

        if (m.Type == EntityType.Time && m.Text.StartsWith("late on ", StringComparison.Ordinal))
        {
            accept.Add(m.Text[8..]);
        }

        return accept.Count == 0 ? [] : DistinctExcept(CollectionsMarshal.AsSpan(accept), null, full);
    }

    private void Add(Phrase p, Clause c, List<Mention> answers, QuestionKind kind, string rule, double bonus, string? extraAccept = null, bool keepCounted = false)
    {
        var prompt = p.Question();
        var wordCount = prompt.AsSpan().Count(' ') + 1;
        if (prompt.Length < 14 || wordCount > 40 || wordCount < 4 || JoinerAmongFirstWords(prompt) && !SubjectHasJoiner(c))
        {
            return;
        }

        if (answers.Count == 1 && !(answers[0].Type == EntityType.Count && answers[0].Counted is not null && rule == "amount" && !keepCounted))
        {
            // one answer in its full form: its accepted forms (none of them the full form, none twice) with the extra one
            var only = answers[0];
            var forms = Accepted(only);
            if (extraAccept is not null && extraAccept != only.Full && !Contains(forms, extraAccept))
            {
                forms = [.. forms, extraAccept];
            }

            AddCandidate(kind, prompt, [only.Full], forms, c, answers, rule, bonus);
            return;
        }

        var answerTexts = new List<string>(answers.Count);
        var accept = new List<string>();
        foreach (var m in answers)
        {
            if (m.Type == EntityType.Count && m.Counted is not null && rule == "amount" && !keepCounted)
            {
                var figure = m.Text.EndsWith(m.Counted, StringComparison.Ordinal) ? m.Text[..^m.Counted.Length].Trim() : m.Text;
                answerTexts.Add(figure);
                accept.Add(m.Text);
                continue;
            }

            answerTexts.Add(m.Full);
            accept.AddRange(Accepted(m));
        }

        if (extraAccept is not null && !answerTexts.Contains(extraAccept))
        {
            accept.Add(extraAccept);
        }

        AddCandidate(kind, prompt, answerTexts, DistinctExcept(accept, answerTexts), c, answers, rule, bonus);
    }

    private void AddCandidate(QuestionKind kind, string prompt, IReadOnlyList<string> answerTexts, IReadOnlyList<string> accept, Clause c, List<Mention> answers, string rule, double bonus)
    {
        if (c.SubjectIsPronoun && c.Subjects.Count == 0 && c.StandIn is null)
        {
            bonus -= 1.2;
        }

        Candidates.Add(new Candidate
        {
            Kind = kind,
            Type = answers.Count > 1 ? QuestionType.Multi : QuestionType.Choice,
            Prompt = prompt,
            Answer = answerTexts,
            Accept = accept,
            Sentence = c.Sentence,
            AnswerType = answers[0].Type,
            Answers = answers,
            Rule = rule,
            Bonus = bonus,
            Verb = c.Class,
        });
    }

    private static bool Contains(string[] texts, string text)
    {
        for (var i = 0; i < texts.Length; i++)
        {
            if (texts[i] == text)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Russian and American diplomats": the subject itself joins words, so a joiner early in the prompt is the subject's.</summary>
    private bool SubjectHasJoiner(Clause c)
    {
        for (var k = c.SubjectStart; k < c.SubjectEnd; k++)
        {
            if (_t[k].Lower is "and" or "or" && !c.Skipped(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"and", "or" or "but" as the second to fifth word of a prompt (words split at single spaces).</summary>
    private static bool JoinerAmongFirstWords(string prompt)
    {
        // the words as Split(' ') gives them (two spaces make an empty word), read one after another without an enumerator
        var text = prompt.AsSpan();
        var start = 0;
        for (var index = 0; index < 5; index++)
        {
            var space = text[start..].IndexOf(' ');
            var end = space < 0 ? text.Length : start + space;
            if (index > 0 && text[start..end] is "and" or "or" or "but")
            {
                return true;
            }

            if (space < 0)
            {
                break;
            }

            start = end + 1;
        }

        return false;
    }

    /// <summary>The texts (then <paramref name="extra"/>) without repeats, in order of first appearance, leaving out <paramref name="except"/>.</summary>
    private static string[] DistinctExcept(ReadOnlySpan<string> texts, string? extra, string except)
    {
        if (texts.Length == 1 && extra is null)
        {
            // one text (a surname, an acronym): kept unless it is the exception
            return texts[0] == except ? [] : [texts[0]];
        }

        // counted first, then written into an array of that size (the lists are a handful of names)
        var count = 0;
        for (var i = 0; i <= texts.Length; i++)
        {
            if (Kept(texts, extra, except, i))
            {
                count++;
            }
        }

        if (count == 0)
        {
            return [];
        }

        var result = new string[count];
        var n = 0;
        for (var i = 0; i <= texts.Length; i++)
        {
            if (Kept(texts, extra, except, i))
            {
                result[n++] = i < texts.Length ? texts[i] : extra!;
            }
        }

        return result;
    }

    /// <summary>Whether text <paramref name="i"/> (the extra one after the texts) is kept: given, not the exception, not one before it again.</summary>
    private static bool Kept(ReadOnlySpan<string> texts, string? extra, string except, int i)
    {
        var a = i < texts.Length ? texts[i] : extra;
        if (a is null || a == except)
        {
            return false;
        }

        for (var j = 0; j < i; j++)
        {
            if (texts[j] == a)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The texts without repeats, in order of first appearance, leaving out any of <paramref name="except"/>.</summary>
    private static string[] DistinctExcept(List<string> texts, List<string> except)
    {
        var result = new List<string>(texts.Count);
        foreach (var a in texts)
        {
            if (!except.Contains(a) && !result.Contains(a))
            {
                result.Add(a);
            }
        }

        return [.. result];
    }
}
