using System.Globalization;
using System.Runtime.CompilerServices;

namespace PolicyQuiz.Core.Scheduling.Replay;

/// <summary>
/// Writes a number with exactly 6 decimals, rounded from its exact binary value to the nearest (JavaScript's
/// toFixed(6) and .NET's "F6" agree on that). Fast path: for 0 &lt;= x &lt; 100000, x * 10^6 is off by far less
/// than 0.001, so when its fraction is not within 0.001 of one half the nearest integer is certain; the rare
/// near-ties go through the exact "F6" formatter.
/// </summary>
internal static class SixDecimals
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Format(double value, Span<byte> destination)
    {
        if (value >= 0 && value < 100_000)
        {
            var scaled = value * 1_000_000;
            var whole = Math.Floor(scaled);
            var fraction = scaled - whole;
            if (Math.Abs(fraction - 0.5) > 0.001)
            {
                var micros = (long)whole + (fraction > 0.5 ? 1 : 0);
                return WriteMicros(micros, destination);
            }
        }

        if (!value.TryFormat(destination, out var written, "F6", CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException($"Cannot write {value} with 6 decimals.");
        }

        return written;
    }

    private static int WriteMicros(long micros, Span<byte> destination)
    {
        var integer = micros / 1_000_000;
        var fraction = (int)(micros % 1_000_000);
        var at = 0;
        Span<byte> digits = stackalloc byte[20];
        var count = 0;
        do
        {
            digits[count++] = (byte)('0' + (integer % 10));
            integer /= 10;
        }
        while (integer > 0);

        while (count > 0)
        {
            destination[at++] = digits[--count];
        }

        destination[at++] = (byte)'.';
        for (var i = 5; i >= 0; i--)
        {
            destination[at + i] = (byte)('0' + (fraction % 10));
            fraction /= 10;
        }

        return at + 6;
    }
}
