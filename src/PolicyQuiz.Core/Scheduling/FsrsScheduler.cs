using System.Runtime.CompilerServices;

namespace PolicyQuiz.Core.Scheduling;

/// <summary>
/// FSRS-6 scheduling as ts-fsrs 5.4.2 computes it (basic scheduler, short-term on): pure functions of the card,
/// the time of the review and the rating. Time is always passed in; nothing here reads a clock.
/// </summary>
public sealed class FsrsScheduler
{
    private const long UnixEpochMilliseconds = 62_135_596_800_000;

    private readonly FsrsParameters _parameters;
    private readonly FsrsFormulas _formulas;

    public FsrsScheduler(FsrsParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (!(parameters.DesiredRetention > 0 && parameters.DesiredRetention <= 1))
        {
            throw new ArgumentException("Desired retention must be in (0, 1].", nameof(parameters));
        }

        if (parameters.MaximumInterval < 1)
        {
            throw new ArgumentException("The maximum interval must be at least one day.", nameof(parameters));
        }

        if (parameters.LearningSteps.Any(step => step < TimeSpan.Zero) || parameters.RelearningSteps.Any(step => step < TimeSpan.Zero))
        {
            throw new ArgumentException("Learning steps cannot be negative.", nameof(parameters));
        }

        _parameters = parameters;
        _formulas = new FsrsFormulas(parameters);
    }

    public FsrsParameters Parameters => _parameters;

    /// <summary>
    /// The card after answering it at <paramref name="now"/> with <paramref name="rating"/>, with what the review log keeps.
    /// Times in the returned card are UTC (LastReview is <paramref name="now"/> in UTC).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The rating is not 1-4, or <paramref name="now"/> falls on a day before the card's last review.</exception>
    public FsrsReview Review(FsrsCard card, DateTimeOffset now, Rating rating)
    {
        ArgumentNullException.ThrowIfNull(card);
        var memory = CardMemory.From(card);
        var next = Next(in memory, now.UtcTicks, rating).ToCard();
        return new FsrsReview(next, rating, now, card.State, card.Stability, card.Difficulty, next.ElapsedDays, next.ScheduledDays);
    }

    /// <summary>The card after each of the four ratings at <paramref name="now"/> (what the buttons would do).</summary>
    public IReadOnlyDictionary<Rating, FsrsCard> Preview(FsrsCard card, DateTimeOffset now) => new Dictionary<Rating, FsrsCard>
    {
        [Rating.Again] = Review(card, now, Rating.Again).Card,
        [Rating.Hard] = Review(card, now, Rating.Hard).Card,
        [Rating.Good] = Review(card, now, Rating.Good).Card,
        [Rating.Easy] = Review(card, now, Rating.Easy).Card,
    };

    /// <summary>
    /// The probability of recalling the card at <paramref name="now"/>, in [0, 1], as ts-fsrs's get_retrievability:
    /// 0 for a new card; otherwise the forgetting curve at the whole days (24 h periods) since the last review.
    /// </summary>
    public double Retrievability(FsrsCard card, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (card.State == CardState.New || card.Stability <= 0)
        {
            return 0;
        }

        var days = card.LastReview is { } lastReview
            ? Math.Max(Math.Floor((double)(now.ToUnixTimeMilliseconds() - lastReview.ToUnixTimeMilliseconds()) / 86_400_000), 0)
            : 0;
        return _formulas.Retrievability(days, JsMath.RoundTo8(card.Stability));
    }

    /// <summary>Whole calendar days (UTC dates) from <paramref name="from"/> to <paramref name="to"/>, as the reference counts elapsed days.</summary>
    public static int CalendarDaysBetween(DateTimeOffset from, DateTimeOffset to) =>
        (int)((to.UtcTicks / TimeSpan.TicksPerDay) - (from.UtcTicks / TimeSpan.TicksPerDay));

    /// <summary>The card after a review at <paramref name="nowTicks"/> (UTC ticks).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal CardMemory Next(in CardMemory card, long nowTicks, Rating rating)
    {
        if (rating is < Rating.Again or > Rating.Easy)
        {
            throw new ArgumentOutOfRangeException(nameof(rating), rating, "A rating is Again (1), Hard (2), Good (3) or Easy (4).");
        }

        var elapsedDays = card.State != CardState.New && card.HasLastReview
            ? (int)((nowTicks / TimeSpan.TicksPerDay) - (card.LastReviewTicks / TimeSpan.TicksPerDay))
            : 0;
        if (elapsedDays < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(nowTicks), "A card cannot be reviewed on a day before its last review.");
        }

