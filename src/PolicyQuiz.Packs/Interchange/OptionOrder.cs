using System.Security.Cryptography;
using System.Text;

namespace PolicyQuiz.Packs.Interchange;

/// <summary>
/// A shuffle that is the same on every export of the same question (seeded by a hash of its ids), so
/// written files do not change from one export to the next and the right option is not always first.
/// </summary>
internal static class OptionOrder
{
    public static IReadOnlyList<T> Shuffle<T>(IEnumerable<T> items, string seed)
    {
        var array = items.ToArray();
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(seed));
        var state = BitConverter.ToUInt64(hash, 0) | 1;
        for (var i = array.Length - 1; i > 0; i--)
        {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            var j = (int)(state % (ulong)(i + 1));
            (array[i], array[j]) = (array[j], array[i]);
        }

        return array;
    }
}
