using System.Text;

namespace PolicyQuiz.Core.Reports;

/// <summary>
/// The class report as CSV: a UTF-8 byte order mark and CRLF lines so spreadsheets open it cleanly; one
/// row per student; the pack columns hold mastery in percent, so the file also imports into a Moodle
/// gradebook (map "student" to the username and each pack column to a grade item).
/// </summary>
public static class ClassReportCsv
{
    public static readonly IReadOnlyList<string> FixedColumns = ["student", "answered", "accuracy", "true_retention", "last_activity_utc"];

    public static string Write(ClassReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var builder = new StringBuilder("\uFEFF");
        ReportText.CsvRow(builder, FixedColumns.Concat(report.PackIds));
        foreach (var student in report.Students)
        {
            ReportText.CsvRow(builder, new[]
            {
                student.Student,
                student.Answered.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ReportText.Percent(student.Answered == 0 ? null : student.Accuracy),
                ReportText.Percent(student.TrueRetention),
                ReportText.Minute(student.LastActivity),
            }.Concat(report.PackIds.Select(id => ReportText.Percent(student.MasteryByPack.TryGetValue(id, out var mastery) ? mastery : null))));
        }

        return builder.ToString();
    }
}
