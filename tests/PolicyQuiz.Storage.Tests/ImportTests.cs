using PolicyQuiz.Core.Model;
using PolicyQuiz.Storage.Tests.Support;

namespace PolicyQuiz.Storage.Tests;

public sealed class ImportTests
{
    [Fact]
    public void A_new_pack_is_imported_and_listed_with_its_counts()
    {
        using var bank = new TestBank();

        var result = bank.Packs.Import(SamplePacks.RareEarths());

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        Assert.Contains("7 questions, 2 sources", result.Message, StringComparison.Ordinal);
        var listed = Assert.Single(bank.Packs.List());
        Assert.Equal(new PackSummary("rare-earths", "US–Russia rare earth talks", 1, "en", 7, 2), listed);
    }

    [Fact]
    public void Get_returns_the_pack_exactly_as_imported()
    {
        using var bank = new TestBank();
        var pack = SamplePacks.RareEarths();
        bank.Packs.Import(pack);

        bank.Reopen();

        Assert.Equal(pack, bank.Packs.Get("rare-earths"));
        Assert.Null(bank.Packs.Get("no-such-pack"));
    }

    [Fact]
    public void Text_with_quotes_backslashes_and_any_unicode_round_trips()
    {
        using var bank = new TestBank();
        var pack = SamplePacks.RareEarths() with
        {
            Questions = EquatableList.From(SamplePacks.Choice(
                "odd-text", "What did \"he\" say \\ about 🚀 and <b>&amp;</b>?", "«Да» — yes\u2028line", "a\"b", "c\\d", "e\u0001f")),
        };

        bank.Packs.Import(pack);

        Assert.Equal(pack, bank.Packs.Get(pack.Id));
    }

    [Fact]
    public void Reimporting_the_same_version_and_content_is_an_unchanged_no_op()
    {
        using var bank = new TestBank();
        bank.Packs.Import(SamplePacks.RareEarths());
        var before = bank.Dump();
        bank.Time.Advance(TimeSpan.FromDays(1));

        var result = bank.Packs.Import(SamplePacks.RareEarths());

        Assert.Equal(ImportOutcome.Unchanged, result.Outcome);
        Assert.True(result.Succeeded);
        Assert.Equal(before, bank.Dump());
    }

    [Fact]
    public void Import_of_the_same_version_with_other_content_is_refused_and_changes_nothing()
    {
        using var bank = new TestBank();
        bank.Packs.Import(SamplePacks.RareEarths(version: 2));
        var before = bank.Dump();
        var edited = SamplePacks.RareEarths(version: 2) with { Title = "Another title" };

        var result = bank.Packs.Import(edited);

        Assert.Equal(ImportOutcome.Refused, result.Outcome);
        Assert.False(result.Succeeded);
        Assert.Contains("version 2", result.Message, StringComparison.Ordinal);
        Assert.Contains("other content", result.Message, StringComparison.Ordinal);
        Assert.Equal(before, bank.Dump());
    }

    [Fact]
    public void Import_of_an_older_version_is_refused_and_changes_nothing()
    {
        using var bank = new TestBank();
        bank.Packs.Import(SamplePacks.RareEarths(version: 3));
        var before = bank.Dump();

        var result = bank.Packs.Import(SamplePacks.RareEarths(version: 2));

        Assert.Equal(ImportOutcome.Refused, result.Outcome);
        Assert.Contains("older than version 3", result.Message, StringComparison.Ordinal);
        Assert.Equal(before, bank.Dump());
        Assert.Equal(3, bank.Packs.Get("rare-earths")!.Version);
    }

    [Fact]
    public void Force_imports_an_older_version_keeping_question_rows()
    {
        using var bank = new TestBank();
        bank.Packs.Import(SamplePacks.RareEarths(version: 3));
        var older = SamplePacks.RareEarths(version: 2) with { Title = "Older" };

        var result = bank.Packs.Import(older, force: true);

        Assert.Equal(ImportOutcome.Updated, result.Outcome);
        Assert.Equal(older, bank.Packs.Get("rare-earths"));
        Assert.Equal(7, bank.Scalar<int>("SELECT count(*) FROM questions"));
    }

    [Fact]
    public void Force_imports_the_same_version_with_other_content()
    {
        using var bank = new TestBank();
        bank.Packs.Import(SamplePacks.RareEarths());
        var edited = SamplePacks.RareEarths() with { Description = "Edited in place" };

        var result = bank.Packs.Import(edited, force: true);

        Assert.Equal(ImportOutcome.Updated, result.Outcome);
        Assert.Contains("forced", result.Message, StringComparison.Ordinal);
        Assert.Equal(edited, bank.Packs.Get("rare-earths"));
    }

