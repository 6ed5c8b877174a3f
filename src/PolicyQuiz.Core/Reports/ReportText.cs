using System.Globalization;
using System.Text;

namespace PolicyQuiz.Core.Reports;

/// <summary>Cell formatting shared by the CSV and Markdown outputs: percentages, times, RFC 4180 quoting, Markdown escaping.</summary>
public static class ReportText
{
    /// <summary>A share in [0, 1] as a percentage with one decimal ("87.5"); empty for null.</summary>
    public static string Percent(double? share) =>
        share is { } value ? (value * 100).ToString("0.0", CultureInfo.InvariantCulture) : string.Empty;

    public static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>UTC time as "2025-03-24 10:15" (what spreadsheets read as a date and time); empty for null.</summary>
    public static string Minute(DateTimeOffset? time) =>
        time is { } value ? value.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>One CSV field: quoted when it holds a comma, quote or line break (quotes doubled); formula-looking text gets a leading apostrophe.</summary>
    public static string CsvField(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    public static void CsvRow(StringBuilder builder, IEnumerable<string> fields)
    {
        builder.AppendJoin(',', fields.Select(CsvField)).Append("\r\n");
    }

    /// <summary>Text safe in one Markdown table cell: pipes escaped, line breaks and control characters as spaces.</summary>
    public static string MarkdownCell(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == '|' || c == '\\' || c == '`' || c == '*' || c == '_' || c == '<' || c == '>' || c == '[' || c == ']')
            {
                builder.Append('\\').Append(c);
            }
            else if (char.IsControl(c))
            {
                builder.Append(' ');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }
}
