using System.Globalization;

namespace PolicyQuiz.Packs.Interchange.Gift;

/// <summary>
/// Percentages for multiple-answer questions: each right option gets 100/n (so they sum to 100) and
/// each wrong option -100/m, written with at most five decimals as Moodle's own grade list does
/// (33.33333, 16.66667, 14.28571 …).
/// </summary>
internal static class GiftWeights
{
    public static string Share(int count, bool negative)
    {
        var value = Math.Round(100.0 / Math.Max(count, 1), 5, MidpointRounding.AwayFromZero);
        return Format(negative ? -value : value);
    }

    public static string Format(double value) => value.ToString("0.#####", CultureInfo.InvariantCulture);
}
