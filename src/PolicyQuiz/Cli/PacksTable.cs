using System.Text;

namespace PolicyQuiz.Cli;

/// <summary>Plain text columns for `packs list`: a header row, then one row per item, padded to the widest cell.</summary>
internal static class PacksTable
{
    public static string Format(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlySet<int> rightAligned)
    {
        var widths = header.Select(h => h.Length).ToArray();
        foreach (var row in rows)
        {
            for (var i = 0; i < widths.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        var text = new StringBuilder();
        foreach (var row in rows.Prepend(header))
        {
            var line = new StringBuilder();
            for (var i = 0; i < widths.Length; i++)
            {
                var cell = rightAligned.Contains(i) ? row[i].PadLeft(widths[i]) : row[i].PadRight(widths[i]);
                line.Append(cell);
                if (i < widths.Length - 1)
                {
                    line.Append("  ");
                }
            }

            text.Append(line.ToString().TrimEnd()).Append('\n');
        }

        return text.ToString();
    }
}
