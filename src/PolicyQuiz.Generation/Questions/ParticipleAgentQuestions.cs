using System.Runtime.InteropServices;
using PolicyQuiz.Core.Model;
using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation;

/// <summary>
/// "... to a consortium led by BlackRock" → "Which company led the consortium?"; "a truce brokered
/// by Qatar and Egypt" → "Which of these countries brokered the truce?". A noun with a participle
/// and "by" names who did it, wherever the noun stands in the sentence.
/// </summary>
internal static class ParticipleAgentQuestions
{
    private static readonly HashSet<string> Lemmas = new(StringComparer.Ordinal)
    {
        "lead", "head", "chair", "run", "back", "own", "control", "broker", "mediate", "host", "organise", "organize", "found", "draft", "sponsor",
    };

    public static void Add(Document doc, int sentence, List<Candidate> candidates)
    {
        var t = doc.Tokens;
        // the loop's first tests read the tokens by reference (no copy of each token, one bounds check)
        var tokens = CollectionsMarshal.AsSpan(t);
        var span = doc.Sentences[sentence];
        for (var v = span.Start + 2; v + 2 < span.End; v++)
        {
            if (tokens[v + 1].Lower != "by" || tokens[v].IsCapitalized || doc.Words.Verb(v) is not { Form: VerbFormKind.Participle or VerbFormKind.PastOrParticiple } form
                || !Lemmas.Contains(form.Lemma) || doc.Words.IsAuxiliary(v - 1))
            {
                continue;
            }

            // the noun phrase before the participle: a determiner, at most three modifiers, a common noun
            var noun = v - 1;
            if (t[noun].Kind != TokenKind.Word || t[noun].IsCapitalized || doc.MentionOf(noun) is not null || doc.Words.Verb(noun) is { Form: VerbFormKind.Past or VerbFormKind.PastOrParticiple or VerbFormKind.Ing })
            {
                continue;
            }

            var start = noun;
            while (start - 1 >= span.Start && noun - start < 3 && t[start - 1].Kind == TokenKind.Word && !doc.Words.IsDeterminer(start - 1)
                && !doc.Words.IsPreposition(start - 1) && doc.Words.Verb(start - 1) is null && doc.MentionOf(start - 1) is not { Type: EntityType.Person })
            {
                start--;
            }

            if (start - 1 < span.Start || t[start - 1].Lower is not ("a" or "an" or "the"))
            {
                continue;
            }

            var agents = new List<Mention>(3);
            var k = v + 2;
            while (k < span.End)
            {
                if (doc.MentionOf(k) is { } m && m.Start == k && (m.Type.IsAgent() || m.Type == EntityType.Media || m.Type == EntityType.Unknown && m.Role is null) && !m.Possessive)
                {
                    agents.Add(m);
                    k = m.End;
                    if (k + 2 < span.End && t[k].IsPunct('(') && t[k + 2].IsPunct(')'))
                    {
                        k += 3;
                    }

                    continue;
                }

                if (t[k].Lower is "and" or "the" && agents.Count > 0 || t[k].Lower == "the" || doc.RoleTokens.Contains(k))
                {
                    k++;
                    continue;
                }

                break;
            }

            if (agents.Count == 0 || k < span.End && doc.MentionOf(k) is null && t[k].Kind == TokenKind.Word && Modifier.ModifiesNoun(doc, k, span.End))
            {
                continue;
            }

            var wh = agents.Count > 1 ? QuestionBuilder.WhichOfThese(agents[0]) : QuestionBuilder.Wh(agents[0]);
            var p = new Phrase(doc).Word(wh).Word(Lexicon.EntryFor(form.Lemma).Past).Word("the").Tokens(start, noun + 1);
            candidates.Add(new Candidate
            {
                Kind = QuestionKind.Who,
                Type = agents.Count > 1 ? QuestionType.Multi : QuestionType.Choice,
                Prompt = p.Question(),
                Answer = agents.Select(a => a.Full).ToList(),
                Accept = agents.Count == 1 ? QuestionBuilder.AcceptFor(agents[0]) : [],
                Sentence = sentence,
                AnswerType = agents[0].Type,
                Answers = agents,
                Rule = "agent",
                Verb = VerbClass.Lead,
            });
        }
    }
}
