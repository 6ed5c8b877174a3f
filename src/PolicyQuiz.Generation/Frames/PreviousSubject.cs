using System.Runtime.InteropServices;
using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation;

/// <summary>
/// "The Hungarian Interior Ministry called the talks useful. It said it had proposed ...": a sentence
/// that opens with "It" and an agent's verb (saying, proposing, announcing, signing, meeting, visiting,
/// agreeing, leading) goes on about the organisation that opened the sentence before, in the same
/// paragraph. Only an organisation that is that sentence's whole subject (a named one, or a phrase
/// ending in an organisation's head word: "Chile's foreign ministry"), never a country, a person, a
/// thing or a longer phrase ("It was a long day", "The report ... It lists ...").
/// </summary>
internal static class PreviousSubject
{
    public static void StandIn(Document doc, int sentence, Clause clause)
    {
        var t = CollectionsMarshal.AsSpan(doc.Tokens);
        var span = doc.Sentences[sentence];
        if (sentence == 0 || clause.StandIn is not null || clause.Subjects.Count > 0 || clause.SubjectStart != span.Start || clause.SubjectEnd <= span.Start
            || t[span.Start].Lower != "it" || t[span.Start].ParagraphBefore || clause.Passive || !Agentive(clause.Class))
        {
            return;
        }

        // "It also signed ...": an adverb before the verb is read into the subject
        for (var k = span.Start + 1; k < clause.SubjectEnd; k++)
        {
            if (!IsAdverb(t[k].Lower))
            {
                return;
            }
        }

        var previous = doc.Sentences[sentence - 1];
        var end = OrganisationSubjectEnd(doc, previous.Start, previous.End);
        if (end > previous.Start)
        {
            clause.StandIn = (previous.Start, end);
        }
    }

    /// <summary>
    /// Where the organisation opening a sentence ends ("The Ministry of Commerce (MOFCOM) announced": before the
    /// bracket) when it is the whole subject, its verb coming next; else -1.
    /// </summary>
    private static int OrganisationSubjectEnd(Document doc, int start, int end)
    {
        var t = CollectionsMarshal.AsSpan(doc.Tokens);
        var k = start;
        var last = -1;
        var org = false;
        while (k < end && k - start < 8)
        {
            if (doc.MentionOf(k) is { } m && m.Start == k)
            {
                // a seat of power the gazetteer lists as an organisation ("the Kremlin") speaks as one
                var body = !m.Possessive && (m.Type == EntityType.Organisation || Lexicon.Organisations.ContainsKey(m.Text));
                if (m.Type is EntityType.Person or EntityType.Time || m.Type.IsPlace() && !m.Possessive && !body)
                {
                    return -1;
                }

                org = body;
                last = m.End;
                k = m.End < end && t[m.End].Lower == "'s" ? m.End + 1 : m.End;
                continue;
            }

            if (t[k].IsPunct('(') && last == k && k + 2 < end && t[k + 2].IsPunct(')'))
            {
                // an acronym after the name
                k += 3;
                continue;
            }

            if (k > start && (doc.Words.IsAuxiliary(k) || doc.Words.Verb(k) is { Form: VerbFormKind.Past or VerbFormKind.PastOrParticiple or VerbFormKind.Third }) && !t[k].IsCapitalized)
            {
                return org && last > start ? last : -1;
            }

            if (k > start && IsAdverb(t[k].Lower))
            {
                // "The Kremlin also published ..."
                k++;
                continue;
            }

            if (t[k].Kind != TokenKind.Word || doc.RoleTokens.Contains(k) || t[k].Lower is "and" or "or")
            {
                return -1;
            }

            // "the", modifiers and the organisation's head word ("foreign ministry", "state media regulator")
            org = Lexicon.Heads.TryGetValue(t[k].Lower, out var head) && head.Type == EntityType.Organisation;
            last = k + 1;
            k++;
        }

        return -1;
    }

    private static bool IsAdverb(string lower) => lower is "also" or "later" or "then" or "further" or "separately" or "meanwhile" or "subsequently" or "again";

    private static bool Agentive(VerbClass c) => c is VerbClass.Say or VerbClass.Propose or VerbClass.Announce or VerbClass.Sign or VerbClass.Meet or VerbClass.Visit or VerbClass.Agree or VerbClass.Lead;
}
