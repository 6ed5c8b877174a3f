using PolicyQuiz.Core.Model;
using PolicyQuiz.Core.Scheduling;
using PolicyQuiz.Core.Study;

namespace PolicyQuiz.Storage.Tests.Study;

public sealed class StatsTests : IDisposable
{
    private static readonly StudyOptions Where = new() { Kind = QuestionKind.Where };

    private readonly StudyBank _bank = new();

    public void Dispose() => _bank.Dispose();

    [Fact]
    public void A_fresh_profile_has_everything_new_and_nothing_due()
    {
        var home = _bank.Stats.Home();

        Assert.Equal(0, home.DayStreak);
        var pack = Assert.Single(home.Packs);
        Assert.Equal(("sample", 7, 0, 7, 0), (pack.PackId, pack.Questions, pack.DueToday, pack.NewToday, pack.Mastered));
        Assert.Equal(7, home.NewToday);
        Assert.Null(_bank.Stats.Totals().TrueRetention);
        Assert.Null(_bank.Stats.NextDue());
    }

    [Fact]
    public void The_day_streak_counts_days_in_a_row_and_survives_until_a_whole_day_is_missed()
    {
        for (var day = 0; day < 3; day++)
        {
            AnswerOne();
            _bank.Clock.Advance(TimeSpan.FromDays(1));
        }

        Assert.Equal(3, _bank.Stats.Totals().DayStreak);
        Assert.Equal(3, _bank.Stats.DayStreak());
        AnswerOne();
        Assert.Equal(4, _bank.Stats.Home().DayStreak);
        _bank.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(4, _bank.Stats.DayStreak());
        _bank.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, _bank.Stats.Totals().DayStreak);
        Assert.Equal(0, _bank.Stats.DayStreak());
        Assert.Equal(4, _bank.Stats.Totals().DaysStudied);
    }

    [Fact]
    public void True_retention_is_the_share_of_review_state_answers_that_were_right()
    {
        var session = _bank.Study.Start(Where);
        Answer(session, right: true);
        _bank.Clock.Advance(TimeSpan.FromMinutes(11));
        var graduated = Answer(session, right: true);
        Assert.Equal(CardState.Review, graduated.After.State);

        _bank.Clock.Now = graduated.After.Due.AddHours(1);
        var review = Answer(_bank.Study.Start(Where), right: true);
        _bank.Clock.Now = review.After.Due.AddHours(1);
        var lapse = _bank.Study.Start(Where);
        Assert.Equal(CardState.Relearning, Answer(lapse, right: false).After.State);
        _bank.Clock.Advance(TimeSpan.FromMinutes(11));
        Answer(lapse, right: true);
        Answer(_bank.Study.Start(Where with { Cram = true }), right: false);

        var totals = _bank.Stats.Totals();
        Assert.Equal(6, totals.Answered);
        Assert.Equal(4, totals.Correct);
        Assert.Equal(2, totals.ReviewStateAnswers);
        Assert.Equal(0.5, totals.TrueRetention);
    }

    [Fact]
    public void Mastery_counts_questions_with_high_retrievability_and_three_weeks_of_stability()
    {
        var session = _bank.Study.Start(Where);
        var outcome = Answer(session, right: true);
        for (var i = 0; i < 20 && outcome.After.Stability < Mastery.MinimumStabilityDays; i++)
        {
            _bank.Clock.Now = outcome.After.Due.AddMinutes(1);
            var next = _bank.Study.Start(Where);
            Assert.NotNull(next.Next());
            outcome = next.Submit(StudentAnswer.Typed("Riyadh"));
            outcome = next.Regrade(Rating.Easy);
        }

        Assert.True(outcome.After.Stability >= Mastery.MinimumStabilityDays);
        _bank.Clock.Advance(TimeSpan.FromDays(1));
        var pack = Assert.Single(_bank.Stats.Packs());
        Assert.Equal(1, pack.Mastered);
        Assert.Equal(1.0 / 7, pack.Mastery, 6);

        _bank.Clock.Advance(TimeSpan.FromDays(3 * 365));
        Assert.Equal(0, Assert.Single(_bank.Stats.Packs()).Mastered);
    }

    [Fact]
    public void The_forecast_counts_questions_falling_due_per_day_with_overdue_ones_today()
    {
        var session = _bank.Study.Start();
        while (session.Next() is { } item)
        {
            session.Submit(StudyBank.Right(item));
            _bank.Clock.Advance(TimeSpan.FromMinutes(11));
        }

        var dues = _bank.Study.LoadDeck(StudyOptions.All).Cards.Where(c => c.Card.State != CardState.New).Select(c => c.Card.Due).ToList();
        Assert.Equal(6, dues.Count); // one sibling stayed buried
        _bank.Clock.Advance(TimeSpan.FromDays(2));
        var today = StudyDay.Today(_bank.Clock);

        var forecast = _bank.Stats.Forecast(30);

        Assert.Equal(30, forecast.Count);
        Assert.Equal(today, forecast[0].Day);
        Assert.Equal(today.AddDays(29), forecast[^1].Day);
        Assert.Equal(dues.Count(d => StudyDay.Of(d, TimeZoneInfo.Utc) <= today), forecast[0].Count);
        Assert.Equal(dues.Count(d => StudyDay.Of(d, TimeZoneInfo.Utc) < today.AddDays(30)), forecast.Sum(d => d.Count));
        Assert.Equal(forecast[0].Count, Assert.Single(_bank.Stats.Packs()).DueToday);
        Assert.Equal(dues.Min(), _bank.Stats.NextDue());
    }

    [Fact]
    public void The_activity_calendar_counts_answers_per_day_for_sixteen_weeks()
    {
        AnswerOne();
        AnswerOne();
        _bank.Clock.Advance(TimeSpan.FromDays(3));
        AnswerOne();

        var activity = _bank.Stats.Activity(16);

        Assert.Equal(16 * 7, activity.Count);
        Assert.Equal(StudyDay.Today(_bank.Clock), activity[^1].Day);
        Assert.Equal(1, activity[^1].Count);
        Assert.Equal(2, activity[^4].Count);
        Assert.Equal(3, activity.Sum(d => d.Count));
    }

    private void AnswerOne()
    {
        var session = _bank.Study.Start(new StudyOptions { Cram = true });
        Answer(session, right: true);
    }

    private static AnswerOutcome Answer(Core.Study.StudySession session, bool right)
    {
        var item = session.Next();
        Assert.NotNull(item);
        return session.Submit(right ? StudyBank.Right(item) : StudyBank.Wrong(item));
    }
}
