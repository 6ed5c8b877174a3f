using System.Globalization;
using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Packs.Interchange.Csv;

/// <summary>
/// Reads a pack from CSV (see <see cref="CsvPackColumns"/>): the header names the columns in any order
/// (type, prompt and answer required, unknown names refused); the pack id is the file name's slug.
/// </summary>
public static class CsvPackReader
{
    public static PackReadResult ReadFile(string path)
    {
        var text = InterchangeFile.ReadText(path, out var problem);
        return text is null ? new PackReadResult(null, [problem!]) : Read(text, path);
    }

    public static PackReadResult Read(string text, string path)
    {
        var diagnostics = new DiagnosticList(path);
        var rows = CsvCodec.Parse(text, out var syntax);
        if (syntax is { } error)
        {
            diagnostics.Add(error.Line, error.Column, error.Message);
            return diagnostics.Failed();
        }

        if (rows.Count == 0)
        {
            diagnostics.Add(1, 1, "the file is empty: the first row must name the columns (" + string.Join(",", CsvPackColumns.All) + ")");
            return diagnostics.Failed();
        }

        var header = rows[0];
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < header.Fields.Count; index++)
        {
            var name = header.Fields[index].Trim().ToLowerInvariant();
            if (name.Length == 0 && index == header.Fields.Count - 1)
            {
                continue;
            }

            if (!CsvPackColumns.All.Contains(name))
            {
                diagnostics.Add(header.Line, 1, $"unknown column '{header.Fields[index]}' (columns: {string.Join(", ", CsvPackColumns.All)})");
            }
            else if (!columns.TryAdd(name, index))
            {
                diagnostics.Add(header.Line, 1, $"column '{name}' appears twice");
            }
        }

        foreach (var missing in CsvPackColumns.Required.Where(c => !columns.ContainsKey(c)))
        {
            diagnostics.Add(header.Line, 1, $"missing column '{missing}' (required: {string.Join(", ", CsvPackColumns.Required)})");
        }

        if (diagnostics.Count > 0)
        {
            return diagnostics.Failed();
        }

        var ids = new StableIds();
        var questions = new List<Question>();
        var lines = new List<int>();
        var sources = new List<Source>();
        foreach (var row in rows.Skip(1))
        {
            if (row.Fields.Count < header.Fields.Count || row.Fields.Skip(header.Fields.Count).Any(f => f.Length > 0))
            {
                diagnostics.Add(row.Line, 1, $"this row has {row.Fields.Count} fields but the header names {header.Fields.Count} columns");
                continue;
            }

            string Cell(string name) => columns.TryGetValue(name, out var at) ? Unsafe(row.Fields[at]).Trim() : string.Empty;
            IEnumerable<string> List(string name) => Cell(name).Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            string? Optional(string name) => Cell(name) is { Length: > 0 } value ? value : null;

            if (!QuestionNames.TryParseType(Cell("type").ToLowerInvariant(), out var type))
            {
                diagnostics.Add(row.Line, 1, $"column 'type': '{Cell("type")}' is not one of choice, multi, truefalse, short, cloze, order, match");
                continue;
            }

            var prompt = Cell("prompt");
            QuestionKind kind;
            if (Optional("kind") is { } kindText)
            {
                if (!QuestionNames.TryParseKind(kindText.ToLowerInvariant(), out kind))
                {
                    diagnostics.Add(row.Line, 1, $"column 'kind': '{kindText}' is not one of who, where, when, what, why, how");
                    continue;
                }
            }
            else
            {
                kind = KindGuess.FromPrompt(prompt);
            }

            var answer = List("answer").ToList();
            var pairs = new List<MatchPair>();
            if (type == QuestionType.Match)
            {
                foreach (var item in answer)
                {
                    var arrow = item.IndexOf("->", StringComparison.Ordinal);
                    if (arrow < 0)
                    {
                        diagnostics.Add(row.Line, 1, $"column 'answer': match pairs are written 'left -> right | left -> right'; '{item}' has no ->");
                        break;
                    }

                    pairs.Add(new MatchPair(item[..arrow].Trim(), item[(arrow + 2)..].Trim()));
                }

                answer.Clear();
            }
            else if (type == QuestionType.TrueFalse)
            {
                answer = answer.Select(a => a.ToLowerInvariant()).ToList();
            }

            var sourceId = Optional("source");
            if (sourceId is not null && !sources.Exists(s => s.Id == sourceId))
            {
                DateOnly? published = null;
                if (Optional("source_published") is { } date)
                {
                    if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                    {
                        published = parsed;
                    }
                    else
                    {
                        diagnostics.Add(row.Line, 1, $"column 'source_published': '{date}' is not a date written YYYY-MM-DD");
                    }
                }

                sources.Add(new Source(sourceId, Optional("source_title") ?? sourceId, Optional("source_publisher"), published, Optional("source_url")));
            }

            lines.Add(row.Line);
            questions.Add(new Question
            {
                Id = ids.Next(Optional("id"), prompt),
                Type = type,
                Kind = kind,
                Prompt = prompt,
                Answer = answer.ToEquatableList(),
                Pairs = pairs.ToEquatableList(),
                Accept = List("accept").ToEquatableList(),
                Distractors = List("distractors").ToEquatableList(),
                Explanation = Optional("explanation"),
                Source = sourceId,
                Evidence = Optional("evidence"),
                Tags = List("tags").ToEquatableList(),
            });
        }

        var meta = new PackMeta(null, null, null, null, null, sources, [], null);
        return PackAssembly.Finish(diagnostics, meta, path, questions, lines, null);
    }

    /// <summary>Undoes the apostrophe the writer puts before formula-looking cells.</summary>
    private static string Unsafe(string cell) =>
        cell.Length > 1 && cell[0] == '\'' && cell[1] is '=' or '+' or '-' or '@' ? cell[1..] : cell;
}
