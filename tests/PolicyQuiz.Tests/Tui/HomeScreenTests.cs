using PolicyQuiz.Tui;
using Terminal.Gui.Input;

namespace PolicyQuiz.Tests.Tui;

public sealed class HomeScreenTests
{
    private static TuiHarness Open(StudyBank bank, int width = 80, int height = 24) =>
        new(nav => new HomeScreen(nav, new StudyContext(bank.Bank, bank.Profile)), width, height);

    [Fact]
    public void Home_shows_the_profile_streak_and_due_and_new_per_pack_with_mastery()
    {
        using var bank = new StudyBank();
        using var tui = Open(bank);

        var text = tui.Text;

        Assert.Contains("Profile student", text, StringComparison.Ordinal);
        Assert.Contains("Day streak 0", text, StringComparison.Ordinal);
        Assert.Contains("0 due · 6 new", text, StringComparison.Ordinal);
        Assert.Contains("All packs", text, StringComparison.Ordinal);
        Assert.Contains("Riyadh talks", text, StringComparison.Ordinal);
        Assert.Contains("Mastery", text, StringComparison.Ordinal);
        Assert.Contains("0%", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Enter_starts_a_session_and_its_summary_returns_home_with_the_counts_updated()
    {
        using var bank = new StudyBank();
        using var tui = Open(bank);

        tui.Press(Key.Enter);
        Assert.Contains("Who led the US delegation?", tui.Text, StringComparison.Ordinal);
        tui.Press(new Key('1'), Key.Enter, Key.Q);
        Assert.Contains("Accuracy", tui.Text, StringComparison.Ordinal);
        Assert.Contains("The next review is due in 10 minutes.", tui.Text, StringComparison.Ordinal);

        tui.Press(Key.Q);

        Assert.False(tui.Shell.QuitRequested);
        Assert.Contains("Profile student", tui.Text, StringComparison.Ordinal);
        Assert.Contains("1 due · 5 new", tui.Text, StringComparison.Ordinal);
        Assert.Equal(1, bank.ReviewCount());
    }

    [Fact]
    public void A_digit_studies_only_that_pack_and_c_crams()
    {
        using var bank = new StudyBank();
        using var tui = Open(bank);

        tui.Press(new Key('1'));
        Assert.Contains("Study", tui.Text, StringComparison.Ordinal);
        Assert.Contains("Riyadh talks", tui.Text, StringComparison.Ordinal);
        tui.Press(Key.Esc, Key.Esc);

        tui.Press(Key.C);
        Assert.Contains("Study (cram)", tui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Q_and_Esc_quit_from_home()
    {
        using var bank = new StudyBank();
        using (var tui = Open(bank))
        {
            tui.Press(Key.Q);
            Assert.True(tui.Shell.QuitRequested);
        }

        using var again = Open(bank);
        again.Press(Key.Esc);
        Assert.True(again.Shell.QuitRequested);
    }

    [Fact]
    public void P_switches_to_a_new_profile_whose_progress_is_separate()
    {
        using var bank = new StudyBank();
        using var tui = Open(bank);
        tui.Press(Key.Enter, new Key('1'), Key.Q, Key.Q);
        Assert.Contains("1 due", tui.Text, StringComparison.Ordinal);

        tui.Press(Key.P);
        Assert.Contains("Whose progress?", tui.Text, StringComparison.Ordinal);
        Assert.Contains("student", tui.Text, StringComparison.Ordinal);
        tui.Press(Key.N);
        tui.Type("guest");
        tui.Press(Key.Enter);

        var text = tui.Text;
        Assert.Contains("Profile guest", text, StringComparison.Ordinal);
        Assert.Contains("0 due · 6 new", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Home_works_at_80_by_24_and_keeps_working_after_a_resize()
    {
        using var bank = new StudyBank();
        using var tui = Open(bank);

        tui.Resize(120, 40);
        Assert.Contains("Riyadh talks", tui.Text, StringComparison.Ordinal);
        tui.Resize(80, 24);

        var lines = tui.Text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
        Assert.Equal(24, lines.Count);
        Assert.Contains(lines, l => l.Contains("Riyadh talks", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("? help", StringComparison.Ordinal));
    }

    [Fact]
    public void Help_on_home_lists_every_home_key()
    {
        using var bank = new StudyBank();
        using var tui = Open(bank);

        tui.Press(Key.F1);
        var text = tui.Text;

        foreach (var words in new[] { "study the chosen line", "study that pack", "cram", "stats", "browse", "switch profile", "quit" })
        {
            Assert.Contains(words, text, StringComparison.Ordinal);
        }
    }
}
