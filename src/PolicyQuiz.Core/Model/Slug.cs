using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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
    public static string From(ReadOnlySpan<char> first, ReadOnlySpan<char> second, int maxLength = 60) => From(first, firstIsSlug: false, second, maxLength);

    /// <summary>
    /// As <see cref="From(ReadOnlySpan{char}, ReadOnlySpan{char}, int)"/>, for a caller that joins many texts to one first part and
    /// has checked once that it is a slug (<see cref="IsValid(string?)"/>): <paramref name="firstIsSlug"/> skips that check.
    /// </summary>
    public static string From(ReadOnlySpan<char> first, bool firstIsSlug, ReadOnlySpan<char> second, int maxLength = 60)
    {
        maxLength = Math.Max(maxLength, 0);
        var buffer = maxLength <= 128 ? stackalloc char[maxLength] : new char[maxLength];
        var length = 0;
        var pendingHyphen = false;
        bool room;
        if (first.Length <= buffer.Length && (firstIsSlug || IsValid(first)))
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
        // ASCII (the usual text) by table, its counters in locals (through the refs they would be stored at every character);
        // the rest of a word eight characters at a time (WordRun); from the first other character on, as AppendAny
        var n = length;
        var hyphen = pendingHyphen;
        var ascii = AsciiSlug;
        var i = 0;
        while (i < text.Length)
        {
            var raw = text[i];
            if (raw >= 128)
            {
                length = n;
                pendingHyphen = hyphen;
                return AppendAny(text[i..], buffer, ref length, ref pendingHyphen);
            }

            // its case folded, or '\0' for anything but a letter or digit
            var c = ascii[raw];
            if (c == '\0')
            {
                hyphen = true;
                i++;
                continue;
            }

            if (hyphen && n > 0)
            {
                if (n + 1 >= buffer.Length)
                {
                    length = n;
                    return false;
                }

                buffer[n++] = '-';
            }

            if (n >= buffer.Length)
            {
                length = n;
                return false;
            }

            buffer[n++] = c;
            hyphen = false;
            i++;
            while (i + 8 <= text.Length && n + 8 <= buffer.Length)
            {
                var run = WordRun(text.Slice(i, 8), buffer.Slice(n, 8));
                i += run;
                n += run;
                if (run < 8)
                {
                    break;
                }
            }
        }

        length = n;
        pendingHyphen = hyphen;
        return true;
    }

    /// <summary>
    /// Writes the eight characters of <paramref name="text"/> into <paramref name="into"/> with ASCII letters lowercased, and returns
    /// how many of them, from the first, are ASCII letters or digits: those are what the table gives them (the rest is written
    /// over or cut later). A letter is a character whose form with 0x20 set is 'a' to 'z'.
    /// </summary>
    private static int WordRun(ReadOnlySpan<char> text, Span<char> into)
    {
        var v = Vector128.Create(MemoryMarshal.Cast<char, ushort>(text));
        var lower = v | Vector128.Create((ushort)0x20);
        var letter = Vector128.LessThanOrEqual(lower - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')));
        var digit = Vector128.LessThanOrEqual(v - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));
        Vector128.ConditionalSelect(letter, lower, v).CopyTo(MemoryMarshal.Cast<char, ushort>(into));
        return BitOperations.TrailingZeroCount(~(letter | digit).ExtractMostSignificantBits());
    }

    /// <summary>As <see cref="Append"/> for any text.</summary>
    private static bool AppendAny(ReadOnlySpan<char> text, Span<char> buffer, ref int length, ref bool pendingHyphen)
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

    /// <summary>Each ASCII character's slug character: a letter lowercased, a digit as it is, anything else '\0'.</summary>
    private static readonly char[] AsciiSlug = CreateAsciiSlug();

    private static char[] CreateAsciiSlug()
    {
        var table = new char[128];
        for (var c = '0'; c <= '9'; c++)
        {
            table[c] = c;
        }

        for (var c = 'a'; c <= 'z'; c++)
        {
            table[c] = c;
            table[c - ('a' - 'A')] = c;
        }

        return table;
    }
}
