using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace PolicyQuiz.Generation.Text;

/// <summary>The hash of a word's characters that <see cref="WordTable{TValue}"/> finds words by.</summary>
internal static class WordHash
{
    /// <summary>
    /// A hash of the characters taken eight at a time (a last short chunk padded with zeros), so that a caller that
    /// reads a word with vectors (<see cref="ScanAsciiRun"/>) hashes it at the cost of a few instructions per chunk.
    /// Nonnegative; the bits used for slots depend on every character.
    /// </summary>
    public static int Of(ReadOnlySpan<char> word)
    {
        var hash = HashStart;
        ref var chars = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(word));
        var length = word.Length;
        var i = 0;
        for (; i + 8 <= length; i += 8)
        {
            // four characters as one number, the first in the low bits (as the vector's lanes in ScanAsciiRun)
            hash = HashChunk(hash, Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref chars, 2 * i)), Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref chars, 2 * i + 8)));
        }

        var rest = length - i;
        if (rest >= 4)
        {
            hash = HashChunk(hash, Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref chars, 2 * i)), Short(ref Unsafe.Add(ref chars, 2 * i + 8), rest - 4));
        }
        else if (rest > 0)
        {
            hash = HashChunk(hash, Short(ref Unsafe.Add(ref chars, 2 * i), rest), 0);
        }

        return HashEnd(hash, length);
    }

    /// <summary>Fewer than four characters (at <paramref name="chars"/>) as one number, the first in the low bits, the rest zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Short(ref byte chars, int count) => count switch
    {
        0 => 0,
        1 => Unsafe.ReadUnaligned<ushort>(ref chars),
        2 => Unsafe.ReadUnaligned<uint>(ref chars),
        _ => Unsafe.ReadUnaligned<uint>(ref chars) | ((ulong)Unsafe.ReadUnaligned<ushort>(ref Unsafe.Add(ref chars, 4)) << 32),
    };

    /// <summary>
    /// Reads the run of ASCII letters and digits at <paramref name="start"/> of <paramref name="text"/> (its first character is
    /// one) and returns its end, with <see cref="Of"/> of the run in <paramref name="hash"/>: eight characters per step where
    /// eight are left in the text, else character by character.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ScanAsciiRun(string text, int start, out int hash)
    {
        var h = HashStart;
        var i = start;
        ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
        while (i + 8 <= text.Length)
        {
            var v = Vector128.LoadUnsafe(ref chars, (nuint)i);

            // char.IsAsciiLetterOrDigit of each character, as the lanes of a mask
            var letter = Vector128.LessThanOrEqual((v | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')));
            var digit = Vector128.LessThanOrEqual(v - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));
            var other = ~(letter | digit).ExtractMostSignificantBits() & 0xFF;
            if (other != 0)
            {
                // the run ends in these eight: hash its characters with the rest of the chunk zeroed
                var length = BitOperations.TrailingZeroCount(other);
                var kept = v & Vector128.LessThan(Vector128.Create((ushort)0, 1, 2, 3, 4, 5, 6, 7), Vector128.Create((ushort)length));
                var run = i + length - start;
                if (length > 0)
                {
                    h = HashChunk(h, kept.AsUInt64().GetElement(0), kept.AsUInt64().GetElement(1));
                }

                hash = HashEnd(h, run);
                return i + length;
            }

            h = HashChunk(h, v.AsUInt64().GetElement(0), v.AsUInt64().GetElement(1));
            i += 8;
        }

        // fewer than eight characters left in the text
        while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
        {
            i++;
        }

        hash = Of(text.AsSpan(start, i - start));
        return i;
    }

    private const ulong HashStart = 0x9E3779B97F4A7C15ul;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong HashChunk(ulong hash, ulong first, ulong second) =>
        (BitOperations.RotateLeft((hash ^ first) * 0xC2B2AE3D27D4EB4Ful, 31) ^ second) * 0x9E3779B185EBCA87ul;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int HashEnd(ulong hash, int length)
    {
        hash ^= (ulong)length;
        hash ^= hash >> 29;
        hash *= 0x165667B19E3779F9ul;
        hash ^= hash >> 32;
        return (int)hash & int.MaxValue;
    }
}
