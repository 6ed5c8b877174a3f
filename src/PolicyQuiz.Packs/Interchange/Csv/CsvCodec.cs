using System.Text;

namespace PolicyQuiz.Packs.Interchange.Csv;

/// <summary>
/// RFC 4180 CSV: fields separated by commas, records by line breaks (CRLF or LF), a field with a comma,
/// quote or line break is quoted and its quotes doubled. The reader reports unbalanced quotes with the
/// line and column where the quoted field began.
/// </summary>
public static class CsvCodec
{
    public static string Field(string value)
    {
        var needsQuotes = value.Length > 0 && (value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]));
        return needsQuotes ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>Formula-looking text (=, +, -, @ first) gets a leading apostrophe so a spreadsheet shows it rather than runs it.</summary>
    public static string SpreadsheetSafe(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' && !double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)
            ? "'" + value
            : value;

    public static void WriteRow(StringBuilder builder, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                builder.Append(',');
            }

            builder.Append(Field(field));
            first = false;
        }

        builder.Append("\r\n");
    }

    /// <summary>Reads every record; on an unbalanced quote or stray quote returns what it read so far and the problem.</summary>
    public static IReadOnlyList<CsvRow> Parse(string text, out (int Line, int Column, string Message)? problem)
    {
        problem = null;
        var rows = new List<CsvRow>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var column = 1;
        var rowLine = 1;
        var i = 0;
        var fieldStarted = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"' && field.Length == 0 && !fieldStarted)
            {
                var (quoteLine, quoteColumn) = (line, column);
                i++;
                column++;
                var closed = false;
                while (i < text.Length)
                {
                    var q = text[i];
                    if (q == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            column += 2;
                            continue;
                        }

                        i++;
                        column++;
                        closed = true;
                        break;
                    }

                    if (q == '\n')
                    {
                        line++;
                        column = 1;
                    }
                    else
                    {
                        column++;
                    }

                    field.Append(q);
                    i++;
                }

                if (!closed)
                {
                    problem = (quoteLine, quoteColumn, "unbalanced quotes: this quoted field is never closed");
                    return rows;
                }

                fieldStarted = true;
                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    problem = (line, column, "unexpected text after a closing quote (a quote inside a field is written \"\")");
                    return rows;
                }

                continue;
            }

            switch (c)
            {
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    fieldStarted = false;
                    i++;
                    column++;
                    break;
                case '\r' or '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    fieldStarted = false;
                    if (fields.Count > 1 || fields[0].Length > 0)
                    {
                        rows.Add(new CsvRow(rowLine, fields.ToArray()));
                    }

                    fields.Clear();
                    i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                    line++;
                    column = 1;
                    rowLine = line;
                    break;
                case '"':
                    problem = (line, column, "a quote inside an unquoted field (quote the whole field and double the quote)");
                    return rows;
                default:
                    field.Append(c);
                    fieldStarted = true;
                    i++;
                    column++;
                    break;
            }
        }

        if (field.Length > 0 || fields.Count > 0 || fieldStarted)
        {
            fields.Add(field.ToString());
            rows.Add(new CsvRow(rowLine, fields.ToArray()));
        }

        return rows;
    }
}
