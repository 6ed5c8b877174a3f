namespace PolicyQuiz.EndToEnd;

public sealed class HelpTests
{
    [Fact]
    public void Help_describes_the_program_and_exits_zero()
    {
        var result = PolicyQuizProgram.Run(["--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("PolicyQuiz", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error_with_exit_two()
    {
        var result = PolicyQuizProgram.Run(["--no-such-option"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--no-such-option", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}
