using CsCheck;
using PolicyQuiz.Core.Model;
using PolicyQuiz.Core.Study;

namespace PolicyQuiz.Core.Tests.Study;

public sealed class AnswerCheckerProperties
{
    private static readonly Gen<string> Words = Gen.String[Gen.Char['a', 'z'], 1, 12];

    private static readonly Gen<string> Answers = Words.Array[1, 4].Select(words => string.Join(" ", words));

    [Theory]
    [InlineData("+?a@a)S>c3", "s c3")]
    [InlineData("The a team", "team")]
    [InlineData("a", "a")]
    [InlineData("the a", "a")]
    public void Every_leading_article_goes(string text, string expected) => Assert.Equal(expected, AnswerText.Normalize(text));

    [Fact]
    public void Normalising_twice_changes_nothing() =>
        Gen.String.Sample(text => Assert.Equal(AnswerText.Normalize(text), AnswerText.Normalize(AnswerText.Normalize(text))));

    [Fact]
    public void The_answer_itself_in_any_case_with_punctuation_around_is_correct() =>
        Gen.Select(Answers, Gen.Bool, Gen.OneOfConst("", ".", "!", "  ", "?")).Sample((answer, upper, tail) =>
        {
            var question = Questions.Short(answer);
            var typed = (upper ? answer.ToUpperInvariant() : answer) + tail;
            Assert.Equal(Verdict.Correct, AnswerChecker.Check(question, StudentAnswer.Typed(typed)).Verdict);
        });

    [Fact]
    public void Another_answer_of_the_pack_is_never_right() =>
        Gen.Select(Answers, Answers).Where((a, b) => AnswerText.Normalize(a) != AnswerText.Normalize(b)).Sample((answer, other) =>
        {
            var rivals = AnswerRivals.From([Questions.Short(answer), Questions.Short(other)]);
            Assert.False(AnswerChecker.Check(Questions.Short(answer), StudentAnswer.Typed(other), rivals).IsRight);
        });

    [Fact]
    public void A_near_miss_is_never_further_than_the_allowance() =>
        Gen.Select(Answers, Answers).Sample((answer, typed) =>
        {
            var check = AnswerChecker.Check(Questions.Short(answer), StudentAnswer.Typed(typed));
            if (check.Verdict == Verdict.NearMiss)
            {
                var target = AnswerText.Normalize(answer);
                var allowance = AnswerChecker.TypoAllowance(target);
                Assert.InRange(EditDistance.Between(AnswerText.Normalize(typed), target, allowance), 1, allowance);
            }
        });

    [Fact]
    public void Multi_credit_is_one_only_for_all_and_only_the_right_options() =>
        Gen.Int[0, 63].Sample(mask =>
        {
            var question = Questions.Multi("A", "B", "C") with { Distractors = EquatableList.From<string>("D", "E", "F") };
            var options = new[] { "A", "B", "C", "D", "E", "F" };
            var chosen = options.Where((_, i) => (mask & (1 << i)) != 0).ToList();
            var check = AnswerChecker.Check(question, StudentAnswer.Options(chosen));
            Assert.InRange(check.Credit, 0, 1);
            Assert.Equal(mask == 0b000111, check.Credit == 1);
            Assert.Equal(mask == 0b000111, check.Verdict == Verdict.Correct);
        });
}
