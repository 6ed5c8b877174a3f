using PolicyQuiz.Core.Scheduling;
using PolicyQuiz.Core.Study;

namespace PolicyQuiz.Core.Tests.Study;

public sealed class GradingTests
{
    [Fact]
    public void Wrong_rates_again_right_rates_good_near_miss_rates_hard()
    {
        Assert.Equal(Rating.Again, Grading.Suggest(AnswerCheck.Wrong()));
        Assert.Equal(Rating.Good, Grading.Suggest(AnswerCheck.Right()));
        Assert.Equal(Rating.Hard, Grading.Suggest(new AnswerCheck(Verdict.NearMiss, 1)));
    }

    [Fact]
    public void Partial_multi_rates_hard_from_two_thirds_and_again_below()
    {
        Assert.Equal(Rating.Hard, Grading.Suggest(new AnswerCheck(Verdict.Partial, 2.0 / 3)));
        Assert.Equal(Rating.Hard, Grading.Suggest(new AnswerCheck(Verdict.Partial, 0.75)));
        Assert.Equal(Rating.Again, Grading.Suggest(new AnswerCheck(Verdict.Partial, 0.5)));
    }
}
