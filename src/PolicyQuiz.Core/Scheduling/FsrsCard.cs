namespace PolicyQuiz.Core.Scheduling;

/// <summary>
/// The memory state FSRS keeps per card, field for field as ts-fsrs's Card: due time, stability (days),
/// difficulty (1-10), days elapsed at the last review, days scheduled, the current learning step,
/// reviews, lapses, state and the time of the last review.
/// </summary>
public sealed record FsrsCard(
    DateTimeOffset Due,
    double Stability,
    double Difficulty,
    int ElapsedDays,
    int ScheduledDays,
    int LearningSteps,
    int Reps,
    int Lapses,
    CardState State,
    DateTimeOffset? LastReview)
{
    /// <summary>A card never reviewed, due at <paramref name="now"/>.</summary>
    public static FsrsCard New(DateTimeOffset now) => new(now, 0, 0, 0, 0, 0, 0, 0, CardState.New, null);
}
