using System.Text;

namespace PolicyQuiz.Generation.Text;

/// <summary>
/// Ordinal case-insensitive search, quick when both texts are ASCII (the usual case). With invariant
/// globalisation the runtime's own ignore-case search compares one character at a time; for ASCII
/// text ASCII case folding gives exactly the same answer. Short text beyond ASCII is searched with
/// each character uppercased as the runtime compares it (<see cref="Uppercase"/>); text with
/// surrogates (whose pairs the runtime compares as one), and long text, go to the runtime.
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
            return IndexOfBeyondAscii(source, value) >= 0;
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
        isFolded && foldedValue is not null ? folded.IndexOf(foldedValue) >= 0 : IndexOfBeyondAscii(source, value) >= 0;

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
            return IndexOfBeyondAscii(source, value);
        }

        // ASCII: both folded to lowercase, then the vectorised ordinal search
        Span<char> lowerSource = stackalloc char[source.Length];
        Ascii.ToLower(source, lowerSource, out _);
        Span<char> lowerValue = stackalloc char[value.Length];
        Ascii.ToLower(value, lowerValue, out _);
        return lowerSource.IndexOf(lowerValue);
    }

    /// <summary>As the runtime's <see cref="StringComparison.OrdinalIgnoreCase"/> search, for texts not both ASCII.</summary>
    private static int IndexOfBeyondAscii(ReadOnlySpan<char> source, ReadOnlySpan<char> value)
    {
        if (source.Length > MaxFolded || value.Length > MaxFoldedValue || value.Length > source.Length || value.ContainsAnyInRange('\ud800', '\udfff'))
        {
            return source.IndexOf(value, StringComparison.OrdinalIgnoreCase);
        }

        Span<char> upperSource = stackalloc char[source.Length];
        Uppercase(source, upperSource);
        Span<char> upperValue = stackalloc char[value.Length];
        Uppercase(value, upperValue);
        return upperSource.IndexOf(upperValue);
    }

    /// <summary>
    /// Each character uppercased on its own (char.ToUpperInvariant, the invariant casing table): with invariant globalisation the
    /// runtime's ignore-case search takes two characters for the same when they are equal or their uppercase forms are, one
    /// character at a time except a surrogate pair in the value, so for a value without surrogates it finds what an ordinal search
    /// of the uppercased texts finds (a source surrogate uppercases to itself and matches no other character either way).
    /// </summary>
    private static void Uppercase(ReadOnlySpan<char> text, Span<char> upper)
    {
        for (var i = 0; i < text.Length; i++)
        {
            upper[i] = char.ToUpperInvariant(text[i]);
        }
    }
}
