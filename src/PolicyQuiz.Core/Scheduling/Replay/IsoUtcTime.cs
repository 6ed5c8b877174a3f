using System.Runtime.CompilerServices;

namespace PolicyQuiz.Core.Scheduling.Replay;

/// <summary>
/// ISO-8601 UTC times as the replay reads and writes them. Read: <c>YYYY-MM-DDTHH:MM[:SS[.fraction]]</c> followed by
/// <c>Z</c> or <c>+00:00</c>/<c>-00:00</c>; fractions beyond milliseconds are cut (as JavaScript's Date does).
/// Written: <c>YYYY-MM-DDTHH:MM:SS.mmmZ</c> (JavaScript's toISOString).
/// </summary>
internal static class IsoUtcTime
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParse(ReadOnlySpan<char> text, out long utcTicks)
    {
        utcTicks = 0;
        if (text.Length < 17
            || !TryDigits(text[..4], out var year) || text[4] != '-'
            || !TryDigits(text.Slice(5, 2), out var month) || text[7] != '-'
            || !TryDigits(text.Slice(8, 2), out var day) || (text[10] != 'T' && text[10] != 't')
            || !TryDigits(text.Slice(11, 2), out var hour) || text[13] != ':'
            || !TryDigits(text.Slice(14, 2), out var minute))
        {
            return false;
        }

        var rest = text[16..];
        var second = 0;
        var millisecond = 0;
        if (rest.Length > 0 && rest[0] == ':')
        {
            if (rest.Length < 3 || !TryDigits(rest.Slice(1, 2), out second))
            {
                return false;
            }

            rest = rest[3..];
            if (rest.Length > 0 && rest[0] == '.')
            {
                var digits = 0;
                rest = rest[1..];
                while (digits < rest.Length && char.IsAsciiDigit(rest[digits]))
                {
                    if (digits < 3)
                    {
                        millisecond = (millisecond * 10) + (rest[digits] - '0');
                    }

                    digits++;
                }

                if (digits == 0)
                {
                    return false;
                }

                for (var scale = digits; scale < 3; scale++)
                {
                    millisecond *= 10;
                }

                rest = rest[digits..];
            }
        }

        if (!(rest is "Z" or "z" or "+00:00" or "-00:00"))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        utcTicks = new DateTime(year, month, day, hour, minute, second, millisecond, DateTimeKind.Utc).Ticks;
        return true;
    }

    /// <summary>Writes the UTC time <paramref name="utcTicks"/> as <c>YYYY-MM-DDTHH:MM:SS.mmmZ</c> (24 characters) into <paramref name="destination"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Format(long utcTicks, Span<byte> destination)
    {
        var utc = new DateTime(utcTicks, DateTimeKind.Utc);
        var (year, month, day) = utc;
        var ticksOfDay = utc.TimeOfDay.Ticks;
        var millisecondOfDay = (int)(ticksOfDay / TimeSpan.TicksPerMillisecond);
        var hour = millisecondOfDay / 3_600_000;
        var minute = millisecondOfDay / 60_000 % 60;
        var second = millisecondOfDay / 1000 % 60;
        var millisecond = millisecondOfDay % 1000;
        Digits(destination[..4], year);
        destination[4] = (byte)'-';
        Digits(destination.Slice(5, 2), month);
        destination[7] = (byte)'-';
        Digits(destination.Slice(8, 2), day);
        destination[10] = (byte)'T';
        Digits(destination.Slice(11, 2), hour);
        destination[13] = (byte)':';
        Digits(destination.Slice(14, 2), minute);
        destination[16] = (byte)':';
        Digits(destination.Slice(17, 2), second);
        destination[19] = (byte)'.';
        Digits(destination.Slice(20, 3), millisecond);
        destination[23] = (byte)'Z';
        return 24;
    }

    private static void Digits(Span<byte> destination, int value)
    {
        for (var i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var ch in text)
        {
            if (!char.IsAsciiDigit(ch))
            {
                return false;
            }

            value = (value * 10) + (ch - '0');
        }

        return true;
    }
}
