using System.Globalization;
using System.Text;
using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Packs.Interchange.Csv;

/// <summary>
/// Writes a pack as CSV for spreadsheets: UTF-8 with a byte order mark (so spreadsheets pick UTF-8), CRLF,
/// RFC 4180 quoting, one question a row, lists joined with " | ", formula-looking cells prefixed with '.
/// </summary>
public static class CsvPackWriter
{
    public static string ToCsv(Pack pack, out IReadOnlyList<string> warnings)
    {
        var found = new List<string>();
        var builder = new StringBuilder();
        CsvCodec.WriteRow(builder, CsvPackColumns.All);
        foreach (var question in pack.Questions)
        {
            var source = pack.FindSource(question.Source);
            var answer = question.Type == QuestionType.Match
                ? question.Pairs.Select(p => p.Left + CsvPackColumns.PairArrow + p.Right)
                : question.Answer;
            var lists = answer.Concat(question.Accept).Concat(question.Distractors).Concat(question.Tags);
            if (lists.Any(item => item.Contains('|', StringComparison.Ordinal)))
            {
                found.Add($"question {question.Id}: an answer, option or tag holds '|', which CSV lists use as separator; it will read back split");
            }

            CsvCodec.WriteRow(builder, new[]
            {
                question.Id,
                question.Type.Name(),
                question.Kind.Name(),
                question.Prompt,
                string.Join(CsvPackColumns.ListSeparator, answer),
                string.Join(CsvPackColumns.ListSeparator, question.Accept),
                string.Join(CsvPackColumns.ListSeparator, question.Distractors),
                question.Explanation ?? string.Empty,
                question.Source ?? string.Empty,
                source?.Title ?? string.Empty,
                source?.Publisher ?? string.Empty,
                source?.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
                source?.Url ?? string.Empty,
                question.Evidence ?? string.Empty,
                string.Join(CsvPackColumns.ListSeparator, question.Tags),
            }.Select(CsvCodec.SpreadsheetSafe));
        }

        warnings = found;
        return "\uFEFF" + builder;
    }
}
