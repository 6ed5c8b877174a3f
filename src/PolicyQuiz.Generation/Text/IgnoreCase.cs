using System.Text;

namespace PolicyQuiz.Generation.Text;

/// <summary>
/// Ordinal case-insensitive search, quick when both texts are ASCII (the usual case). With invariant
/// globalisation the runtime's own ignore-case search compares one character at a time; for ASCII
/// text ASCII case folding gives exactly the same answer, so anything else goes to the runtime.
/// </summary>
internal static class IgnoreCase
{
    /// <summary>Longer texts are searched by the runtime (<see cref="IndexOf"/> folds on the stack).</summary>
    public const int MaxFolded = 512;

    /// <summary>Longer values are searched by the runtime (<see cref="Contains(string, ReadOnlySpan{char}, bool, string)"/> folds them on the stack).</summary>
    public const int MaxFoldedValue = 256;

    /// <summary>As <see cref="MemoryExtensions.ToLowerInvariant(ReadOnlySpan{char}, Span{char})"/>, quick for ASCII.</summary>
    public static void ToLowerInvariant(ReadOnlySpan<char> source, Span<char> destination)
    {
        if (Ascii.ToLower(source, destination, out _) != System.Buffers.OperationStatus.Done)
        {
            source.ToLowerInvariant(destination);
        }
    }

    public static bool Contains(string source, string value) => IndexOf(source, value) >= 0;

    /// <summary><paramref name="source"/> folded to lowercase for <see cref="Contains(string, string?, string)"/>, or null when it is not short ASCII.</summary>
    public static string? Fold(string source) => source.Length <= MaxFolded && Ascii.IsValid(source) ? source.ToLowerInvariant() : null;

    /// <summary>As <see cref="Fold(string)"/> into <paramref name="destination"/> (at least as long as the source): false when the source is not short ASCII.</summary>
    public static bool TryFold(string source, Span<char> destination) =>
        source.Length <= MaxFolded && Ascii.ToLower(source, destination, out _) == System.Buffers.OperationStatus.Done;

    /// <summary>As <see cref="Contains(string, string)"/> with the source folded once (<see cref="Fold"/>) for many searches in it.</summary>
    public static bool Contains(string source, string? folded, string value) => Contains(source, folded, folded is not null, value);

    /// <summary>As <see cref="Contains(string, string)"/> with the source folded once (<see cref="TryFold"/>, which returned <paramref name="isFolded"/>).</summary>
    public static bool Contains(string source, ReadOnlySpan<char> folded, bool isFolded, string value)
    {
        if (!isFolded || value.Length > MaxFoldedValue || !Ascii.IsValid(value))
        {
            return source.Contains(value, StringComparison.OrdinalIgnoreCase);
        }

        Span<char> lowerValue = stackalloc char[value.Length];
        Ascii.ToLower(value, lowerValue, out _);
        return folded.IndexOf(lowerValue) >= 0;
    }

    /// <summary>
    /// As <see cref="Contains(string, ReadOnlySpan{char}, bool, string)"/> with the value folded as well: <paramref name="foldedValue"/>
    /// is its ASCII lowercase form, or null when it is longer than <see cref="MaxFoldedValue"/> or not ASCII.
    /// </summary>
    public static bool Contains(string source, ReadOnlySpan<char> folded, bool isFolded, string value, string? foldedValue) =>
        isFolded && foldedValue is not null ? folded.IndexOf(foldedValue) >= 0 : source.Contains(value, StringComparison.OrdinalIgnoreCase);

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

        if (source.Length > MaxFolded || !Ascii.IsValid(value) || !Ascii.IsValid(source))
        {
            return source.IndexOf(value, StringComparison.OrdinalIgnoreCase);
        }

        // ASCII: both folded to lowercase, then the vectorised ordinal search
        Span<char> lowerSource = stackalloc char[source.Length];
        Ascii.ToLower(source, lowerSource, out _);
        Span<char> lowerValue = stackalloc char[value.Length];
        Ascii.ToLower(value, lowerValue, out _);
        return lowerSource.IndexOf(lowerValue);
    }
}
