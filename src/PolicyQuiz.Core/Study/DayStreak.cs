namespace PolicyQuiz.Core.Study;

/// <summary>
/// Days in a row with at least one answer, ending today, or yesterday when nothing was answered yet
/// today (the streak is not lost until a whole day passes without studying).
/// </summary>
public static class DayStreak
{
    public static int Count(IEnumerable<DateOnly> activeDays, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(activeDays);
        var days = activeDays.ToHashSet();
        var day = days.Contains(today) ? today : today.AddDays(-1);
        var streak = 0;
        while (days.Contains(day))
        {
            streak++;
            day = day.AddDays(-1);
        }

        return streak;
    }
}
