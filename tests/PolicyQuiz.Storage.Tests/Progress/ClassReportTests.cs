using PolicyQuiz.Core.Reports;
using PolicyQuiz.Storage.Progress;
using PolicyQuiz.Storage.Tests.Study;

namespace PolicyQuiz.Storage.Tests.Progress;

public sealed class ClassReportTests : IDisposable
{
    private readonly StudyBank _bank = new();

    public void Dispose() => _bank.Dispose();

    private List<ProgressDocument> TwoStudents()
    {
        ProgressHistory.Study(_bank, days: 2);
        var bea = _bank.Bank.Profiles.GetOrCreate("bea");
        var session = new PolicyQuiz.Storage.Study.StudyService(_bank.Bank, bea).Start();
        var answered = 0;
        for (var item = session.Next(); item is not null && answered < 12; item = session.Next())
        {
            answered++;
            session.Submit(StudyBank.Wrong(item));
        }

        var export = new ProgressExport(_bank.Bank);
        return [export.Document(_bank.Profile, null, null), export.Document(bea, null, null)];
    }

    [Fact]
    public void There_is_one_row_per_student_and_one_mastery_column_per_pack()
    {
        var documents = TwoStudents();

        var csv = ClassReportCsv.Write(ClassReport.From(documents));

        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("student,answered,accuracy,true_retention,last_activity_utc,sample", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("ana," + documents[0].Totals.Answered + ",", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("bea," + documents[1].Totals.Answered + ",0.0,", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("\uFEFF", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void The_hardest_questions_are_those_answered_wrong_most_often()
    {
        var report = ClassReport.From(TwoStudents());

        Assert.NotEmpty(report.Hardest);
        Assert.Equal(report.Hardest.OrderBy(q => q.RightShare).Select(q => q.RightShare), report.Hardest.Select(q => q.RightShare));
        Assert.All(report.Hardest, q => Assert.True(q.Attempts >= 2 && q.Correct < q.Attempts));
        var markdown = ClassReportMarkdown.Write(report, StudyBank.Start);
        Assert.Contains("## Hardest questions", markdown, StringComparison.Ordinal);
        Assert.Contains("| 1 | sample | " + report.Hardest[0].Key.QuestionId, markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Student_names_that_look_like_formulas_are_defused_in_the_CSV()
    {
        var document = TwoStudents()[0] with { Profile = "=HYPERLINK(\"x\")" };

        var csv = ClassReportCsv.Write(ClassReport.From([document]));

        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\"", csv, StringComparison.Ordinal);
    }
}
