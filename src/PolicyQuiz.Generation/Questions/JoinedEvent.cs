using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation;

/// <summary>
/// "The minister hosted the meeting, and the mayor joined by video link" → "Who joined the meeting by
/// video link?": "join" with no object of its own joins the event the sentence (or the one before)
/// has just named, and the question names it.
/// </summary>
internal sealed partial class QuestionBuilder
{
    private void JoinedEvent(Phrase p, Clause c)
    {
        if (c.Lemma != "join" || c.Main + 1 >= c.PredicateEnd || _t[c.Main + 1].Lower is not ("by" or "via" or "remotely" or "online"))
        {
            return;
        }

        var sentence = _doc.Sentences[c.Sentence];
        var from = c.Sentence > 0 ? _doc.Sentences[c.Sentence - 1].Start : sentence.Start;
        for (var k = c.SubjectStart - 1; k > from; k--)
        {
            var w = _t[k];
            if (EventPlaceQuestions.IsEventNoun(w.Lower) && !w.IsCapitalized && _doc.MentionOf(k) is null && _t[k - 1].Lower is "the" or "that" or "this")
            {
                p.Word("the").Word(w.Lower);
                return;
            }
        }
    }
}
