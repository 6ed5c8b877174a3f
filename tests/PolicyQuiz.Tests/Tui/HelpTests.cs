using PolicyQuiz.Tui;
using Terminal.Gui.Input;

namespace PolicyQuiz.Tests.Tui;

public sealed class HelpTests
{
    [Fact]
    public void Question_mark_lists_every_key_of_the_current_screen_and_any_key_closes_it()
    {
        using var tui = new TuiHarness(nav => new SampleScreen(nav));

        tui.Type("?");
        var help = tui.Text;
        Assert.Contains("Keys on the Sample screen", help, StringComparison.Ordinal);
        Assert.Contains("x", help, StringComparison.Ordinal);
        Assert.Contains("count one more", help, StringComparison.Ordinal);
        Assert.Contains("leave", help, StringComparison.Ordinal);

        tui.Press(Key.Space);
        Assert.Contains("count: 0", tui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void F1_opens_help_too()
    {
        using var tui = new TuiHarness(nav => new SampleScreen(nav));

        tui.Press(Key.F1);

        Assert.Contains("Keys on the Sample screen", tui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_reach_the_screen_and_q_on_the_last_screen_quits()
    {
        using var tui = new TuiHarness(nav => new SampleScreen(nav));

        tui.Type("xx");
        Assert.Contains("count: 2", tui.Text, StringComparison.Ordinal);
        Assert.False(tui.Shell.QuitRequested);

        tui.Type("q");
        Assert.True(tui.Shell.QuitRequested);
    }

    [Fact]
    public void The_frame_names_the_screen_and_the_hint_line_shows_its_keys()
    {
        using var tui = new TuiHarness(nav => new SampleScreen(nav));

        var text = tui.Text;

        Assert.Contains("PolicyQuiz · Sample", text, StringComparison.Ordinal);
        Assert.Contains("x count one more", text, StringComparison.Ordinal);
        Assert.Contains("? help", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_is_wrapped_again_after_a_resize()
    {
        using var tui = new TuiHarness(nav => new SampleScreen(nav));

        tui.Resize(40, 24);
        var lines = tui.Text.Split('\n');

        Assert.Equal(24, lines.Count(l => l.Length > 0));
        Assert.Contains(lines, l => l.Contains("count: 0", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.True(l.TrimEnd('\r').Length <= 40, l));
    }

    [Fact]
    public void Escape_sequences_in_text_never_reach_the_screen()
    {
        using var tui = new TuiHarness(nav => new SampleScreen(nav, "evil \u001b[2Jtext\u0007 here"));

        var text = tui.Text;

        Assert.Contains("evil text here", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", text, StringComparison.Ordinal);
    }

    private sealed class SampleScreen(INavigator navigator, string? extra = null) : Screen(navigator)
    {
        private int _count;

        public override string Heading => "Sample";

        public override IReadOnlyList<KeyHint> Keys { get; } = [new("x", "count one more"), new("q Esc", "leave")];

        protected override void Paint(Painter painter)
        {
            painter.Line($"count: {_count}", Style.Heading);
            painter.Line("A long sentence that has to wrap when the terminal is narrow, and does so at word boundaries.");
            painter.Line(extra);
        }

        protected override bool HandleKey(Key key)
        {
            if (key == Key.X)
            {
                _count++;
                Refresh();
                return true;
            }

            if (IsQuit(key))
            {
                Navigator.Pop();
                return true;
            }

            return false;
        }
    }
}
