using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation;

/// <summary>
/// "The minister hosted the meeting, and the mayor joined by video link" → "Who joined the meeting by
/// video link?": "join" (or "take part") with no object of its own joins the event the sentence (or
/// the one before) has just named, and the question names it ("Who took part in the meeting by telephone?").
/// </summary>
internal sealed partial class QuestionBuilder
{
    /// <summary>Writes the event joined when the clause leaves it out; returns where the predicate's own words go on.</summary>
    private int JoinedEvent(Phrase p, Clause c)
    {
        var next = c.Main + 1;
        var part = c.Lemma == "take" && next + 1 < c.PredicateEnd && _t[next].Lower == "part";
        if (part)
        {
            next++;
        }

        if (c.Lemma != "join" && !part || next >= c.PredicateEnd || _t[next].Lower is not ("by" or "via" or "remotely" or "online"))
        {
            return c.Main + 1;
        }

        var sentence = _doc.Sentences[c.Sentence];
        var from = c.Sentence > 0 ? _doc.Sentences[c.Sentence - 1].Start : sentence.Start;
        for (var k = c.SubjectStart - 1; k > from; k--)
        {
            var w = _t[k];
            if (EventPlaceQuestions.IsEventNoun(w.Lower) && !w.IsCapitalized && _doc.MentionOf(k) is null && _t[k - 1].Lower is "the" or "that" or "this")
            {
                if (part)
                {
                    p.Word("part").Word("in");
                }

                p.Word("the").Word(w.Lower);
                return next;
            }
        }

        return c.Main + 1;
    }
}
