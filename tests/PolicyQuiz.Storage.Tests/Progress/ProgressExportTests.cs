using PolicyQuiz.Core.Reports;
using PolicyQuiz.Storage.Progress;
using PolicyQuiz.Storage.Tests.Study;

namespace PolicyQuiz.Storage.Tests.Progress;

public sealed class ProgressExportTests : IDisposable
{
    private readonly StudyBank _bank = new();

    public void Dispose() => _bank.Dispose();

    [Fact]
    public void The_CSV_has_the_contract_header_and_one_row_per_question_answered()
    {
        ProgressHistory.Study(_bank);

        var rows = new ProgressExport(_bank.Bank).Rows(null, null, null);
        var csv = ProgressCsv.Write(rows);

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("profile,pack,question_id,kind,type,attempts,correct,last_answered,state,stability,difficulty,retrievability,due", lines[0]);
        Assert.Equal(_bank.Count("SELECT count(DISTINCT question_id) FROM reviews"), rows.Count);
        Assert.Equal(ProgressHistory.Reviews(_bank), rows.Sum(r => r.Attempts));
        Assert.Equal(_bank.Count("SELECT count(*) FROM reviews WHERE rating > 1"), rows.Sum(r => r.Correct));
        Assert.All(rows, r => Assert.Equal("ana", r.Profile));
        Assert.All(rows, r => Assert.InRange(r.Retrievability!.Value, 0, 1));
        Assert.Equal(rows.Count + 1, lines.Length);
    }

    [Fact]
    public void The_CSV_rows_carry_the_cards_state_stability_difficulty_and_due()
    {
        ProgressHistory.Study(_bank);

        var row = new ProgressExport(_bank.Bank).Rows(_bank.Profile, null, null).First(r => r.QuestionId == "who-proposed");

        using var command = _bank.Bank.Connection.CreateCommand();
        command.CommandText = "SELECT stability, difficulty, due FROM cards WHERE question_id = 'who-proposed'";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(reader.GetDouble(0), row.Card!.Stability);
        Assert.Equal(reader.GetDouble(1), row.Card.Difficulty);
        Assert.Equal(reader.GetString(2), BankTime.Format(row.Card.Due));
    }

    [Fact]
    public void Filters_keep_one_pack_and_answers_from_a_time_on()
    {
        ProgressHistory.Study(_bank);
        var since = StudyBank.Start.AddDays(1);

        var export = new ProgressExport(_bank.Bank);
        var later = export.Rows(_bank.Profile, "sample", since);
        var none = export.Rows(_bank.Profile, "no-such-pack", null);

        Assert.Empty(none);
        Assert.Equal(_bank.Count("SELECT count(*) FROM reviews WHERE reviewed_at >= '2025-04-02T09:00:00.000Z'"), later.Sum(r => r.Attempts));
        Assert.All(later, r => Assert.True(r.LastAnswered >= since));
    }

    [Fact]
    public void The_document_summarises_each_pack_with_the_engines_mastery_and_scores()
    {
        ProgressHistory.Study(_bank, days: 2);

        var document = new ProgressExport(_bank.Bank).Document(_bank.Profile, null, null);

        var totals = _bank.Stats.Totals();
        Assert.Equal((totals.Answered, totals.Correct, totals.TrueRetention, totals.DayStreak), (document.Totals.Answered, document.Totals.Correct, document.Totals.TrueRetention, document.Totals.DayStreak));
        var pack = Assert.Single(document.Packs);
        var stats = Assert.Single(_bank.Stats.Packs());
        Assert.Equal((stats.Questions, stats.Studied, stats.Mastered), (pack.Questions, pack.Studied, pack.Mastered));
        Assert.Equal(document.Reviews.Count, pack.Answered);
        Assert.Equal(pack.Answered, pack.QuestionTallies.Sum(t => t.Attempts));
        Assert.Contains(pack.QuestionTallies, t => t.Prompt == "Who proposed cooperation on rare earths?");
        Assert.InRange(pack.BestStreak, 1, pack.Answered);
        Assert.Equal(ProgressHistory.Reviews(_bank), document.Reviews.Count);
    }

    [Fact]
    public void The_document_survives_JSON_unchanged()
    {
        ProgressHistory.Study(_bank);
        var document = new ProgressExport(_bank.Bank).Document(_bank.Profile, null, null);

        var read = ProgressJson.Read(ProgressJson.Write(document));

        Assert.Equal(document.Reviews, read.Reviews);
        Assert.Equal(document.Profile, read.Profile);
        Assert.Equal(document.Packs.Select(p => (p.PackId, p.Answered, p.Correct, p.Mastered)), read.Packs.Select(p => (p.PackId, p.Answered, p.Correct, p.Mastered)));
        Assert.Equal(ProgressJson.Write(document), ProgressJson.Write(read));
    }
}
