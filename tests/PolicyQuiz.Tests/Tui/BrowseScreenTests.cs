using PolicyQuiz.Core.Study;
using PolicyQuiz.Tui;
using Terminal.Gui.Input;

namespace PolicyQuiz.Tests.Tui;

public sealed class BrowseScreenTests
{
    private static TuiHarness Open(StudyBank bank) =>
        new(nav => new BrowseScreen(nav, new StudyContext(bank.Bank, bank.Profile)));

    [Fact]
    public void Browse_lists_every_question_and_a_search_narrows_it()
    {
        using var bank = new StudyBank();
        using var tui = Open(bank);
        Assert.Contains("6 questions", tui.Text, StringComparison.Ordinal);

        tui.Type("/");
        tui.Type("kind:where");
        tui.Press(Key.Enter);

        var text = tui.Text;
        Assert.Contains("2 questions", text, StringComparison.Ordinal);
        Assert.Contains("Which cities hosted rounds of talks?", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Who led the US delegation?", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Free_text_search_finds_prompts_and_evidence()
    {
        using var bank = new StudyBank();
        using var tui = Open(bank);

        tui.Type("/delegation");
        tui.Press(Key.Enter);

        var text = tui.Text;
        Assert.Contains("2 questions", text, StringComparison.Ordinal);
        Assert.Contains("Who led the US delegation?", text, StringComparison.Ordinal);
        Assert.Contains("Match each person with a role.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Which cities", text, StringComparison.Ordinal);
        Assert.Contains("Answer: Marco Rubio", text, StringComparison.Ordinal);
    }

    [Fact]
    public void S_suspends_the_chosen_question_so_sessions_skip_it_and_s_again_unsuspends()
    {
        using var bank = new StudyBank();
        using var tui = Open(bank);

        tui.Press(Key.S);
        Assert.Contains("suspended: it will not be asked", tui.Text, StringComparison.Ordinal);
        var session = bank.Start();
        Assert.NotEqual("who-led", session.Next()!.Key.QuestionId);

        tui.Press(Key.S);
        Assert.Contains("unsuspended", tui.Text, StringComparison.Ordinal);
        Assert.Equal("who-led", bank.Start().Next()!.Key.QuestionId);
    }

    [Fact]
    public void Enter_shows_the_history_of_the_chosen_question()
    {
        using var bank = new StudyBank();
        var session = bank.Start();
        var item = session.Next()!;
        session.Submit(item.Pick(item.Options.ToList().IndexOf("Sergey Lavrov")));
        using var tui = Open(bank);

        tui.Press(Key.Enter);
        var text = tui.Text;

        Assert.Contains("Who led the US delegation?", text, StringComparison.Ordinal);
        Assert.Contains("Answers, newest first", text, StringComparison.Ordinal);
        Assert.Contains("wrong", text, StringComparison.Ordinal);
        Assert.Contains("Sergey Lavrov", text, StringComparison.Ordinal);
        Assert.Contains("Learning", text, StringComparison.Ordinal);

        tui.Press(Key.Esc);
        Assert.Contains("6 questions", tui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_words_become_a_query()
    {
        var query = BrowseSearch.Parse("pack:talks tag:russia kind:WHO type:multi riyadh meeting suspended");

        Assert.Equal("talks", query.PackId);
        Assert.Equal("russia", query.Tag);
        Assert.Equal(Core.Model.QuestionKind.Who, query.Kind);
        Assert.Equal(Core.Model.QuestionType.Multi, query.Type);
        Assert.True(query.SuspendedOnly);
        Assert.Equal("riyadh meeting", query.Text);
    }
}