    [Fact]
    public void A_newer_version_keeps_rows_marks_changed_answers_retires_removed_questions_and_adds_new_ones()
    {
        using var bank = new TestBank();
        bank.Packs.Import(SamplePacks.Numbered("news", 1, 4));
        bank.Time.Advance(TimeSpan.FromDays(7));
        var importedAt = BankTime.Format(bank.Time.Now);
        var v1 = SamplePacks.Numbered("news", 1, 4).Questions;
        var v2 = SamplePacks.Numbered("news", 2, 0) with
        {
            Questions = EquatableList.From(
                v1[0],                                                    // q1 kept as is
                v1[1] with { Answer = EquatableList.From<string>("New answer") }, // q2 answer changed
                v1[2] with { Explanation = "Only the explanation" },      // q3 edited, not changed
                SamplePacks.Choice("q5", "A new question?", "Yes")),      // q4 dropped, q5 new
        };

        var result = bank.Packs.Import(v2);

        Assert.Equal(ImportOutcome.Updated, result.Outcome);
        Assert.Equal(new ImportCounts(Added: 1, Changed: 1, Edited: 1, Retired: 1, Restored: 0, Total: 4), result.Counts);
        Assert.Equal(5, bank.Scalar<int>("SELECT count(*) FROM questions WHERE pack_id = 'news'"));
        Assert.Equal(importedAt, bank.Scalar<string>("SELECT retired_at FROM questions WHERE id = 'q4'"));
        Assert.Equal(importedAt, bank.Scalar<string>("SELECT changed_at FROM questions WHERE id = 'q2'"));
        Assert.Equal(0, bank.Scalar<int>("SELECT count(*) FROM questions WHERE changed_at IS NOT NULL AND id <> 'q2'"));
        Assert.Equal(v2, bank.Packs.Get("news"));
        Assert.Equal(4, Assert.Single(bank.Packs.List()).QuestionCount);
    }

    [Fact]
    public void A_changed_prompt_marks_the_question_changed()
    {
        using var bank = new TestBank();
        bank.Packs.Import(SamplePacks.Numbered("news", 1, 2));
        var v1 = SamplePacks.Numbered("news", 1, 2);
        var v2 = v1 with { Version = 2, Questions = EquatableList.From(v1.Questions[0] with { Prompt = "Reworded?" }, v1.Questions[1]) };

        var result = bank.Packs.Import(v2);

        Assert.Equal(1, result.Counts.Changed);
        Assert.Equal("q1", bank.Scalar<string>("SELECT id FROM questions WHERE changed_at IS NOT NULL"));
    }

    [Fact]
    public void A_changed_match_pair_marks_the_question_changed()
    {
        using var bank = new TestBank();
        var v1 = SamplePacks.RareEarths();
        bank.Packs.Import(v1);
        var match = v1.Questions.Single(q => q.Id == "who-said-what");
        var v2 = v1 with
        {
            Version = 2,
            Questions = v1.Questions.Select(q => q.Id == match.Id
                ? q with { Pairs = EquatableList.From(new MatchPair("Dmitriev", "Fund head"), new MatchPair("Putin", "President")) }
                : q).ToEquatableList(),
        };

        var result = bank.Packs.Import(v2);

        Assert.Equal(1, result.Counts.Changed);
        Assert.Equal("who-said-what", bank.Scalar<string>("SELECT id FROM questions WHERE changed_at IS NOT NULL"));
    }

    [Fact]
    public void A_question_that_comes_back_is_restored_with_its_row()
    {
        using var bank = new TestBank();
        bank.Packs.Import(SamplePacks.Numbered("news", 1, 3));
        bank.Packs.Import(SamplePacks.Numbered("news", 2, 2));
        Assert.Equal(1, bank.Scalar<int>("SELECT count(*) FROM questions WHERE retired_at IS NOT NULL"));

        var result = bank.Packs.Import(SamplePacks.Numbered("news", 3, 3));

        Assert.Equal(1, result.Counts.Restored);
        Assert.Equal(0, result.Counts.Added);
        Assert.Equal(0, bank.Scalar<int>("SELECT count(*) FROM questions WHERE retired_at IS NOT NULL"));
        Assert.Equal(SamplePacks.Numbered("news", 3, 3), bank.Packs.Get("news"));
    }

    [Fact]
    public void Progress_rows_that_reference_questions_survive_a_newer_version()
    {
        using var bank = new TestBank();
        bank.Packs.Import(SamplePacks.Numbered("news", 1, 3));
        bank.Execute("""
            CREATE TABLE test_progress (
                pack_id TEXT NOT NULL, question_id TEXT NOT NULL, reps INTEGER NOT NULL,
                FOREIGN KEY (pack_id, question_id) REFERENCES questions (pack_id, id)) STRICT;
            INSERT INTO test_progress VALUES ('news', 'q1', 5), ('news', 'q3', 2);
            """);

        var result = bank.Packs.Import(SamplePacks.Numbered("news", 2, 2));

        Assert.Equal(ImportOutcome.Updated, result.Outcome);
        Assert.Equal(2, bank.Scalar<int>("SELECT count(*) FROM test_progress p JOIN questions q ON q.pack_id = p.pack_id AND q.id = p.question_id"));
        Assert.Equal(1, bank.Scalar<int>("SELECT count(*) FROM test_progress p JOIN questions q ON q.pack_id = p.pack_id AND q.id = p.question_id WHERE q.retired_at IS NOT NULL"));
    }

