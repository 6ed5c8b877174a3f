using System.Runtime.InteropServices;
using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation;

/// <summary>
/// "The Hungarian Interior Ministry called the talks useful. It said it had proposed ...": a sentence
/// that opens with "It" and an agent's verb (saying, proposing, announcing, signing, meeting, visiting,
/// agreeing, leading) goes on about the organisation that opened the sentence before, in the same
/// paragraph. Only an organisation named as that sentence's subject: never a country, a thing or
/// an unnamed noun ("It was a long day", "The report ... It lists ...").
/// </summary>
internal static class PreviousSubject
{
    public static void StandIn(Document doc, int sentence, Clause clause)
    {
        var t = CollectionsMarshal.AsSpan(doc.Tokens);
        var span = doc.Sentences[sentence];
        if (sentence == 0 || clause.StandIn is not null || !clause.SubjectIsPronoun || clause.Subjects.Count > 0 || clause.SubjectStart != span.Start
            || clause.SubjectEnd != span.Start + 1 || t[span.Start].Lower != "it" || t[span.Start].ParagraphBefore || clause.Passive || !Agentive(clause.Class))
        {
            return;
        }

        var previous = doc.Sentences[sentence - 1];
        var k = previous.Start;
        if (k < previous.End && t[k].Lower == "the")
        {
            k++;
        }

        if (doc.MentionOf(k) is not { Type: EntityType.Organisation, Possessive: false } m || m.Start != k || m.End >= previous.End)
        {
            return;
        }

        // the name is the whole subject: its verb follows at once
        if (!doc.Words.IsAuxiliary(m.End) && doc.Words.Verb(m.End) is not { Form: VerbFormKind.Past or VerbFormKind.PastOrParticiple or VerbFormKind.Third })
        {
            return;
        }

        clause.StandIn = (previous.Start, m.End);
    }

    private static bool Agentive(VerbClass c) => c is VerbClass.Say or VerbClass.Propose or VerbClass.Announce or VerbClass.Sign or VerbClass.Meet or VerbClass.Visit or VerbClass.Agree or VerbClass.Lead;
}
