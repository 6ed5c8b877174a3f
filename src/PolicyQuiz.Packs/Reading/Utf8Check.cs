using System.Text;

namespace PolicyQuiz.Packs.Reading;

/// <summary>Finds the first byte that breaks UTF-8.</summary>
internal static class Utf8Check
{
    /// <summary>The offset of the first invalid byte, or null when all of <paramref name="bytes"/> is valid UTF-8.</summary>
    public static int? FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return null;
        }

        var offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var used) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += used;
        }

        return null;
    }
}