    [Fact]
    public void Reordering_questions_is_an_update_without_changes()
    {
        using var bank = new TestBank();
        var v1 = SamplePacks.Numbered("news", 1, 3);
        bank.Packs.Import(v1);
        var v2 = v1 with { Version = 2, Questions = v1.Questions.Reverse().ToEquatableList() };

        var result = bank.Packs.Import(v2);

        Assert.Equal(new ImportCounts(0, 0, 0, 0, 0, 3), result.Counts);
        Assert.Equal(v2, bank.Packs.Get("news"));
    }

    [Fact]
    public void Sources_follow_the_newest_version()
    {
        using var bank = new TestBank();
        var v1 = SamplePacks.RareEarths();
        bank.Packs.Import(v1);
        var v2 = v1 with { Version = 2, Sources = EquatableList.From(v1.Sources[0] with { Title = "Renamed" }) };

        bank.Packs.Import(v2);

        Assert.Equal(v2.Sources, bank.Packs.Get("rare-earths")!.Sources);
        Assert.Equal(1, Assert.Single(bank.Packs.List()).SourceCount);
    }

    [Fact]
    public void A_failure_in_the_middle_of_an_import_stores_nothing()
    {
        using var bank = new TestBank();
        bank.Packs.Import(SamplePacks.Numbered("news", 1, 3));
        var before = bank.Dump();
        var v1 = SamplePacks.Numbered("news", 1, 3);
        // the same question id twice violates the primary key on the second insert, after other rows were written
        var broken = v1 with { Version = 2, Questions = EquatableList.From(SamplePacks.Choice("q9", "New?", "A"), v1.Questions[0], SamplePacks.Choice("q9", "Again?", "B")) };

        Assert.ThrowsAny<Exception>(() => bank.Packs.Import(broken));

        Assert.Equal(before, bank.Dump());
    }

    [Fact]
    public void Removing_a_pack_retires_it_and_keeps_its_rows()
    {
        using var bank = new TestBank();
        bank.Packs.Import(SamplePacks.RareEarths());

        Assert.True(bank.Packs.Remove("rare-earths"));

        Assert.Empty(bank.Packs.List());
        Assert.Null(bank.Packs.Get("rare-earths"));
        Assert.False(bank.Packs.Exists("rare-earths"));
        Assert.Equal(7, bank.Scalar<int>("SELECT count(*) FROM questions"));
        Assert.Equal(1, bank.Scalar<int>("SELECT count(*) FROM packs WHERE retired_at IS NOT NULL"));
        Assert.False(bank.Packs.Remove("rare-earths"));
        Assert.False(bank.Packs.Remove("no-such-pack"));
    }

    [Fact]
    public void Importing_a_removed_pack_again_restores_it()
    {
        using var bank = new TestBank();
        bank.Packs.Import(SamplePacks.RareEarths());
        bank.Packs.Remove("rare-earths");

        var result = bank.Packs.Import(SamplePacks.RareEarths());

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        Assert.Contains("restored", result.Message, StringComparison.Ordinal);
        Assert.Equal(SamplePacks.RareEarths(), bank.Packs.Get("rare-earths"));
    }

    [Fact]
    public void Bundled_seeding_imports_missing_packs_and_newer_versions_only()
    {
        using var bank = new TestBank();

        Assert.Equal(ImportOutcome.Imported, bank.Packs.ImportBundled(SamplePacks.Numbered("news", 2, 3)).Outcome);
        Assert.Equal(ImportOutcome.Skipped, bank.Packs.ImportBundled(SamplePacks.Numbered("news", 2, 3)).Outcome);
        Assert.Equal(ImportOutcome.Skipped, bank.Packs.ImportBundled(SamplePacks.Numbered("news", 1, 5)).Outcome);
        Assert.Equal(ImportOutcome.Updated, bank.Packs.ImportBundled(SamplePacks.Numbered("news", 3, 4)).Outcome);
        Assert.Equal(SamplePacks.Numbered("news", 3, 4), bank.Packs.Get("news"));
    }

    [Fact]
    public void Bundled_seeding_leaves_a_pack_the_user_removed_alone()
    {
        using var bank = new TestBank();
        bank.Packs.ImportBundled(SamplePacks.Numbered("news", 1, 3));
        bank.Packs.Remove("news");
        var before = bank.Dump();

        var result = bank.Packs.ImportBundled(SamplePacks.Numbered("news", 2, 3));

        Assert.Equal(ImportOutcome.Skipped, result.Outcome);
        Assert.Equal(before, bank.Dump());
    }
}
