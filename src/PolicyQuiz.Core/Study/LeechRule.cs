using PolicyQuiz.Core.Scheduling;

namespace PolicyQuiz.Core.Study;

/// <summary>
/// A question that keeps being forgotten is a leech: when a lapse brings it to <c>threshold</c> lapses
/// (8 by default), and again every half threshold after that (12, 16, ...) should the student unsuspend
/// it, it is tagged leech and suspended.
/// </summary>
public static class LeechRule
{
    public static bool IsLeechEvent(FsrsCard before, FsrsCard after, int threshold = StudySettings.DefaultLeechLapses)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (threshold < 1 || after.Lapses <= before.Lapses || after.Lapses < threshold)
        {
            return false;
        }

        var every = Math.Max(1, threshold / 2);
        return (after.Lapses - threshold) % every == 0;
    }
}
