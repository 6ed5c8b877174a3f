using PolicyQuiz.Core.Scheduling;

namespace PolicyQuiz.Core.Tests.Scheduling;

public sealed class FsrsSchedulerTests
{
    private static readonly DateTimeOffset Monday = new(2025, 3, 24, 10, 15, 0, TimeSpan.Zero);
    private readonly FsrsScheduler _scheduler = new(FsrsParameters.Replay);

    [Fact]
    public void A_new_card_rated_Good_moves_to_the_second_learning_step_ten_minutes_later()
    {
        var review = _scheduler.Review(FsrsCard.New(Monday), Monday, Rating.Good);

        Assert.Equal(CardState.Learning, review.Card.State);
        Assert.Equal(Monday.AddMinutes(10), review.Card.Due);
        Assert.Equal(1, review.Card.LearningSteps);
        Assert.Equal(2.3065, review.Card.Stability);
        Assert.Equal(CardState.New, review.PreviousState);
        Assert.Equal(1, review.Card.Reps);
    }

    [Fact]
    public void A_new_card_rated_Again_comes_back_after_the_first_step_and_Hard_halfway_between_the_steps()
    {
        var card = FsrsCard.New(Monday);

        Assert.Equal(Monday.AddMinutes(1), _scheduler.Review(card, Monday, Rating.Again).Card.Due);
        Assert.Equal(Monday.AddMinutes(6), _scheduler.Review(card, Monday, Rating.Hard).Card.Due);
    }

    [Fact]
    public void A_new_card_rated_Easy_graduates_straight_to_review_in_whole_days()
    {
        var card = _scheduler.Review(FsrsCard.New(Monday), Monday, Rating.Easy).Card;

        Assert.Equal(CardState.Review, card.State);
        Assert.Equal(card.ScheduledDays, (card.Due - Monday).TotalDays);
        Assert.True(card.ScheduledDays >= 1);
    }

    [Fact]
    public void Forgetting_a_review_card_counts_a_lapse_and_starts_relearning_ten_minutes_later()
    {
        var card = _scheduler.Review(FsrsCard.New(Monday), Monday, Rating.Easy).Card;
        var later = card.Due;

        var review = _scheduler.Review(card, later, Rating.Again);

        Assert.Equal(CardState.Relearning, review.Card.State);
        Assert.Equal(1, review.Card.Lapses);
        Assert.Equal(later.AddMinutes(10), review.Card.Due);
        Assert.True(review.Card.Stability < card.Stability);
        Assert.Equal(card.ScheduledDays, review.ElapsedDays);
    }

    [Fact]
    public void A_review_on_a_day_before_the_last_review_is_refused()
    {
        var card = _scheduler.Review(FsrsCard.New(Monday), Monday, Rating.Easy).Card;

        Assert.Throws<ArgumentOutOfRangeException>(() => _scheduler.Review(card, Monday.AddDays(-1), Rating.Good));
    }

