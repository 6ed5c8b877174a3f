namespace PolicyQuiz.Core.Scheduling;

/// <summary>
/// <see cref="FsrsCard"/> as a plain value with times in UTC ticks: what the scheduler computes on, so that a
/// replay of a million reviews keeps its cards in one array instead of allocating a card per review.
/// </summary>
internal struct CardMemory
{
    public long DueTicks;
    public double Stability;
    public double Difficulty;
    public int ElapsedDays;
    public int ScheduledDays;
    public int LearningSteps;
    public int Reps;
    public int Lapses;
    public CardState State;
    public long LastReviewTicks;
    public bool HasLastReview;

    public static CardMemory New(long nowTicks) => new() { DueTicks = nowTicks, State = CardState.New };

    public static CardMemory From(FsrsCard card) => new()
    {
        DueTicks = card.Due.UtcTicks,
        Stability = card.Stability,
        Difficulty = card.Difficulty,
        ElapsedDays = card.ElapsedDays,
        ScheduledDays = card.ScheduledDays,
        LearningSteps = card.LearningSteps,
        Reps = card.Reps,
        Lapses = card.Lapses,
        State = card.State,
        LastReviewTicks = card.LastReview?.UtcTicks ?? 0,
        HasLastReview = card.LastReview.HasValue,
    };

    public readonly FsrsCard ToCard() => new(
        new DateTimeOffset(DueTicks, TimeSpan.Zero),
        Stability,
        Difficulty,
        ElapsedDays,
        ScheduledDays,
        LearningSteps,
        Reps,
        Lapses,
        State,
        HasLastReview ? new DateTimeOffset(LastReviewTicks, TimeSpan.Zero) : null);
}
