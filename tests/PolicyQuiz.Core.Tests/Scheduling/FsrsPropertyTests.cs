using CsCheck;
using PolicyQuiz.Core.Scheduling;

namespace PolicyQuiz.Core.Tests.Scheduling;

/// <summary>Properties that hold for any review history: gaps from seconds to years, any ratings, fuzz on and off.</summary>
public sealed class FsrsPropertyTests
{
    private const long Second = 1000;
    private const long Day = 86_400_000;

    private static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The time to the next review: seconds, minutes to hours (often the same day), or days to ten years.</summary>
    private static readonly Gen<long> Gap = Gen.OneOf(Gen.Long[0, 120 * Second], Gen.Long[60 * Second, Day], Gen.Long[Day, 3650 * Day]);

    private static readonly Gen<(long Gap, Rating Rating)[]> History =
        Gen.Select(Gap, Gen.Int[1, 4], (gap, rating) => (gap, (Rating)rating)).Array[1, 40];

    private static readonly Gen<(bool Fuzz, (long Gap, Rating Rating)[] History)> FuzzAndHistory = Gen.Select(Gen.Bool, History);

    [Fact]
    public void Stability_stays_positive_and_difficulty_stays_between_one_and_ten()
    {
        FuzzAndHistory.Sample(sample =>
        {
            foreach (var (card, _) in Replay(sample.Fuzz, sample.History))
            {
                Assert.True(card.Stability > 0, $"stability {card.Stability}");
                Assert.InRange(card.Difficulty, 1, 10);
            }
        });
    }

    [Fact]
    public void Good_is_never_due_sooner_than_Hard_and_Easy_never_sooner_than_Good()
    {
        Gen.Select(FuzzAndHistory, Gap).Sample(sample =>
        {
            var ((fuzz, history), gap) = sample;
            var scheduler = Scheduler(fuzz);
            var (card, at) = Replay(fuzz, history).Last();
            var preview = scheduler.Preview(card, at.AddMilliseconds(gap));

            Assert.True(preview[Rating.Good].Due >= preview[Rating.Hard].Due, $"Good {preview[Rating.Good].Due:O} before Hard {preview[Rating.Hard].Due:O} for {card}");
            Assert.True(preview[Rating.Easy].Due >= preview[Rating.Good].Due, $"Easy {preview[Rating.Easy].Due:O} before Good {preview[Rating.Good].Due:O} for {card}");
        });
    }

    [Fact]
    public void Retrievability_is_a_probability_that_never_rises_while_time_passes()
    {
        Gen.Select(FuzzAndHistory, Gap, Gap).Sample(sample =>
        {
            var ((fuzz, history), first, second) = sample;
            var scheduler = Scheduler(fuzz);
            var (card, at) = Replay(fuzz, history).Last();
            var sooner = scheduler.Retrievability(card, at.AddMilliseconds(Math.Min(first, second)));
            var later = scheduler.Retrievability(card, at.AddMilliseconds(Math.Max(first, second)));

            Assert.InRange(sooner, 0, 1);
            Assert.InRange(later, 0, 1);
            Assert.True(later <= sooner, $"R rose from {sooner} to {later} for {card}");
        });
    }

    [Fact]
    public void A_fuzzed_interval_stays_within_the_reference_spread_of_the_plain_one()
    {
        History.Sample(history =>
        {
            var plain = Scheduler(fuzz: false);
            var fuzzy = Scheduler(fuzz: true);
            foreach (var (card, at) in Replay(fuzz: false, history))
            {
                var reviewAt = card.Due > at ? card.Due : at;
                var expected = plain.Review(card, reviewAt, Rating.Good).Card.ScheduledDays;
                var actual = fuzzy.Review(card, reviewAt, Rating.Good).Card.ScheduledDays;
                if (card.State == CardState.Review)
                {
                    // Good is pushed a day past Hard after fuzzing, so allow the spread plus that day.
                    Assert.InRange(actual, Math.Min(expected, 2) - 1, expected + Spread(expected) + 1);
                    Assert.InRange(actual, expected - Spread(expected) - 1, int.MaxValue);
                }
            }
        });
    }

    private static double Spread(int interval) =>
        interval < 2.5 ? 0 : 1 + (0.15 * Math.Clamp(interval - 2.5, 0, 4.5)) + (0.1 * Math.Clamp(interval - 7, 0, 13)) + (0.05 * Math.Max(interval - 20, 0)) + 0.5;

    private static FsrsScheduler Scheduler(bool fuzz) => new(fuzz ? FsrsParameters.Default : FsrsParameters.Replay);

    /// <summary>The card after each review of the history, with the time of that review.</summary>
    private static List<(FsrsCard Card, DateTimeOffset At)> Replay(bool fuzz, (long Gap, Rating Rating)[] history)
    {
        var scheduler = Scheduler(fuzz);
        var at = Start;
        var card = FsrsCard.New(at);
        var cards = new List<(FsrsCard, DateTimeOffset)>();
        foreach (var (gap, rating) in history)
        {
            at = at.AddMilliseconds(gap);
            card = scheduler.Review(card, at, rating).Card;
            cards.Add((card, at));
        }

        return cards;
    }
}