    [Fact]
    public void A_rating_outside_one_to_four_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _scheduler.Review(FsrsCard.New(Monday), Monday, (Rating)0));
        Assert.Throws<ArgumentOutOfRangeException>(() => _scheduler.Review(FsrsCard.New(Monday), Monday, (Rating)5));
    }

    [Fact]
    public void Elapsed_days_count_calendar_days_in_utc_not_24_hour_periods()
    {
        Assert.Equal(1, FsrsScheduler.CalendarDaysBetween(new(2025, 3, 24, 23, 59, 0, TimeSpan.Zero), new(2025, 3, 25, 0, 1, 0, TimeSpan.Zero)));
        Assert.Equal(0, FsrsScheduler.CalendarDaysBetween(new(2025, 3, 24, 0, 1, 0, TimeSpan.Zero), new(2025, 3, 24, 23, 59, 0, TimeSpan.Zero)));
        // 22:00 and 10:00 the next day at UTC-5 are both on 25 March in UTC
        Assert.Equal(0, FsrsScheduler.CalendarDaysBetween(new(2025, 3, 24, 22, 0, 0, TimeSpan.FromHours(-5)), new(2025, 3, 25, 10, 0, 0, TimeSpan.FromHours(-5))));
    }

    [Fact]
    public void A_new_card_has_no_retrievability_and_a_reviewed_one_is_ninety_percent_after_its_stability()
    {
        var card = _scheduler.Review(FsrsCard.New(Monday), Monday, Rating.Easy).Card;

        Assert.Equal(0, _scheduler.Retrievability(FsrsCard.New(Monday), Monday));
        Assert.Equal(1, _scheduler.Retrievability(card, Monday));
        Assert.Equal(0.9, _scheduler.Retrievability(card with { Stability = 10 }, Monday.AddDays(10)), 6);
    }

    [Fact]
    public void Preview_shows_what_each_rating_would_do_without_changing_the_card()
    {
        var card = FsrsCard.New(Monday);

        var preview = _scheduler.Preview(card, Monday);

        Assert.Equal(4, preview.Count);
        Assert.Equal(_scheduler.Review(card, Monday, Rating.Hard).Card, preview[Rating.Hard]);
        Assert.Equal(FsrsCard.New(Monday), card);
    }

    [Fact]
    public void A_lower_desired_retention_schedules_longer_intervals()
    {
        var card = _scheduler.Review(FsrsCard.New(Monday), Monday, Rating.Easy).Card;
        var relaxed = new FsrsScheduler(FsrsParameters.Replay with { DesiredRetention = 0.8 });

        Assert.True(relaxed.Review(card, card.Due, Rating.Good).Card.ScheduledDays > _scheduler.Review(card, card.Due, Rating.Good).Card.ScheduledDays);
    }

    [Fact]
    public void The_maximum_interval_caps_Hard_while_Good_and_Easy_keep_their_one_day_leads_as_in_the_reference()
    {
        var scheduler = new FsrsScheduler(FsrsParameters.Replay with { MaximumInterval = 30 });
        var card = scheduler.Review(FsrsCard.New(Monday), Monday, Rating.Easy).Card;
        for (var i = 0; i < 10; i++)
        {
            card = scheduler.Review(card, card.Due, Rating.Hard).Card;
        }

        var preview = scheduler.Preview(card, card.Due);

        Assert.Equal(30, card.ScheduledDays);
        Assert.Equal(30, preview[Rating.Hard].ScheduledDays);
        Assert.Equal(31, preview[Rating.Good].ScheduledDays);
        Assert.Equal(32, preview[Rating.Easy].ScheduledDays);
    }

    [Fact]
    public void Parameters_without_21_weights_or_with_a_retention_outside_zero_to_one_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new FsrsScheduler(FsrsParameters.Replay with { Weights = [.. FsrsParameters.DefaultWeights.Take(19)] }));
        Assert.Throws<ArgumentException>(() => new FsrsScheduler(FsrsParameters.Replay with { DesiredRetention = 0 }));
        Assert.Throws<ArgumentException>(() => new FsrsScheduler(FsrsParameters.Replay with { DesiredRetention = 1.1 }));
    }

    [Fact]
    public void Study_defaults_fuzz_and_replay_defaults_do_not()
    {
        Assert.True(FsrsParameters.Default.EnableFuzz);
        Assert.False(FsrsParameters.Replay.EnableFuzz);
        Assert.Equal(FsrsParameters.Default with { EnableFuzz = false }, FsrsParameters.Replay);
    }

    [Fact]
    public void Parameters_with_the_same_settings_in_new_lists_are_equal()
    {
        var copy = FsrsParameters.Default with
        {
            Weights = [.. FsrsParameters.DefaultWeights],
            LearningSteps = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10)],
            RelearningSteps = [TimeSpan.FromMinutes(10)],
        };

        Assert.Equal(FsrsParameters.Default, copy);
        Assert.Equal(FsrsParameters.Default.GetHashCode(), copy.GetHashCode());
        Assert.NotEqual(FsrsParameters.Default, copy with { LearningSteps = [TimeSpan.FromMinutes(5)] });
    }

    [Fact]
    public void Fuzz_gives_the_same_interval_for_the_same_card_at_the_same_moment()
    {
        var fuzzy = new FsrsScheduler(FsrsParameters.Default);
        var card = fuzzy.Review(FsrsCard.New(Monday), Monday, Rating.Easy).Card;
        card = fuzzy.Review(card, card.Due, Rating.Good).Card;

        Assert.Equal(fuzzy.Review(card, card.Due, Rating.Good).Card, fuzzy.Review(card, card.Due, Rating.Good).Card);
    }
}
