using System.Globalization;

namespace PolicyQuiz.Generation.Reading.Html;

/// <summary>
/// Reads the date of a page or feed item as written ("2025-04-20T10:00:00+04:00" is 20 April, the
/// publisher's own day; "Sun, 20 Apr 2025 06:00:00 GMT" likewise). Unreadable dates give null.
/// </summary>
internal static class PageDates
{
    private static readonly string[] Formats =
    [
        "d MMM yyyy", "d MMMM yyyy", "dd MMM yyyy", "MMMM d, yyyy", "MMM d, yyyy", "yyyy/MM/dd", "yyyyMMdd",
    ];

    public static DateOnly? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text.Trim();
        if (value.Length >= 10
            && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            return iso;
        }

        // RFC 822 as in RSS: optional day name, then "d MMM yyyy", then a time and zone we do not need
        var comma = value.IndexOf(',', StringComparison.Ordinal);
        var rest = comma is > 0 and <= 10 && char.IsAsciiLetter(value[0]) && !char.IsAsciiDigit(value[comma - 1]) ? value[(comma + 1)..].Trim() : value;
        var parts = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length >= 3)
        {
            var head = string.Join(' ', parts[..3]);
            if (DateOnly.TryParseExact(head, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }
        }

        if (DateOnly.TryParseExact(value, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var plain))
        {
            return plain;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var stamp)
            ? DateOnly.FromDateTime(stamp.DateTime)
            : null;
    }
}
