using System.Text;

namespace PolicyQuiz.Generation.Text;

/// <summary>
/// Ordinal case-insensitive search, quick when both texts are ASCII (the usual case). With invariant
/// globalisation the runtime's own ignore-case search compares one character at a time; for ASCII
/// text ASCII case folding gives exactly the same answer, so anything else goes to the runtime.
/// </summary>
internal static class IgnoreCase
{
    /// <summary>As <see cref="MemoryExtensions.ToLowerInvariant(ReadOnlySpan{char}, Span{char})"/>, quick for ASCII.</summary>
    public static void ToLowerInvariant(ReadOnlySpan<char> source, Span<char> destination)
    {
        if (Ascii.ToLower(source, destination, out _) != System.Buffers.OperationStatus.Done)
        {
            source.ToLowerInvariant(destination);
        }
    }

    public static bool Contains(string source, string value) => IndexOf(source, value) >= 0;

    public static int IndexOf(ReadOnlySpan<char> source, ReadOnlySpan<char> value)
    {
        if (value.Length == 0)
        {
            return 0;
        }

        if (value.Length > source.Length)
        {
            return -1;
        }

        if (!Ascii.IsValid(value) || !Ascii.IsValid(source))
        {
            return source.IndexOf(value, StringComparison.OrdinalIgnoreCase);
        }

        var first = value[0];
        char lower, upper;
        if (char.IsAsciiLetter(first))
        {
            lower = (char)(first | 0x20);
            upper = (char)(first & ~0x20);
        }
        else
        {
            lower = upper = first;
        }

        var last = source.Length - value.Length;
        var from = 0;
        while (from <= last)
        {
            var at = source[from..(last + 1)].IndexOfAny(lower, upper);
            if (at < 0)
            {
                return -1;
            }

            at += from;
            if (Ascii.EqualsIgnoreCase(source.Slice(at, value.Length), value))
            {
                return at;
            }

            from = at + 1;
        }

        return -1;
    }
}
