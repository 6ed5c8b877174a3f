using System.Globalization;
using System.Text;

namespace PolicyQuiz.Core.Reports;

/// <summary>The class report as Markdown: a table of students (percentages), then the hardest questions of the class.</summary>
public static class ClassReportMarkdown
{
    public static string Write(ClassReport report, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(report);
        var b = new StringBuilder();
        b.Append("# Class report\n\n");
        b.Append(CultureInfo.InvariantCulture, $"{report.Students.Count} students, {report.PackIds.Count} packs; generated {ReportText.Minute(generatedAt)} UTC. ");
        b.Append("Accuracy: right answers (Hard or better) among all answers. True retention: right answers among reviews of questions already learned (cram excluded). ");
        b.Append("Mastery: share of a pack's questions with recall probability ≥ 90 % and stability ≥ 21 days.\n\n");
        b.Append("| Student | Answered | Accuracy | True retention | Last activity (UTC) |");
        foreach (var pack in report.PackIds)
        {
            b.Append(' ').Append(ReportText.MarkdownCell(pack)).Append(" mastery |");
        }

        b.Append("\n|---|---:|---:|---:|---|").Append(string.Concat(report.PackIds.Select(_ => "---:|"))).Append('\n');
        foreach (var s in report.Students)
        {
            b.Append("| ").Append(ReportText.MarkdownCell(s.Student))
                .Append(" | ").Append(s.Answered.ToString(CultureInfo.InvariantCulture))
                .Append(" | ").Append(Cell(s.Answered == 0 ? null : s.Accuracy))
                .Append(" | ").Append(Cell(s.TrueRetention))
                .Append(" | ").Append(s.LastActivity is null ? "–" : ReportText.Minute(s.LastActivity))
                .Append(" |");
            foreach (var pack in report.PackIds)
            {
                b.Append(' ').Append(Cell(s.MasteryByPack.TryGetValue(pack, out var m) ? m : null)).Append(" |");
            }

            b.Append('\n');
        }

        b.Append("\n## Hardest questions\n\n");
        if (report.Hardest.Count == 0)
        {
            b.Append("No question was answered wrong at least once in two or more attempts.\n");
            return b.ToString();
        }

        b.Append("| # | Pack | Question | Prompt | Right | Attempts | Students |\n|---:|---|---|---|---:|---:|---:|\n");
        var rank = 0;
        foreach (var q in report.Hardest)
        {
            rank++;
            b.Append(CultureInfo.InvariantCulture, $"| {rank} | {ReportText.MarkdownCell(q.Key.PackId)} | {ReportText.MarkdownCell(q.Key.QuestionId)} | {ReportText.MarkdownCell(q.Prompt)} | {Cell(q.RightShare)} | {q.Attempts} | {q.Students} |\n");
        }

        return b.ToString();
    }

    private static string Cell(double? share) => share is null ? "–" : ReportText.Percent(share) + " %";
}
