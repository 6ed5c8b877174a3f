namespace PolicyQuiz.Core.Scheduling;

/// <summary>
/// FSRS-6 scheduling as ts-fsrs 5.4.2 computes it (basic scheduler, short-term on): pure functions of the card,
/// the time of the review and the rating. Time is always passed in; nothing here reads a clock.
/// </summary>
public sealed class FsrsScheduler
{
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

    /// <summary>The card after answering it at <paramref name="now"/> with <paramref name="rating"/>, with what the review log keeps.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The rating is not 1-4, or <paramref name="now"/> falls on a day before the card's last review.</exception>
    public FsrsReview Review(FsrsCard card, DateTimeOffset now, Rating rating)
    {
        ArgumentNullException.ThrowIfNull(card);
        var next = Next(card, now, rating);
        return new FsrsReview(next, rating, now, card.State, card.Stability, card.Difficulty, next.ElapsedDays, next.ScheduledDays);
    }

    /// <summary>Only the card after the review (what <see cref="Review"/> returns, without the log).</summary>
    internal FsrsCard Next(FsrsCard card, DateTimeOffset now, Rating rating)
    {
        if (rating is < Rating.Again or > Rating.Easy)
        {
            throw new ArgumentOutOfRangeException(nameof(rating), rating, "A rating is Again (1), Hard (2), Good (3) or Easy (4).");
        }

        var elapsedDays = card.State != CardState.New && card.LastReview is { } lastReview ? CalendarDaysBetween(lastReview, now) : 0;
        if (elapsedDays < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(now), now, "A card cannot be reviewed on a day before its last review.");
        }

        return card.State switch
        {
            CardState.Review => ReviewAReviewCard(card, now, rating, elapsedDays),
            CardState.New => ReviewALearningCard(card, now, rating, elapsedDays, CardState.Learning),
            _ => ReviewALearningCard(card, now, rating, elapsedDays, card.State),
        };
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
        (int)((to.UtcDateTime.Date - from.UtcDateTime.Date).Ticks / TimeSpan.TicksPerDay);

    private FsrsCard ReviewALearningCard(FsrsCard card, DateTimeOffset now, Rating rating, int elapsedDays, CardState stayIn)
    {
        var (difficulty, stability) = _formulas.NextState(card.Difficulty, card.Stability, elapsedDays, rating);
        return AfterStepOrGraduation(card, now, rating, elapsedDays, difficulty, stability, stayIn, card.Lapses);
    }

    private FsrsCard ReviewAReviewCard(FsrsCard card, DateTimeOffset now, Rating rating, int elapsedDays)
    {
        var retrievability = _formulas.Retrievability(elapsedDays, card.Stability);
        var (difficulty, stability) = _formulas.NextState(card.Difficulty, card.Stability, elapsedDays, rating, retrievability);
        if (rating == Rating.Again)
        {
            return AfterStepOrGraduation(card, now, rating, elapsedDays, difficulty, stability, CardState.Relearning, card.Lapses + 1);
        }

        // Hard is never later than Good, Good at least a day after Hard, Easy at least a day after Good.
        var seed = SeedFor(card, now);
        var hardStability = rating == Rating.Hard ? stability : _formulas.NextState(card.Difficulty, card.Stability, elapsedDays, Rating.Hard, retrievability).Stability;
        var goodStability = rating == Rating.Good ? stability : _formulas.NextState(card.Difficulty, card.Stability, elapsedDays, Rating.Good, retrievability).Stability;
        var hardInterval = NextInterval(hardStability, elapsedDays, seed);
        var goodInterval = NextInterval(goodStability, elapsedDays, seed);
        hardInterval = Math.Min(hardInterval, goodInterval);
        goodInterval = Math.Max(goodInterval, hardInterval + 1);
        var interval = rating switch
        {
            Rating.Hard => hardInterval,
            Rating.Good => goodInterval,
            _ => Math.Max(NextInterval(stability, elapsedDays, seed), goodInterval + 1),
        };

        return new FsrsCard(
            now.ToUniversalTime().AddTicks(interval * TimeSpan.TicksPerDay),
            stability,
            difficulty,
            elapsedDays,
            interval,
            LearningSteps: 0,
            card.Reps + 1,
            card.Lapses,
            CardState.Review,
            now);
    }

    private FsrsCard AfterStepOrGraduation(FsrsCard card, DateTimeOffset now, Rating rating, int elapsedDays, double difficulty, double stability, CardState stayIn, int lapses)
    {
        var plan = LearningStepPlan.For(_parameters, card.State, Math.Max(card.LearningSteps, 0), rating);
        var minutes = Math.Max(0, plan.Minutes);
        var nextStep = Math.Max(0, plan.NextStep);
        var utcNow = now.ToUniversalTime();
        if (minutes > 0 && minutes < 1440)
        {
            var due = utcNow.AddTicks((long)JsMath.Round(minutes) * TimeSpan.TicksPerMinute);
            return new FsrsCard(due, stability, difficulty, elapsedDays, 0, nextStep, card.Reps + 1, lapses, stayIn, now);
        }

        if (minutes >= 1440)
        {
            var due = utcNow.AddTicks((long)JsMath.Round(minutes) * TimeSpan.TicksPerMinute);
            return new FsrsCard(due, stability, difficulty, elapsedDays, (int)Math.Floor(minutes / 1440), nextStep, card.Reps + 1, lapses, CardState.Review, now);
        }

        var interval = NextInterval(stability, elapsedDays, SeedFor(card, now));
        return new FsrsCard(utcNow.AddTicks(interval * TimeSpan.TicksPerDay), stability, difficulty, elapsedDays, interval, 0, card.Reps + 1, lapses, CardState.Review, now);
    }

    /// <summary>Days until the next review: S x interval modifier, rounded, 1..maximum, then fuzzed when fuzz is on.</summary>
    private int NextInterval(double stability, int elapsedDays, in FuzzSeed seed)
    {
        var interval = (int)Math.Min(Math.Max(1, JsMath.Round(stability * _formulas.IntervalModifier)), _parameters.MaximumInterval);
        return _parameters.EnableFuzz ? IntervalFuzz.Apply(interval, elapsedDays, _parameters.MaximumInterval, seed) : interval;
    }

    private static FuzzSeed SeedFor(FsrsCard card, DateTimeOffset now) =>
        new(now.ToUnixTimeMilliseconds(), card.Reps + 1, card.Difficulty * card.Stability);
}
