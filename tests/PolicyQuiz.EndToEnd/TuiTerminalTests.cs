namespace PolicyQuiz.EndToEnd;

/// <summary>Without a terminal the screens cannot run: the program says so in one line instead of hanging.</summary>
public sealed class TuiTerminalTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("policyquiz-tty-").FullName;

    [Theory]
    [InlineData("")]
    [InlineData("study")]
    [InlineData("study --cram")]
    public void Without_a_terminal_the_screens_say_so_in_one_line_and_exit_two(string command)
    {
        string[] args = [.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--db", Path.Combine(_folder, "bank.db")];
        var result = PolicyQuizProgram.Run(args, timeoutMs: 30_000);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("needs a terminal", line, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void An_unknown_kind_is_a_usage_error()
    {
        var result = PolicyQuizProgram.Run(["study", "--kind", "whom", "--db", Path.Combine(_folder, "bank.db")]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("whom", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
