using System.Runtime.InteropServices;
using PolicyQuiz.Core.Model;
using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation;

/// <summary>
/// "..., the two governments signed a Memorandum of Intent, which Svyrydenko announced on social
/// media that evening." → "Who announced the Memorandum of Intent on social media that evening?"
/// An object relative clause names who did something to the thing just before it.
/// </summary>
internal static class RelativeAgentQuestions
{
    public static void Add(Document doc, int sentence, List<Candidate> candidates)
    {
        var t = doc.Tokens;
        // the loop's first tests read the tokens by reference (no copy of each token, one bounds check)
        var tokens = CollectionsMarshal.AsSpan(t);
        var span = doc.Sentences[sentence];
        for (var k = span.Start + 1; k + 3 < span.End; k++)
        {
            if (!tokens[k].IsPunct(',') || tokens[k + 1].Lower is not ("which" or "that")
                || doc.MentionOf(k - 1) is not { } thing || thing.Type is EntityType.Person or EntityType.Time or EntityType.Nationality || thing.Possessive
                || doc.MentionOf(k + 2) is not { Type: EntityType.Person, Possessive: false } person || person.Start != k + 2)
            {
                continue;
            }

            var verb = person.End;
            if (verb >= span.End || doc.Words.Verb(verb) is not { Form: VerbFormKind.Past or VerbFormKind.PastOrParticiple } form || t[verb].IsCapitalized)
            {
                continue;
            }

            var end = Roles.SegmentEnd(t, verb + 1, span.End);
            if (end < 0)
            {
                end = span.End;
            }

            while (end > verb + 1 && t[end - 1].Kind == TokenKind.Punct)
            {
                end--;
            }

            var p = new Phrase(doc).Word("Who").Word(t[verb].Lower);
            if (thing.Start > span.Start && t[thing.Start - 1].Lower is "a" or "an" or "the")
            {
                p.Word("the");
            }

            p.Word(thing.Full);
            p.Tokens(verb + 1, end);
            var prompt = p.Question();
            if (prompt.Split(' ').Length < 5)
            {
                continue;
            }

            candidates.Add(Candidate.Asking(prompt, person, sentence, QuestionKind.Who, "agent", form.Class));
        }
    }
}
