using System.Globalization;

namespace PolicyQuiz.Core.Scheduling;

/// <summary>
/// Interval fuzz with the reference's ranges: intervals under 2.5 days are never fuzzed; above that the
/// spread is 1 day plus 15% of the part between 2.5 and 7 days, 10% of the part between 7 and 20, and 5% of
/// the part beyond 20; the result is at least 2 days, more than the days already elapsed, and at most the
/// maximum interval. The draw is the first number of an Alea generator seeded with the text
/// "{review time in Unix ms}_{reps after the review}_{difficulty x stability before it}", as ts-fsrs seeds it,
/// so a card reviewed at the same moment in the same state always gets the same interval.
/// </summary>
internal static class IntervalFuzz
{
    public static (int Minimum, int Maximum) Range(double interval, int elapsedDays, int maximumInterval)
    {
        var delta = 1.0;
        delta += 0.15 * Math.Max(Math.Min(interval, 7.0) - 2.5, 0.0);
        delta += 0.1 * Math.Max(Math.Min(interval, 20.0) - 7.0, 0.0);
        delta += 0.05 * Math.Max(interval - 20.0, 0.0);
        interval = Math.Min(interval, maximumInterval);
        var minimum = Math.Max(2, JsMath.Round(interval - delta));
        var maximum = Math.Min(JsMath.Round(interval + delta), maximumInterval);
        if (interval > elapsedDays)
        {
            minimum = Math.Max(minimum, elapsedDays + 1);
        }

        minimum = Math.Min(minimum, maximum);
        return ((int)minimum, (int)maximum);
    }

    public static int Apply(int interval, int elapsedDays, int maximumInterval, in FuzzSeed seed)
    {
        if (interval < 2.5)
        {
            return interval;
        }

        var draw = new AleaRandom(seed.Text()).Next();
        var (minimum, maximum) = Range(interval, elapsedDays, maximumInterval);
        return (int)Math.Floor((draw * (maximum - minimum + 1)) + minimum);
    }
}

/// <summary>What the fuzz of one review is seeded with: the review time, the repetition count after it, and D x S before it.</summary>
internal readonly record struct FuzzSeed(long ReviewUnixMilliseconds, int Reps, double DifficultyTimesStability)
{
    public string Text() => string.Create(CultureInfo.InvariantCulture, $"{ReviewUnixMilliseconds}_{Reps}_{JsNumberText.Format(DifficultyTimesStability)}");
}
