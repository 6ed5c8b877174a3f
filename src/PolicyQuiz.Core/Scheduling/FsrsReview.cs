namespace PolicyQuiz.Core.Scheduling;

/// <summary>
/// The outcome of one review: the card as it is afterwards, and what the review log keeps
/// (the rating, when, the state/stability/difficulty before, days since the last review, days scheduled).
/// </summary>
public sealed record FsrsReview(
    FsrsCard Card,
    Rating Rating,
    DateTimeOffset ReviewedAt,
    CardState PreviousState,
    double PreviousStability,
    double PreviousDifficulty,
    int ElapsedDays,
    int ScheduledDays);