        var next = card;
        next.ElapsedDays = elapsedDays;
        next.Reps = card.Reps + 1;
        next.LastReviewTicks = nowTicks;
        next.HasLastReview = true;
        if (card.State == CardState.Review)
        {
            ReviewAReviewCard(in card, ref next, nowTicks, rating);
        }
        else
        {
            (next.Difficulty, next.Stability) = _formulas.NextState(card.Difficulty, card.Stability, elapsedDays, rating);
            AfterStepOrGraduation(in card, ref next, nowTicks, rating, card.State == CardState.New ? CardState.Learning : card.State);
        }

        return next;
    }

    private void ReviewAReviewCard(in CardMemory card, ref CardMemory next, long nowTicks, Rating rating)
    {
        var elapsedDays = next.ElapsedDays;
        var retrievability = _formulas.Retrievability(elapsedDays, card.Stability);
        (next.Difficulty, next.Stability) = _formulas.NextState(card.Difficulty, card.Stability, elapsedDays, rating, retrievability);
        if (rating == Rating.Again)
        {
            next.Lapses = card.Lapses + 1;
            AfterStepOrGraduation(in card, ref next, nowTicks, rating, CardState.Relearning);
            return;
        }

        // Hard is never later than Good, Good at least a day after Hard, Easy at least a day after Good.
        var seed = SeedFor(in card, nowTicks);
        var hardStability = rating == Rating.Hard ? next.Stability : _formulas.NextState(card.Difficulty, card.Stability, elapsedDays, Rating.Hard, retrievability).Stability;
        var goodStability = rating == Rating.Good ? next.Stability : _formulas.NextState(card.Difficulty, card.Stability, elapsedDays, Rating.Good, retrievability).Stability;
        var hardInterval = NextInterval(hardStability, elapsedDays, seed);
        var goodInterval = NextInterval(goodStability, elapsedDays, seed);
        hardInterval = Math.Min(hardInterval, goodInterval);
        goodInterval = Math.Max(goodInterval, hardInterval + 1);
        var interval = rating switch
        {
            Rating.Hard => hardInterval,
            Rating.Good => goodInterval,
            _ => Math.Max(NextInterval(next.Stability, elapsedDays, seed), goodInterval + 1),
        };

        next.State = CardState.Review;
        next.LearningSteps = 0;
        next.ScheduledDays = interval;
        next.DueTicks = nowTicks + (interval * TimeSpan.TicksPerDay);
    }

    private void AfterStepOrGraduation(in CardMemory card, ref CardMemory next, long nowTicks, Rating rating, CardState stayIn)
    {
        var plan = LearningStepPlan.For(_parameters, card.State, Math.Max(card.LearningSteps, 0), rating);
        var minutes = Math.Max(0, plan.Minutes);
        var nextStep = Math.Max(0, plan.NextStep);
        if (minutes > 0 && minutes < 1440)
        {
            next.State = stayIn;
            next.LearningSteps = nextStep;
            next.ScheduledDays = 0;
            next.DueTicks = nowTicks + ((long)JsMath.Round(minutes) * TimeSpan.TicksPerMinute);
        }
        else if (minutes >= 1440)
        {
            next.State = CardState.Review;
            next.LearningSteps = nextStep;
            next.ScheduledDays = (int)Math.Floor(minutes / 1440);
            next.DueTicks = nowTicks + ((long)JsMath.Round(minutes) * TimeSpan.TicksPerMinute);
        }
        else
        {
            var interval = NextInterval(next.Stability, next.ElapsedDays, SeedFor(in card, nowTicks));
            next.State = CardState.Review;
            next.LearningSteps = 0;
            next.ScheduledDays = interval;
            next.DueTicks = nowTicks + (interval * TimeSpan.TicksPerDay);
        }
    }

    /// <summary>Days until the next review: S x interval modifier, rounded, 1..maximum, then fuzzed when fuzz is on.</summary>
    private int NextInterval(double stability, int elapsedDays, in FuzzSeed seed)
    {
        var interval = (int)Math.Min(Math.Max(1, JsMath.Round(stability * _formulas.IntervalModifier)), _parameters.MaximumInterval);
        return _parameters.EnableFuzz ? IntervalFuzz.Apply(interval, elapsedDays, _parameters.MaximumInterval, seed) : interval;
    }

    private static FuzzSeed SeedFor(in CardMemory card, long nowTicks) =>
        new((nowTicks / TimeSpan.TicksPerMillisecond) - UnixEpochMilliseconds, card.Reps + 1, card.Difficulty * card.Stability);
}
