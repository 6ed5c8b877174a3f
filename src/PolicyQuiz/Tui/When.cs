using System.Globalization;
using Humanizer;

namespace PolicyQuiz.Tui;

/// <summary>Says when something happens as a person would: "in 10 minutes", "tomorrow", "in 3 days".</summary>
internal static class When
{
    public static string Returns(DateTimeOffset due, DateTimeOffset now, TimeZoneInfo zone)
    {
        var span = due - now;
        if (span <= TimeSpan.FromSeconds(30))
        {
            return "now";
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(due, zone).DateTime);
        if (day == today.AddDays(1) && span > TimeSpan.FromHours(2))
        {
            return "tomorrow";
        }

        span = span >= TimeSpan.FromDays(1)
            ? TimeSpan.FromDays(Math.Max(1, day.DayNumber - today.DayNumber))
            : TimeSpan.FromMinutes(Math.Max(1, Math.Round(span.TotalMinutes))); // 59.9 s later is "in 1 minute"

        return "in " + span.Humanize(1, CultureInfo.InvariantCulture, maxUnit: TimeUnit.Year, minUnit: TimeUnit.Minute);
    }

    /// <summary>A duration as words: "4 minutes, 10 seconds".</summary>
    public static string Took(TimeSpan span) =>
        span < TimeSpan.FromSeconds(1) ? "under a second" : span.Humanize(2, CultureInfo.InvariantCulture, maxUnit: TimeUnit.Hour, minUnit: TimeUnit.Second);
}
