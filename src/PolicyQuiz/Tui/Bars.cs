namespace PolicyQuiz.Tui;

/// <summary>Bars drawn with block characters: a share as a meter, a count as a column of eighths.</summary>
internal static class Bars
{
    private static readonly char[] Eighths = [' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    private static readonly char[] Horizontal = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉', '█'];

    /// <summary>A horizontal meter of <paramref name="width"/> cells filled to <paramref name="share"/> (0-1), with an empty track.</summary>
    public static string Meter(double share, int width)
    {
        share = double.IsNaN(share) ? 0 : Math.Clamp(share, 0, 1);
        var eighths = (int)Math.Round(share * width * 8);
        var full = eighths / 8;
        var chars = new char[width];
        for (var i = 0; i < width; i++)
        {
            chars[i] = i < full ? '█' : i == full && eighths % 8 > 0 ? Horizontal[eighths % 8] : '·';
        }

        return new string(chars);
    }

    /// <summary>The character for row <paramref name="row"/> (0 = bottom) of a column <paramref name="value"/> high out of <paramref name="max"/> over <paramref name="rows"/> rows.</summary>
    public static char Column(int value, int max, int rows, int row)
    {
        if (max <= 0 || value <= 0)
        {
            return row == 0 ? '▁' : ' ';
        }

        var eighths = (int)Math.Ceiling((double)value / max * rows * 8);
        var filled = eighths - (row * 8);
        return filled <= 0 ? ' ' : Eighths[Math.Min(8, filled)];
    }
}
