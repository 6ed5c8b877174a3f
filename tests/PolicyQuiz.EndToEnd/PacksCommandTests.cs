using PolicyQuiz.Packs;

namespace PolicyQuiz.EndToEnd;

public sealed class PacksCommandTests
{
    [Theory]
    [InlineData("packs")]
    [InlineData("packs validate")]
    [InlineData("packs import")]
    [InlineData("packs list")]
    [InlineData("packs show")]
    [InlineData("packs remove")]
    [InlineData("packs export")]
    public void Every_packs_command_has_help(string command)
    {
        var result = PolicyQuizProgram.Run([.. command.Split(' '), "--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_of_a_good_pack_prints_ok_and_a_summary_and_touches_no_bank()
    {
        using var work = new PacksWorkspace();
        var file = work.Write("small.yaml", PacksSamples.Small(version: 4));

        var result = work.RunWithoutDb("packs", "validate", file);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("ok", result.Output, StringComparison.Ordinal);
        Assert.Contains("small-test version 4: 3 questions, 1 source", result.Output, StringComparison.Ordinal);
        Assert.Equal("", result.Error);
        Assert.False(File.Exists(work.XdgBank));
    }

    [Fact]
    public void Validate_of_a_folder_checks_every_pack_in_it()
    {
        using var work = new PacksWorkspace();
        work.Write("packs/a.yaml", PacksSamples.Small());
        work.Write("packs/b.json", """
            {"pack": "json-test", "title": "J", "version": 2, "sources": [{"id": "s", "title": "S"}],
             "questions": [{"id": "q", "type": "truefalse", "kind": "what", "prompt": "Is it?", "answer": "true", "source": "s"}]}
            """);

        var result = work.Run("packs", "validate", work.PathOf("packs"));

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("small-test version 1", result.Output, StringComparison.Ordinal);
        Assert.Contains("json-test version 2", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_of_a_bad_pack_lists_every_problem_as_file_line_column_and_exits_two()
    {
        using var work = new PacksWorkspace();
        var file = work.Write("broken.yaml", PacksSamples.Broken);

        var result = work.Run("packs", "validate", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Matches($@"(?m)^{System.Text.RegularExpressions.Regex.Escape(file)}:9:\d+: ", result.Error);
        Assert.Matches($@"(?m)^{System.Text.RegularExpressions.Regex.Escape(file)}:17:\d+: ", result.Error);
        Assert.DoesNotContain("ok", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_of_a_missing_file_is_bad_input()
    {
        using var work = new PacksWorkspace();

        var result = work.Run("packs", "validate", work.PathOf("nowhere.yaml"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nowhere.yaml:1:1:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_list_show_remove_work_on_a_fresh_bank()
    {
        using var work = new PacksWorkspace();
        var file = work.Write("small.yaml", PacksSamples.Small());

        var import = work.Run("packs", "import", file);
        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Contains("imported small-test version 1: 3 questions, 1 source", import.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(work.Db));

        var list = work.Run("packs", "list");
        Assert.Equal(0, list.ExitCode);
        Assert.Matches(@"(?m)^ID\s+TITLE\s+VERSION\s+QUESTIONS\s+SOURCES$", list.Output);
        Assert.Matches(@"(?m)^small-test\s+Small test pack\s+1\s+3\s+1$", list.Output);

        var show = work.Run("packs", "show", "small-test");
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("who-proposed  [choice, who]", show.Output, StringComparison.Ordinal);
        Assert.Contains("Who proposed cooperation on rare earth minerals?", show.Output, StringComparison.Ordinal);
        Assert.Contains("answer: Vladimir Putin", show.Output, StringComparison.Ordinal);
        Assert.Contains("talks-public  [truefalse, what]", show.Output, StringComparison.Ordinal);

        var remove = work.Run("packs", "remove", "small-test");
        Assert.Equal(0, remove.ExitCode);
        Assert.DoesNotMatch(@"(?m)^small-test\s", work.Run("packs", "list").Output);
        Assert.Equal(2, work.Run("packs", "show", "small-test").ExitCode);
    }

    [Fact]
    public void Reimporting_the_same_pack_is_unchanged_and_succeeds()
    {
        using var work = new PacksWorkspace();
        var file = work.Write("small.yaml", PacksSamples.Small());
        work.Run("packs", "import", file);

        var again = work.Run("packs", "import", file);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("unchanged", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_version_with_other_content_is_refused_with_exit_two_unless_forced()
    {
        using var work = new PacksWorkspace();
        work.Run("packs", "import", work.Write("v1.yaml", PacksSamples.Small()));
        var before = work.Run("packs", "show", "small-test").Output;
        var edited = work.Write("v1-edited.yaml", PacksSamples.Small(title: "Edited title"));

        var refused = work.Run("packs", "import", edited);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("refused", refused.Error, StringComparison.Ordinal);
        Assert.Equal(before, work.Run("packs", "show", "small-test").Output);

        var forced = work.Run("packs", "import", edited, "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.Contains("Edited title", work.Run("packs", "show", "small-test").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_older_version_is_refused_and_a_newer_one_updates()
    {
        using var work = new PacksWorkspace();
        work.Run("packs", "import", work.Write("v2.yaml", PacksSamples.Small(version: 2)));

        var older = work.Run("packs", "import", work.Write("v1.yaml", PacksSamples.Small(version: 1)));
        Assert.Equal(2, older.ExitCode);
        Assert.Contains("older than version 2", older.Error, StringComparison.Ordinal);

        var extra = """
              - id: new-one
                type: choice
                kind: where
                prompt: Where will they meet?
                answer: Riyadh
                distractors: [Geneva, Istanbul, Doha]
                source: briefing
            """;
        var newer = work.Run("packs", "import", work.Write("v3.yaml", PacksSamples.Small(version: 3, extraQuestion: extra)));
        Assert.True(newer.ExitCode == 0, newer.Error);
        Assert.Contains("updated small-test version 2 to 3: 1 added", newer.Output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^small-test\s+Small test pack\s+3\s+4\s+1$", work.Run("packs", "list").Output);
    }

    [Fact]
    public void An_invalid_file_among_good_ones_is_not_stored_and_makes_the_exit_status_two()
    {
        using var work = new PacksWorkspace();
        var good = work.Write("good.yaml", PacksSamples.Small());
        var bad = work.Write("broken.yaml", PacksSamples.Broken);

        var result = work.Run("packs", "import", good, bad);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("broken.yaml: not imported", result.Error, StringComparison.Ordinal);
        var list = work.Run("packs", "list").Output;
        Assert.Contains("small-test", list, StringComparison.Ordinal);
        Assert.DoesNotContain("broken-test", list, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yaml")]
    [InlineData("json")]
    public void Export_writes_a_pack_that_reads_back_equal(string extension)
    {
        using var work = new PacksWorkspace();
        var file = work.Write("small.yaml", PacksSamples.Small());
        work.Run("packs", "import", file);
        var exported = work.PathOf("out/exported." + extension);
        Directory.CreateDirectory(work.PathOf("out"));

        var result = work.Run("packs", "export", "small-test", "-o", exported);

        Assert.True(result.ExitCode == 0, result.Error);
        var original = PackReader.ReadFile(file);
        var back = PackReader.ReadFile(exported);
        Assert.True(back.Ok, string.Join("\n", back.Diagnostics));
        Assert.Equal(original.Pack, back.Pack);
        Assert.Equal(0, work.Run("packs", "validate", exported).ExitCode);
    }

    [Fact]
    public void Export_to_an_unknown_extension_is_bad_input_and_writes_nothing()
    {
        using var work = new PacksWorkspace();
        work.Run("packs", "import", work.Write("small.yaml", PacksSamples.Small()));

        var result = work.Run("packs", "export", "small-test", "-o", work.PathOf("out.txt"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(".txt", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(work.PathOf("out.txt")));
    }

    [Theory]
    [InlineData("show")]
    [InlineData("remove")]
    [InlineData("export")]
    public void An_unknown_pack_id_is_bad_input(string command)
    {
        using var work = new PacksWorkspace();
        string[] args = command == "export"
            ? ["packs", command, "no-such-pack", "-o", work.PathOf("x.yaml")]
            : ["packs", command, "no-such-pack"];

        var result = work.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no pack 'no-such-pack'", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_strips_terminal_escapes_from_pack_text()
    {
        using var work = new PacksWorkspace();
        var import = work.Run("packs", "import", work.Write("esc.yaml", PacksSamples.WithEscapes));
        Assert.True(import.ExitCode == 0, import.Error);

        var show = work.Run("packs", "show", "escape-test");
        var list = work.Run("packs", "list");

        Assert.Equal(0, show.ExitCode);
        Assert.DoesNotContain('\u001b', show.Output);
        Assert.DoesNotContain('\u0007', show.Output);
        Assert.DoesNotContain('\u001b', list.Output);
        Assert.Contains("What is  this?", show.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_bank_is_a_clear_failure_without_a_stack_trace()
    {
        using var work = new PacksWorkspace();
        var notABank = work.Write("notes.db", "plain text notes that are certainly not an SQLite database file at all\n");

        var result = PolicyQuizProgram.Run(["packs", "list", "--db", notABank]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("notes.db", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bank_is_found_through_xdg_data_home_when_no_db_is_given()
    {
        using var work = new PacksWorkspace();

        var result = work.RunWithoutDb("packs", "import", work.Write("small.yaml", PacksSamples.Small()));

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.True(File.Exists(work.XdgBank));
    }
}
