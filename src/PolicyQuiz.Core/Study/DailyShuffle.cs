using System.Globalization;
using System.Text;

namespace PolicyQuiz.Core.Study;

/// <summary>
/// A shuffle that depends only on (pack, question, day, salt): the same question shows its options in
/// the same order all day (a reload shows the same screen) and in another order the next day.
/// FNV-1a over the key seeds a SplitMix64 generator; Fisher-Yates does the rest.
/// </summary>
public static class DailyShuffle
{
    public static IReadOnlyList<T> Shuffle<T>(IReadOnlyList<T> items, QuestionKey key, DateOnly day, string salt = "")
    {
        ArgumentNullException.ThrowIfNull(items);
        var result = items.ToArray();
        var state = Seed(key, day, salt);
        for (var i = result.Length - 1; i > 0; i--)
        {
            var j = (int)(Next(ref state) % (ulong)(i + 1));
            (result[i], result[j]) = (result[j], result[i]);
        }

        return result;
    }

    private static ulong Seed(QuestionKey key, DateOnly day, string salt)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{key.PackId}\n{key.QuestionId}\n{day:yyyy-MM-dd}\n{salt}");
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }

        return hash;
    }

    private static ulong Next(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
