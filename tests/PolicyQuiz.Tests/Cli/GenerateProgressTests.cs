using PolicyQuiz.Cli;

namespace PolicyQuiz.Tests.Cli;

public sealed class GenerateProgressTests
{
    private readonly SteppedClock _clock = new();
    private readonly FlushRecorder _error = new();

    [Fact]
    public void Plain_lines_say_what_each_input_gave_in_the_order_read()
    {
        var progress = Plain();
        progress.Start(3);
        progress.Advance("a.md", 1);
        progress.Advance("feed.xml", 4);
        progress.Advance("b.md", 1);
        progress.Finish();

        Assert.Equal(["read a.md: 1 article", "read feed.xml: 4 articles", "read b.md: 1 article"], Lines(_error.ToString()));
    }

    [Fact]
    public void Inputs_read_within_one_interval_reach_the_writer_in_one_piece_at_the_end()
    {
        var progress = Plain();
        progress.Start(100);
        for (var i = 0; i < 100; i++)
        {
            progress.Advance($"article-{i}.md", 1);
        }

        Assert.Equal(string.Empty, _error.ToString());
        progress.Finish();

        Assert.Equal(100, Lines(_error.ToString()).Length);
        Assert.Single(_error.Flushed.Distinct());
    }

    [Fact]
    public void Lines_gathered_reach_the_writer_once_the_interval_has_passed()
    {
        var progress = Plain();
        progress.Start(3);
        progress.Advance("a.md", 1);
        _clock.Advance(GenerateProgress.RedrawInterval);
        progress.Advance("b.md", 1);

        Assert.Equal(["read a.md: 1 article", "read b.md: 1 article"], Lines(_error.ToString()));
        progress.Advance("c.md", 1);
        Assert.Equal(2, Lines(_error.ToString()).Length);
    }

    [Fact]
    public void A_message_comes_after_the_lines_of_the_inputs_before_it()
    {
        var progress = Plain();
        progress.Start(3);
        progress.Advance("a.md", 1);
        progress.Report("policyquiz generate: b.md: the file is empty");
        progress.Advance("b.md");
        progress.Advance("c.md", 1);
        progress.Finish();

        Assert.Equal(["read a.md: 1 article", "policyquiz generate: b.md: the file is empty", "read c.md: 1 article"], Lines(_error.ToString()));
    }

    [Fact]
    public void Control_characters_in_a_file_name_are_not_written()
    {
        var progress = Plain();
        progress.Start(1);
        progress.Advance("evil\u001b[2Jname.md", 1);
        progress.Finish();

        Assert.DoesNotContain('\u001b', _error.ToString());
        Assert.StartsWith("read evil", _error.ToString(), StringComparison.Ordinal);
    }

    private GenerateProgress Plain() => new(_error, terminal: false, width: 80, _clock);

    private static string[] Lines(string text) => text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A clock whose timestamps move only when the test moves them.</summary>
    private sealed class SteppedClock : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }

    /// <summary>A writer that keeps what it held at each flush.</summary>
    private sealed class FlushRecorder : StringWriter
    {
        public List<string> Flushed { get; } = [];

        public override void Flush()
        {
            base.Flush();
            Flushed.Add(ToString());
        }
    }
}
