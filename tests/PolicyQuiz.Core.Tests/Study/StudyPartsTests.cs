using PolicyQuiz.Core.Model;
using PolicyQuiz.Core.Scheduling;
using PolicyQuiz.Core.Study;

namespace PolicyQuiz.Core.Tests.Study;

public sealed class StudyPartsTests
{
    private static readonly DateTimeOffset Now = new(2025, 4, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Options_are_shuffled_the_same_way_all_day_and_differently_on_other_days()
    {
        var question = Questions.Choice("q") with { Distractors = EquatableList.From("B", "C", "D", "E", "F", "G") };
        var key = new QuestionKey("pack", "q");
        var day = new DateOnly(2025, 4, 1);
        var first = StudyItem.Present(key, "Pack", question, null, FsrsCard.New(Now), day);
        var reload = StudyItem.Present(key, "Pack", question, null, FsrsCard.New(Now), day);

        Assert.Equal(first.Options, reload.Options);
        Assert.Equal(question.Answer.Concat(question.Distractors).Order(), first.Options.Order());
        var otherDays = Enumerable.Range(1, 10).Select(d => StudyItem.Present(key, "Pack", question, null, FsrsCard.New(Now), day.AddDays(d)).Options);
        Assert.Contains(otherDays, o => !o.Equals(first.Options));
    }

    [Fact]
    public void Order_items_never_start_in_the_right_order_and_match_keeps_left_in_order()
    {
        var order = new Question { Id = "o", Type = QuestionType.Order, Kind = QuestionKind.When, Prompt = "?", Answer = EquatableList.From("a", "b") };
        var pairs = EquatableList.From(new MatchPair("L1", "R1"), new MatchPair("L2", "R2"), new MatchPair("L3", "R3"));
        var match = new Question { Id = "m", Type = QuestionType.Match, Kind = QuestionKind.Who, Prompt = "?", Pairs = pairs };
        for (var d = 0; d < 20; d++)
        {
            var day = new DateOnly(2025, 1, 1).AddDays(d);
            Assert.Equal(["b", "a"], StudyItem.Present(new QuestionKey("p", "o"), "P", order, null, FsrsCard.New(Now), day).Options);
            var item = StudyItem.Present(new QuestionKey("p", "m"), "P", match, null, FsrsCard.New(Now), day);
            Assert.Equal(["L1", "L2", "L3"], item.MatchLeft);
            Assert.NotEqual(["R1", "R2", "R3"], item.MatchRight);
            Assert.Equal(["R1", "R2", "R3"], item.MatchRight.Order());
        }
    }

    [Fact]
    public void Picking_by_number_answers_with_the_options_shown()
    {
        var question = Questions.Choice("q");
        var item = StudyItem.Present(new QuestionKey("p", "q"), "P", question, null, FsrsCard.New(Now), new DateOnly(2025, 4, 1));
        var right = item.Options.ToList().IndexOf("Vladimir Putin");

        Assert.Equal(Verdict.Correct, AnswerChecker.Check(question, item.Pick(right)).Verdict);
        Assert.Equal(["True", "False"], StudyItem.Present(new QuestionKey("p", "t"), "P", question with { Type = QuestionType.TrueFalse }, null, FsrsCard.New(Now), default).Options);
    }

    [Fact]
    public void Day_streak_counts_days_in_a_row_ending_today_or_yesterday()
    {
        var today = new DateOnly(2025, 4, 10);
        Assert.Equal(3, DayStreak.Count([today, today.AddDays(-1), today.AddDays(-2), today.AddDays(-4)], today));
        Assert.Equal(2, DayStreak.Count([today.AddDays(-1), today.AddDays(-2)], today));
        Assert.Equal(0, DayStreak.Count([today.AddDays(-2)], today));
        Assert.Equal(0, DayStreak.Count([], today));
    }

    [Fact]
    public void Mastery_needs_retrievability_of_ninety_percent_and_three_weeks_of_stability()
    {
        var scheduler = new FsrsScheduler(FsrsParameters.Default);
        FsrsCard Card(double stability, int daysAgo) =>
            new(Now.AddDays(30), stability, 5, 0, 30, 0, 3, 0, CardState.Review, Now.AddDays(-daysAgo));

        Assert.True(Mastery.IsMastered(Card(30, 1), Now, scheduler));
        Assert.False(Mastery.IsMastered(Card(20, 0), Now, scheduler));
        Assert.False(Mastery.IsMastered(Card(30, 60), Now, scheduler));
        Assert.False(Mastery.IsMastered(FsrsCard.New(Now), Now, scheduler));
    }

    [Fact]
    public void Session_scores_track_the_best_run()
    {
        var score = SessionScore.From([
            new(QuestionKind.Who, true, TimeSpan.FromSeconds(1)),
            new(QuestionKind.Who, true, TimeSpan.FromSeconds(1)),
            new(QuestionKind.When, true, TimeSpan.FromSeconds(1)),
            new(QuestionKind.When, false, TimeSpan.FromSeconds(1)),
        ]);

        Assert.Equal(3, score.BestStreak);
        Assert.Equal(0, score.Streak);
        Assert.Equal(0.5, score.ByKind[QuestionKind.When].Accuracy);
        Assert.Equal(0, SessionScore.Empty.Accuracy);
    }

    [Fact]
    public void Study_days_follow_the_local_time_zone()
    {
        var zone = TimeZoneInfo.CreateCustomTimeZone("plus-three", TimeSpan.FromHours(3), "plus-three", "plus-three");
        var lateUtc = new DateTimeOffset(2025, 4, 1, 22, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2025, 4, 2), StudyDay.Of(lateUtc, zone));
        Assert.Equal(new DateTimeOffset(2025, 4, 1, 21, 0, 0, TimeSpan.Zero), StudyDay.Start(new DateOnly(2025, 4, 2), zone));
    }
}
