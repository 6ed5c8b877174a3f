using PolicyQuiz.Core.Model;
using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation;

/// <summary>
/// "The ministry proposed reopening two rail crossings near the border" → "What did the ministry
/// propose reopening near the border?" (two rail crossings): what a proposal verb's action is to
/// act on, a plain noun phrase no name finder marks, asked from the clause's own predicate.
/// </summary>
internal sealed partial class QuestionBuilder
{
    private void ProposedActQuestion(Clause c)
    {
        if (c.Class != VerbClass.Propose || c.Passive || c.Main < 0 || c.SubjectEnd <= c.SubjectStart
            || !c.SubjectIsNamed && c.StandIn is null && !(c.SubjectIsPronoun && c.Subjects.Count == 1))
        {
            return;
        }

        // the action: a gerund right after the verb ("proposed restoring", "suggested lifting")
        var gerund = c.Main + 1;
        if (gerund + 1 >= c.PredicateEnd || !Gerund(gerund))
        {
            return;
        }

        var start = gerund + 1;
        if (_t[start].Lower is "a" or "an" or "the")
        {
            start++;
        }
        else if (NounModifier(_t[gerund].Lower))
        {
            // "proposed spending cuts" is a noun phrase; "proposed building a wall" an action
            return;
        }

        // its object: up to four plain words, ended by the predicate's end or a preposition other than "of"
        var end = start;
        while (end < c.PredicateEnd && end - start < 5)
        {
            var w = _t[end];
            if (w.Kind != TokenKind.Word || w.IsCapitalized || _doc.MentionOf(end) is not null || _w.IsPreposition(end) || _w.IsDeterminer(end) || _w.IsAuxiliary(end)
                || w.Lower is "and" or "or" or "that" or "which" or "who" or "to" or "its" or "their" or "his" or "her" || _w.Verb(end) is { Form: VerbFormKind.Ing })
            {
                break;
            }

            end++;
        }

        if (end > start && end - start <= 4 && end < c.PredicateEnd && _t[end].Lower is "on" or "against" or "into" or "over")
        {
            // "halting strikes on power plants": the phrase belongs to the noun, so the answer takes it whole
            end = NounPhraseAfter(end + 1, c.PredicateEnd);
        }

        if (end == start || end - start > 8 || end < c.PredicateEnd && !(_w.IsPreposition(end) && _t[end].Lower != "of"))
        {
            return;
        }

        var answer = new Mention { Sentence = c.Sentence, Start = start, End = end, Text = _doc.Span(start, end), Type = EntityType.Thing };
        var p = new Phrase(_doc).Word("What");
        Inversion(p, c, (gerund + 1, end), default);
        AppendFront(p, c, default);
        Add(p, c, [answer], QuestionKind.What, "object", 0);
    }

    /// <summary>The end of a short noun phrase from <paramref name="start"/> (an article, then up to four words), or <paramref name="start"/> when there is none.</summary>
    private int NounPhraseAfter(int start, int limit)
    {
        var k = start < limit && _t[start].Lower is "a" or "an" or "the" ? start + 1 : start;
        var words = k;
        while (k < limit && k - words < 4)
        {
            var w = _t[k];
            if (w.Kind != TokenKind.Word || _w.IsPreposition(k) || _w.IsDeterminer(k) || _w.IsAuxiliary(k)
                || w.Lower is "and" or "or" or "that" or "which" or "who" or "to" || _w.Verb(k) is { Form: VerbFormKind.Ing })
            {
                break;
            }

            k++;
        }

        return k == words ? start - 1 : k;
    }

    /// <summary>"-ing" words that often modify a noun as nouns themselves ("spending cuts", "funding rules", "shipping lanes").</summary>
    private static bool NounModifier(string lower) => lower is "spending" or "funding" or "housing" or "training" or "building" or "planning" or "shipping" or "banking" or "mining"
        or "fishing" or "trading" or "lending" or "processing" or "manufacturing" or "farming" or "pricing" or "licensing" or "screening" or "testing" or "voting" or "polling"
        or "peacekeeping" or "refining" or "drilling" or "hiring" or "parking" or "marketing" or "borrowing" or "operating" or "reporting" or "recycling";

    /// <summary>A lowercase "-ing" word: one of the lexicon's verbs, or any other but "thing" words and "during".</summary>
    private bool Gerund(int k)
    {
        var w = _t[k];
        if (w.Kind != TokenKind.Word || w.IsCapitalized || _doc.MentionOf(k) is not null)
        {
            return false;
        }

        return _w.Verb(k) is { Form: VerbFormKind.Ing }
            || _w.Verb(k) is null && w.Lower.Length > 5 && w.Lower.EndsWith("ing", StringComparison.Ordinal) && !w.Lower.EndsWith("thing", StringComparison.Ordinal) && w.Lower != "during";
    }
}
