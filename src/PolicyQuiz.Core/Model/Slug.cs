using System.Buffers;

namespace PolicyQuiz.Core.Model;

/// <summary>Ids of packs, sources and questions: lowercase ASCII letters and digits in hyphen-separated words.</summary>
public static class Slug
{
    private static readonly SearchValues<char> SlugCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");

    public static bool IsValid(string? text) => text is not null && IsValid(text.AsSpan());

    private static bool IsValid(ReadOnlySpan<char> text) =>
        !text.IsEmpty && text.Length <= 100 && text[0] != '-' && text[^1] != '-'
        && !text.ContainsAnyExcept(SlugCharacters) && !text.Contains("--", StringComparison.Ordinal);

    /// <summary>Turns any text into a slug ("Who proposed X?" → "who-proposed-x"), at most <paramref name="maxLength"/> characters.</summary>
    public static string From(string text, int maxLength = 60) => From(text, [], maxLength);

    /// <summary>
    /// The slug of <paramref name="first"/> and <paramref name="second"/> joined by a space (a source id and a prompt),
    /// without building the joined text: the same as <c>From(first + " " + second)</c>.
    /// </summary>
    public static string From(ReadOnlySpan<char> first, ReadOnlySpan<char> second, int maxLength = 60)
    {
        maxLength = Math.Max(maxLength, 0);
        var buffer = maxLength <= 128 ? stackalloc char[maxLength] : new char[maxLength];
        var length = 0;
        var pendingHyphen = false;
        bool room;
        if (first.Length <= buffer.Length && IsValid(first))
        {
            // already a slug that fits (a source id): its slug is itself, copied at once
            first.CopyTo(buffer);
            length = first.Length;
            room = true;
        }
        else
        {
            room = Append(first, buffer, ref length, ref pendingHyphen);
        }

        if (room && !second.IsEmpty)
        {
            // the space between the two
            pendingHyphen = true;
            Append(second, buffer, ref length, ref pendingHyphen);
        }

        return length == 0 ? "item" : new string(buffer[..length]);
    }

    /// <summary>Appends the slug of <paramref name="text"/>; false once the buffer is full (the rest is cut).</summary>
    private static bool Append(ReadOnlySpan<char> text, Span<char> buffer, ref int length, ref bool pendingHyphen)
    {
        foreach (var raw in text)
        {
            // fold by table: string.Normalize does nothing under invariant globalization (ASCII needs only its case folded)
            var c = raw < 128 ? (raw is >= 'A' and <= 'Z' ? (char)(raw + ('a' - 'A')) : raw) : char.ToLowerInvariant(Study.Diacritics.Fold(raw));
            if (c is >= 'a' and <= 'z' || c is >= '0' and <= '9')
            {
                if (pendingHyphen && length > 0)
                {
                    if (length + 1 >= buffer.Length)
                    {
                        return false;
                    }

                    buffer[length++] = '-';
                }

                if (length >= buffer.Length)
                {
                    return false;
                }

                buffer[length++] = c;
                pendingHyphen = false;
            }
            else if (raw < 128 || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(raw) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                pendingHyphen = true;
            }
        }

        return true;
    }
}
