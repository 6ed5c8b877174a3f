namespace PolicyQuiz.Core.Scheduling;

/// <summary>
/// The number rules the reference (JavaScript) uses, so results agree to the last bit:
/// Math.round sends halves up (towards +infinity), and FSRS rounds most intermediate values to 8 decimals.
/// </summary>
internal static class JsMath
{
    /// <summary>JavaScript's Math.round: nearest integer, halves towards +infinity.</summary>
    public static double Round(double value)
    {
        var floor = Math.Floor(value);
        return value - floor >= 0.5 ? floor + 1 : floor;
    }

    /// <summary>Round to 8 decimals the way the reference does: Math.round(x * 1e8) / 1e8.</summary>
    public static double RoundTo8(double value) => Round(value * 1e8) / 1e8;

    /// <summary>min(max(value, low), high): the reference's clamp (high wins when low &gt; high).</summary>
    public static double Clamp(double value, double low, double high) => Math.Min(Math.Max(value, low), high);
}
