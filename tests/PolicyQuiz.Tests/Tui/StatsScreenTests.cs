using PolicyQuiz.Core.Study;
using PolicyQuiz.Tui;
using Terminal.Gui.Input;

namespace PolicyQuiz.Tests.Tui;

public sealed class StatsScreenTests
{
    [Fact]
    public void Stats_draw_the_forecast_the_activity_calendar_retention_and_mastery()
    {
        using var bank = new StudyBank();
        var session = bank.Start();
        while (session.Next() is { } item)
        {
            session.Submit(item.Type == Core.Model.QuestionType.Choice ? item.Pick(item.Options.ToList().IndexOf("Marco Rubio")) : StudentAnswer.None);
            bank.Clock.Advance(TimeSpan.FromSeconds(20));
            if (session.Answers.Count > 12)
            {
                break;
            }
        }

        using var tui = new TuiHarness(nav => new StatsScreen(nav, new StudyContext(bank.Bank, bank.Profile)));
        var text = tui.Text;

        Assert.Contains("Due, next 30 days", text, StringComparison.Ordinal);
        Assert.Contains("today", text, StringComparison.Ordinal);
        Assert.Contains("Activity, 16 weeks", text, StringComparison.Ordinal);
        Assert.Contains("Mon", text, StringComparison.Ordinal);
        Assert.Matches("[░▒▓█]", text);
        Assert.Contains("True retention", text, StringComparison.Ordinal);
        Assert.Contains("Mastery", text, StringComparison.Ordinal);
        Assert.Contains("Riyadh talks", text, StringComparison.Ordinal);
        Assert.Contains("1-day streak", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Stats_on_a_fresh_profile_say_there_is_nothing_yet_and_q_goes_back()
    {
        using var bank = new StudyBank();
        using var tui = new TuiHarness(nav => new StatsScreen(nav, new StudyContext(bank.Bank, bank.Profile)));

        Assert.Contains("no review answers yet", tui.Text, StringComparison.Ordinal);
        Assert.Contains("Due, next 30 days (0)", tui.Text, StringComparison.Ordinal);

        tui.Press(Key.Q);
        Assert.True(tui.Shell.QuitRequested);
    }
}
