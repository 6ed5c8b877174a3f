using System.Runtime.CompilerServices;

namespace PolicyQuiz.EndToEnd;

/// <summary>
/// `policyquiz fsrs replay` as a user runs it. The sample and its expected output (printed by ts-fsrs 5.4.2 through
/// tools/fsrs-vectors/replay.mjs) are the data files in tests/PolicyQuiz.Core.Tests/Scheduling/Vectors.
/// </summary>
public sealed class FsrsReplayTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("policyquiz-fsrs-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Replaying_the_sample_prints_exactly_what_the_reference_printed()
    {
        var result = PolicyQuizProgram.Run(["fsrs", "replay", Vector("replay-sample.csv")]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(File.ReadAllText(Vector("replay-sample.expected.csv")), result.Output);
    }

    [Fact]
    public void A_bad_rating_is_reported_as_file_and_line_with_exit_two_and_nothing_on_stdout()
    {
        var file = Write("reviews.csv", "card_id,review_time,rating\na,2025-03-24T10:15:00Z,3\na,2025-03-24T10:25:00Z,7\n");

        var result = PolicyQuizProgram.Run(["fsrs", "replay", file]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.StartsWith($"{file}:3: rating '7' is not 1-4", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Time_going_backwards_is_reported_even_after_many_good_rows()
    {
        var rows = Enumerable.Range(0, 500).Select(i => $"c{i},2025-03-24T10:{i / 60:00}:{i % 60:00}Z,3");
        var file = Write("late.csv", "card_id,review_time,rating\n" + string.Join('\n', rows) + "\nc7,2025-03-24T09:00:00Z,3\n");

        var result = PolicyQuizProgram.Run(["fsrs", "replay", file]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains($"{file}:502: review_time 2025-03-24T09:00:00Z is earlier than the review of card 'c7' on line 9", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_header_is_reported_on_line_one()
    {
        var file = Write("header.csv", "card,time,grade\na,2025-03-24T10:15:00Z,3\n");

        var result = PolicyQuizProgram.Run(["fsrs", "replay", file]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{file}:1: expected the header 'card_id,review_time,rating'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_a_clear_error_with_exit_two()
    {
        var missing = Path.Combine(_folder, "nowhere.csv");

        var result = PolicyQuizProgram.Run(["fsrs", "replay", missing]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains($"{missing}: no such file", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_without_a_file_is_a_usage_error()
    {
        var result = PolicyQuizProgram.Run(["fsrs", "replay"]);

        Assert.Equal(2, result.ExitCode);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Vector(string name, [CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "PolicyQuiz.Core.Tests", "Scheduling", "Vectors", name));
}
