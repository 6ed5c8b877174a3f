using System.Runtime.InteropServices;
using PolicyQuiz.Core.Model;
using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation;

/// <summary>
/// "... in return for a Japanese pledge to invest $550 billion in the American economy" → "How much
/// did Japan pledge to invest in the American economy?". A nation's pledge, promise or offer to do
/// something with a sum is asked as that nation's act.
/// </summary>
internal static class PledgeQuestions
{
    /// <summary>The verb of a pledge noun ("commitment" → "commit"), or null (a pattern, not a dictionary: it is asked of every word).</summary>
    private static string? VerbOf(string noun) => noun switch
    {
        "pledge" => "pledge",
        "promise" => "promise",
        "commitment" => "commit",
        "offer" => "offer",
        "plan" => "plan",
        "vow" => "vow",
        "bid" => "bid",
        _ => null,
    };

    public static void Add(Document doc, int sentence, List<Candidate> candidates)
    {
        var t = doc.Tokens;
        // the loop's first tests read the tokens by reference (no copy of each token, one bounds check)
        var tokens = CollectionsMarshal.AsSpan(t);
        var span = doc.Sentences[sentence];
        for (var k = span.Start + 1; k + 3 < span.End; k++)
        {
            // "to" after the noun first: a cheap test that rules out almost every word before the lookups
            if (tokens[k + 1].Lower != "to" || VerbOf(tokens[k].Lower) is not { } verb || !Lexicon.Demonyms.TryGetValue(t[k - 1].Text, out var country)
                || doc.Words.Verb(k + 2) is not { Form: VerbFormKind.Base } action)
            {
                continue;
            }

            if (doc.MentionOf(k + 3) is not { Type: EntityType.Money or EntityType.Percent or EntityType.Count } amount || amount.Start != k + 3)
            {
                continue;
            }

            var end = Roles.SegmentEnd(t, amount.End, span.End);
            if (end < 0)
            {
                end = span.End;
            }

            while (end > amount.End && t[end - 1].Kind == TokenKind.Punct)
            {
                end--;
            }

            var wh = amount.Type switch { EntityType.Money => "How much", EntityType.Percent => "What share", _ => amount.Counted is { } counted ? "How many " + counted : "How many" };
            var p = new Phrase(doc).Word(wh).Word("did").Word(country).Word(verb).Word("to").Word(action.Lemma).Tokens(amount.End, end);
            candidates.Add(new Candidate
            {
                Kind = QuestionKind.What,
                Type = QuestionType.Choice,
                Prompt = p.Question(),
                Answer = [amount.Text],
                Sentence = sentence,
                AnswerType = amount.Type,
                Answers = [amount],
                Rule = "amount",
            });
        }
    }
}
