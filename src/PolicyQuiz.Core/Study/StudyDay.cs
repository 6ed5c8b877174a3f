namespace PolicyQuiz.Core.Study;

/// <summary>
/// Study days run from local midnight to local midnight in the time zone the <see cref="TimeProvider"/>
/// reports (its LocalTimeZone): the daily new limit, sibling burying, "due today", streaks and the
/// activity calendar all count in these days.
/// </summary>
public static class StudyDay
{
    public static DateOnly Of(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
    }

    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return Of(time.GetUtcNow(), time.LocalTimeZone);
    }

    /// <summary>The instant <paramref name="day"/> starts (local midnight; the first valid local time on a DST gap).</summary>
    public static DateTimeOffset Start(DateOnly day, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
