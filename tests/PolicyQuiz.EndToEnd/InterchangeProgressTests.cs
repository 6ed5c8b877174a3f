namespace PolicyQuiz.EndToEnd;

/// <summary>`progress export`, `progress import` and `report` run as the built program on real bank files.</summary>
public sealed class InterchangeProgressTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pq-e2e-interchange-" + Guid.NewGuid().ToString("N"));

    public InterchangeProgressTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string FilePath(string name) => Path.Combine(_folder, name);

    private ProgramResult Run(string bank, params string[] args) => PolicyQuizProgram.Run(["--db", FilePath(bank), .. args]);

    /// <summary>A progress file for one answer to a question of the bundled rare-earths pack, written by hand from docs/interchange.md.</summary>
    private string HandWrittenProgress(string name, string profile = "dana", int version = 1)
    {
        var json = $$"""
            {
              "format": "policyquiz-progress",
              "version": {{version}},
              "profile": "{{profile}}",
              "exported_at": "2025-04-02T10:00:00.000Z",
              "selection": { "pack": null, "since": null },
              "totals": { "answered": 1, "correct": 1, "accuracy": 1, "true_retention": null, "retention_answers": 0,
                          "day_streak": 1, "days_studied": 1, "time_spent_seconds": 12, "last_activity": "2025-04-01T09:00:00.000Z" },
              "packs": [ { "pack": "us-russia-rare-earths", "title": "Rare earths", "questions": 34, "studied": 1, "mastered": 0, "mastery": 0,
                           "answered": 1, "correct": 1, "accuracy": 1, "true_retention": null, "streak": 1, "best_streak": 1,
                           "last_activity": "2025-04-01T09:00:00.000Z",
                           "questions_answered": [ { "question": "who-announced-rare-earth-talks", "prompt": "Who announced the talks?", "attempts": 1, "correct": 1 } ] } ],
              "reviews": [ {
                "id": "us-russia-rare-earths/who-announced-rare-earth-talks@2025-04-01T09:00:00.000Z",
                "pack": "us-russia-rare-earths", "question": "who-announced-rare-earth-talks", "type": "choice", "kind": "who",
                "reviewed_at": "2025-04-01T09:00:00.000Z", "rating": 3, "suggested_rating": 3, "verdict": "correct", "credit": 1,
                "answer": "Kirill Dmitriev", "duration_ms": 12000, "cram": false, "made_leech": false,
                "before": { "state": 0, "due": "2025-04-01T09:00:00.000Z", "stability": 0, "difficulty": 0, "elapsed_days": 0,
                            "scheduled_days": 0, "learning_steps": 0, "reps": 0, "lapses": 0, "last_review": null },
                "after": { "state": 1, "due": "2025-04-01T09:10:00.000Z", "stability": 2.3065, "difficulty": 2.1181, "elapsed_days": 0,
                           "scheduled_days": 0, "learning_steps": 1, "reps": 1, "lapses": 0, "last_review": "2025-04-01T09:00:00.000Z" }
              } ]
            }
            """;
        var path = FilePath(name);
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void A_progress_file_merges_into_a_bank_once_and_shows_in_the_CSV_export()
    {
        var progress = HandWrittenProgress("dana.json");

        var first = Run("school.db", "progress", "import", progress);
        var second = Run("school.db", "progress", "import", progress);
        var export = Run("school.db", "progress", "export", "-o", FilePath("school.csv"));

        Assert.Equal((0, ""), (first.ExitCode, first.Error.Trim()));
        Assert.Contains("merged 1 answers into profile dana (0 already present)", first.Output, StringComparison.Ordinal);
        Assert.Contains("merged 0 answers into profile dana (1 already present)", second.Output, StringComparison.Ordinal);
        Assert.Equal(0, export.ExitCode);
        var lines = File.ReadAllLines(FilePath("school.csv"));
        Assert.Equal("profile,pack,question_id,kind,type,attempts,correct,last_answered,state,stability,difficulty,retrievability,due", lines[0]);
        var row = Assert.Single(lines.Skip(1));
        Assert.StartsWith("dana,us-russia-rare-earths,who-announced-rare-earth-talks,who,choice,1,1,2025-04-01T09:00:00.000Z,learning,", row, StringComparison.Ordinal);
    }

    [Fact]
    public void The_JSON_export_of_one_bank_imports_into_another_under_the_same_profile()
    {
        Assert.Equal(0, Run("home.db", "progress", "import", HandWrittenProgress("dana.json")).ExitCode);

        var export = Run("home.db", "--profile", "dana", "progress", "export", "-o", FilePath("dana-home.json"));
        var import = Run("school.db", "progress", "import", FilePath("dana-home.json"));
        var back = Run("school.db", "--profile", "dana", "progress", "export", "-o", FilePath("dana-school.json"), "--pack", "us-russia-rare-earths");

        Assert.Equal((0, 0, 0), (export.ExitCode, import.ExitCode, back.ExitCode));
        var json = File.ReadAllText(FilePath("dana-school.json"));
        Assert.Contains("\"format\": \"policyquiz-progress\"", json, StringComparison.Ordinal);
        Assert.Contains("\"id\": \"us-russia-rare-earths/who-announced-rare-earth-talks@2025-04-01T09:00:00.000Z\"", json, StringComparison.Ordinal);
        Assert.Contains("\"profile\": \"dana\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_progress_file_is_refused_with_its_position_and_the_bank_keeps_nothing()
    {
        var whole = File.ReadAllText(HandWrittenProgress("whole.json"));
        var truncated = FilePath("truncated.json");
        File.WriteAllText(truncated, whole[..(whole.Length * 2 / 3)]);

        var result = Run("school.db", "progress", "import", truncated);
        var export = Run("school.db", "progress", "export", "-o", FilePath("after.csv"));

        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"truncated\.json:\d+:\d+: not valid JSON", result.Error);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Single(File.ReadAllLines(FilePath("after.csv")));
    }

    [Fact]
    public void A_progress_file_from_a_newer_version_is_refused()
    {
        var result = Run("school.db", "progress", "import", HandWrittenProgress("future.json", version: 2));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("version 2, newer than this program reads (1)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_for_a_pack_the_bank_lacks_is_refused_without_writing()
    {
        var path = HandWrittenProgress("other.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("us-russia-rare-earths", "unknown-pack", StringComparison.Ordinal));

        var result = Run("school.db", "progress", "import", path);
        var export = Run("school.db", "progress", "export", "-o", FilePath("after.csv"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("pack 'unknown-pack'", result.Error, StringComparison.Ordinal);
        Assert.Single(File.ReadAllLines(FilePath("after.csv")));
    }

    [Fact]
    public void Export_refuses_an_unknown_extension_or_date()
    {
        var extension = Run("school.db", "progress", "export", "-o", FilePath("p.txt"));
        var date = Run("school.db", "progress", "export", "-o", FilePath("p.csv"), "--since", "last week");

        Assert.Equal((2, 2), (extension.ExitCode, date.ExitCode));
        Assert.Contains("use .csv or .json", extension.Error, StringComparison.Ordinal);
        Assert.Contains("--since 'last week' is not a date", date.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_class_report_has_a_row_per_student_as_CSV_and_the_hardest_questions_as_Markdown()
    {
        var dana = HandWrittenProgress("dana.json");
        var eli = FilePath("eli.json");
        File.WriteAllText(eli, File.ReadAllText(dana)
            .Replace("\"profile\": \"dana\"", "\"profile\": \"eli\"", StringComparison.Ordinal)
            .Replace("\"attempts\": 1, \"correct\": 1", "\"attempts\": 3, \"correct\": 0", StringComparison.Ordinal));

        var csv = PolicyQuizProgram.Run(["report", dana, eli, "-o", FilePath("class.csv")]);
        var markdown = PolicyQuizProgram.Run(["report", dana, eli, "-o", FilePath("class.md")]);

        Assert.Equal((0, 0), (csv.ExitCode, markdown.ExitCode));
        var lines = File.ReadAllLines(FilePath("class.csv"));
        Assert.Equal([0xEF, 0xBB, 0xBF], File.ReadAllBytes(FilePath("class.csv"))[..3]);
        Assert.Equal("student,answered,accuracy,true_retention,last_activity_utc,us-russia-rare-earths", lines[0]);
        Assert.Equal(["dana,1,100.0,,2025-04-01 09:00,0.0", "eli,1,100.0,,2025-04-01 09:00,0.0"], lines.Skip(1));
        var report = File.ReadAllText(FilePath("class.md"));
        Assert.Contains("| 1 | us-russia-rare-earths | who-announced-rare-earth-talks | Who announced the talks? | 25.0 % | 4 | 2 |", report, StringComparison.Ordinal);
    }

    [Fact]
    public void A_class_report_with_one_damaged_file_writes_nothing()
    {
        var dana = HandWrittenProgress("dana.json");
        var broken = FilePath("broken.json");
        File.WriteAllText(broken, "{ \"format\": \"policyquiz-progress\", ");

        var result = PolicyQuizProgram.Run(["report", dana, broken, "-o", FilePath("class.csv")]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("broken.json:1:", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(FilePath("class.csv")));
    }
}
