using CsCheck;
using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Generation.Tests;

public sealed class WeakGapTests
{
    // prompts made of the pieces the rule looks for, in any case, with gaps next to each other and a word beyond ASCII
    private static readonly Gen<string> Piece = Gen.OneOfConst("according to ", "According To ", "ACCORDING TO THE ", "the ", "_____", "_", "'s", "'S", " ", ",", "x", "caf\u00e9 ");
    private static readonly Gen<string> Prompt = Piece.Array[0, 12].Select(pieces => string.Concat(pieces));

    private static Candidate Cloze(string prompt, string answer = "Geneva") => new()
    {
        Kind = QuestionKind.What,
        Type = QuestionType.Cloze,
        Prompt = prompt,
        Answer = [answer],
        Sentence = 0,
        AnswerType = EntityType.City,
        Rule = "cloze",
    };

    [Fact]
    public void A_cloze_s_weak_gaps_are_found_as_searching_the_whole_prompt_finds_them() =>
        Prompt.Sample(prompt => Ranker.WeakGap(Cloze(prompt)) == Reference(prompt));

    [Theory]
    [InlineData("The deal, according to _____, was signed.", 1.0)]
    [InlineData("_____'s office said, According To The _____, it was signed.", 2.0)]
    [InlineData("The deal was signed in _____.", 0.0)]
    public void An_attribution_or_a_possessive_gap_is_weak(string prompt, double penalty) =>
        Assert.Equal(penalty, Ranker.WeakGap(Cloze(prompt)));

    // the rule as it was written first: two searches ignoring case and one ordinal search over the whole prompt
    private static double Reference(string prompt)
    {
        var penalty = 0.0;
        if (prompt.Contains("_____'s", StringComparison.Ordinal))
        {
            penalty += 1.0;
        }

        if (prompt.Contains("according to _____", StringComparison.OrdinalIgnoreCase) || prompt.Contains("according to the _____", StringComparison.OrdinalIgnoreCase))
        {
            penalty += 1.0;
        }

        return penalty;
    }
}
