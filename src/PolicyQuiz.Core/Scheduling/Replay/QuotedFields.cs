using System.Text;

namespace PolicyQuiz.Core.Scheduling.Replay;

/// <summary>Splits one CSV line that has quotes (RFC 4180: "a ""b""" is a field a "b"), keeping each field's raw text too.</summary>
internal static class QuotedFields
{
    public static bool TrySplit(ReadOnlySpan<char> line, out List<(string Raw, string Value)> fields, out string problem)
    {
        fields = [];
        problem = string.Empty;
        var position = 0;
        while (true)
        {
            var start = position;
            var value = new StringBuilder();
            if (position < line.Length && line[position] == '"')
            {
                position++;
                while (true)
                {
                    if (position >= line.Length)
                    {
                        problem = $"a quoted field is not closed (field {fields.Count + 1})";
                        return false;
                    }

                    if (line[position] == '"')
                    {
                        if (position + 1 < line.Length && line[position + 1] == '"')
                        {
                            value.Append('"');
                            position += 2;
                            continue;
                        }

                        position++;
                        break;
                    }

                    value.Append(line[position++]);
                }

                if (position < line.Length && line[position] != ',')
                {
                    problem = $"text after the closing quote of field {fields.Count + 1}";
                    return false;
                }
            }
            else
            {
                while (position < line.Length && line[position] != ',')
                {
                    if (line[position] == '"')
                    {
                        problem = $"a quote inside unquoted field {fields.Count + 1}";
                        return false;
                    }

                    value.Append(line[position++]);
                }
            }

            fields.Add((line[start..position].ToString(), value.ToString()));
            if (position >= line.Length)
            {
                return true;
            }

            position++; // the comma
        }
    }
}
