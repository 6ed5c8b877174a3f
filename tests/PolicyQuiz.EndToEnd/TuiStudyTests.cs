using Microsoft.Data.Sqlite;

namespace PolicyQuiz.EndToEnd;

/// <summary>The terminal study experience driven through tmux, as a student would use it.</summary>
public sealed class TuiStudyTests : IDisposable
{
    private static readonly string[] Kinds = ["Who?", "Where?", "When?", "What?", "Why?", "How?"];

    private readonly string _folder = Directory.CreateTempSubdirectory("policyquiz-tui-e2e-").FullName;

    private string Db => Path.Combine(_folder, "bank.db");

    [TuiTmuxFact]
    public void Five_answers_of_mixed_types_survive_kill_minus_nine_and_a_restart()
    {
        var prompts = new List<string>();
        using (var tmux = new TuiTmux(["--db", Db, "study"]))
        {
            for (var answered = 0; answered < 5; answered++)
            {
                var screen = tmux.WaitForSettled(
                    s => s.Contains($"Answered {answered} ·", StringComparison.Ordinal) && !s.Contains("Grade:", StringComparison.Ordinal),
                    $"question {answered + 1}");
                prompts.Add(PromptOf(screen));
                Answer(tmux, screen);
                tmux.WaitFor("Grade:");
                Assert.Matches("Correct|Wrong", tmux.Screen);
                tmux.Keys("Enter");
            }

            tmux.WaitFor(s => s.Contains("Answered 5 ·", StringComparison.Ordinal) && !s.Contains("Grade:", StringComparison.Ordinal), "the sixth question");
            Assert.True(tmux.ProgramPid > 0, "the program is running");
            tmux.Signal("KILL");

            tmux.WaitFor("EXIT=137");
        }

        var reviewed = ReviewedPrompts();
        Assert.Equal(5, reviewed.Count);
        foreach (var prompt in prompts)
        {
            Assert.Contains(reviewed, r => r.StartsWith(prompt, StringComparison.Ordinal));
        }

        Assert.True(ReviewedTypes().Count >= 2, "the five questions are of more than one type");

        using (var tmux = new TuiTmux(["--db", Db]))
        {
            var home = tmux.WaitFor("Day streak");
            Assert.Contains("Day streak 1", home, StringComparison.Ordinal);
            tmux.Keys("q");
            tmux.WaitFor("EXIT=0");
        }

        Assert.Equal(5, ReviewedPrompts().Count);
    }

    [TuiTmuxFact]
    public void Q_leaves_a_session_for_its_summary_with_Score_and_Accuracy_and_q_again_quits()
    {
        using var tmux = new TuiTmux(["--db", Db, "study"]);
        var screen = tmux.WaitForSettled(s => s.Contains("Answered 0 ·", StringComparison.Ordinal), "the first question");
        Answer(tmux, screen);
        tmux.WaitFor("Grade:");
        tmux.Keys("Enter");
        tmux.WaitFor(s => s.Contains("Answered 1 ·", StringComparison.Ordinal) && !s.Contains("Grade:", StringComparison.Ordinal), "the second question");

        tmux.Keys("Escape");
        var summary = tmux.WaitFor("Accuracy");

        Assert.Contains("Score", summary, StringComparison.Ordinal);
        Assert.Matches("Score +[01] / 1", summary);
        tmux.Keys("q");
        tmux.WaitFor("EXIT=0");
    }

    [TuiTmuxFact]
    public void Home_opens_on_a_fresh_bank_with_the_bundled_packs_and_help_lists_its_keys()
    {
        using var tmux = new TuiTmux(["--db", Db], 80, 24);
        var home = tmux.WaitFor("All packs");
        Assert.Contains("Mastery", home, StringComparison.Ordinal);

        tmux.Keys("?");
        var help = tmux.WaitFor("Keys on the Home screen");
        Assert.Contains("switch profile", help, StringComparison.Ordinal);

        tmux.Keys("Space");
        tmux.WaitFor("All packs");
        tmux.Keys("t");
        tmux.WaitFor("Due, next 30 days");
        tmux.Keys("Escape");
        tmux.WaitFor("All packs");
        tmux.Keys("q");
        tmux.WaitFor("EXIT=0");
    }

    [TuiTmuxFact]
    public void SIGTERM_stops_the_program_and_leaves_the_terminal_as_it_was()
    {
        using var tmux = new TuiTmux(["--db", Db]);
        tmux.WaitFor("All packs");
        Assert.Equal("1", tmux.Pane("alternate_on"));

        tmux.Signal("TERM");

        var screen = tmux.WaitFor("EXIT=");
        Assert.Contains("EXIT=143", screen, StringComparison.Ordinal);
        Assert.Equal("0", tmux.Pane("alternate_on"));
        Assert.Equal("1", tmux.Pane("cursor_flag"));
    }

    [TuiTmuxFact]
    public void SIGINT_stops_the_program_and_leaves_the_terminal_as_it_was()
    {
        using var tmux = new TuiTmux(["--db", Db, "study"]);
        tmux.WaitFor("Answered 0");

        tmux.Signal("INT");

        var screen = tmux.WaitFor("EXIT=");
        Assert.Contains("EXIT=130", screen, StringComparison.Ordinal);
        Assert.Equal("0", tmux.Pane("alternate_on"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    // Answers whatever is asked with keys that work for its type; right or wrong does not matter here.
    private static void Answer(TuiTmux tmux, string screen)
    {
        if (screen.Contains("Your answer:", StringComparison.Ordinal))
        {
            tmux.Type("Riyadh");
            tmux.Keys("Enter");
        }
        else if (screen.Contains("Tick every right option", StringComparison.Ordinal))
        {
            tmux.Keys("1", "2", "Enter");
        }
        else if (screen.Contains("Put these in order", StringComparison.Ordinal))
        {
            tmux.Keys("2", "[", "Enter");
        }
        else if (screen.Contains("Pair each item", StringComparison.Ordinal))
        {
            tmux.Keys("a", "b", "Enter");
        }
        else
        {
            tmux.Keys("1");
        }
    }

    // The first line of the prompt: the line after the one that starts with the kind label.
    private static string PromptOf(string screen)
    {
        var lines = screen.Split('\n').Select(l => l.Trim().Trim('│').Trim()).ToList();
        var kindLine = lines.FindIndex(l => Kinds.Any(k => l.StartsWith(k + "  ", StringComparison.Ordinal)));
        Assert.True(kindLine >= 0 && kindLine + 1 < lines.Count, "the question shows its kind:\n" + screen);
        return lines[kindLine + 1];
    }

    private List<string> ReviewedPrompts() => Query("SELECT q.prompt FROM reviews r JOIN questions q ON q.pack_id = r.pack_id AND q.id = r.question_id");

    private List<string> ReviewedTypes() => Query("SELECT DISTINCT q.type FROM reviews r JOIN questions q ON q.pack_id = r.pack_id AND q.id = r.question_id");

    private List<string> Query(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Db, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
