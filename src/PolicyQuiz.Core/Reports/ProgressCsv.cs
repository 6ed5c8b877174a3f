using System.Globalization;
using System.Text;
using PolicyQuiz.Core.Model;
using PolicyQuiz.Core.Scheduling;

namespace PolicyQuiz.Core.Reports;

/// <summary>
/// One row of the progress CSV: a (profile, pack, question) that was answered, its answers and right
/// answers (in the selection), when last answered, and its FSRS card now (state, stability in days,
/// difficulty 1-10, retrievability now, due). A question answered only in cram mode has no card: state new.
/// </summary>
public sealed record ProgressRow(
    string Profile,
    string PackId,
    string QuestionId,
    QuestionKind Kind,
    QuestionType Type,
    int Attempts,
    int Correct,
    DateTimeOffset LastAnswered,
    FsrsCard? Card,
    double? Retrievability);

/// <summary>Writes progress rows as CSV under the fixed header (a contract: scripts read these columns by name).</summary>
public static class ProgressCsv
{
    public const string Header = "profile,pack,question_id,kind,type,attempts,correct,last_answered,state,stability,difficulty,retrievability,due";

    public static string Write(IEnumerable<ProgressRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var builder = new StringBuilder(Header).Append("\r\n");
        foreach (var row in rows)
        {
            var card = row.Card;
            ReportText.CsvRow(builder,
            [
                row.Profile,
                row.PackId,
                row.QuestionId,
                row.Kind.Name(),
                row.Type.Name(),
                row.Attempts.ToString(CultureInfo.InvariantCulture),
                row.Correct.ToString(CultureInfo.InvariantCulture),
                ProgressJson.Time(row.LastAnswered),
                StateName(card?.State ?? CardState.New),
                card is null ? string.Empty : ReportText.Number(card.Stability),
                card is null ? string.Empty : ReportText.Number(card.Difficulty),
                row.Retrievability is { } r ? ReportText.Number(r) : string.Empty,
                card is null ? string.Empty : ProgressJson.Time(card.Due),
            ]);
        }

        return builder.ToString();
    }

    public static string StateName(CardState state) => state switch
    {
        CardState.Learning => "learning",
        CardState.Review => "review",
        CardState.Relearning => "relearning",
        _ => "new",
    };
}
