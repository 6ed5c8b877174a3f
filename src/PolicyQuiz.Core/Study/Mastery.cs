using PolicyQuiz.Core.Scheduling;

namespace PolicyQuiz.Core.Study;

/// <summary>A question is mastered when its retrievability is at least 0.9 and its stability at least 21 days.</summary>
public static class Mastery
{
    public const double MinimumRetrievability = 0.9;

    public const double MinimumStabilityDays = 21;

    public static bool IsMastered(FsrsCard card, DateTimeOffset now, FsrsScheduler scheduler)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(scheduler);
        return card.State != CardState.New
            && card.Stability >= MinimumStabilityDays
            && scheduler.Retrievability(card, now) >= MinimumRetrievability;
    }
}
