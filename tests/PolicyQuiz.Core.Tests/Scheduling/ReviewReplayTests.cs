using System.Text;
using PolicyQuiz.Core.Scheduling;
using PolicyQuiz.Core.Scheduling.Replay;

namespace PolicyQuiz.Core.Tests.Scheduling;

public sealed class ReviewReplayTests
{
    private static string VectorsFolder => Path.Combine(AppContext.BaseDirectory, "Scheduling", "Vectors");

    [Fact]
    public void The_sample_replays_to_exactly_what_the_reference_printed()
    {
        var input = File.ReadAllText(Path.Combine(VectorsFolder, "replay-sample.csv"));
        var expected = File.ReadAllText(Path.Combine(VectorsFolder, "replay-sample.expected.csv"));

        var (result, output) = Replay(input);

        Assert.True(result.Succeeded, result.Error?.Describe("sample"));
        Assert.Equal(48, result.Reviews);
        Assert.Equal(expected, output);
    }

    [Fact]
    public void Each_row_is_echoed_and_followed_by_the_card_after_the_review()
    {
        var (_, output) = Replay("card_id,review_time,rating\na,2025-03-24T10:15:00Z,3\n");

        Assert.Equal(
            "card_id,review_time,rating,state,stability,difficulty,due\n"
            + "a,2025-03-24T10:15:00Z,3,Learning,2.306500,2.118104,2025-03-24T10:25:00.000Z\n",
            output);
    }

    [Fact]
    public void Crlf_line_ends_a_byte_order_mark_and_blank_lines_are_accepted()
    {
        var (result, output) = Replay("\uFEFFcard_id,review_time,rating\r\na,2025-03-24T10:15:00Z,3\r\n\r\nb,2025-03-24T10:16:00Z,1\r\n");

        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Reviews);
        Assert.Contains("\nb,2025-03-24T10:16:00Z,1,Learning,0.212000,6.413300,2025-03-24T10:17:00.000Z\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_card_id_is_one_card_and_is_echoed_as_written()
    {
        var (result, output) = Replay("card_id,review_time,rating\n\"x,1\",2025-03-24T10:15:00Z,3\n\"x,1\",2025-03-24T10:25:00Z,3\n");

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Contains("\n\"x,1\",2025-03-24T10:25:00Z,3,Review,", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Cards_are_independent_when_their_rows_are_interleaved()
    {
        var (_, together) = Replay("card_id,review_time,rating\na,2025-03-24T10:00:00Z,3\nb,2025-03-24T10:05:00Z,1\na,2025-03-24T10:10:00Z,3\nb,2025-03-25T10:05:00Z,3\n");
        var (_, alone) = Replay("card_id,review_time,rating\na,2025-03-24T10:00:00Z,3\na,2025-03-24T10:10:00Z,3\n");

        var rowsOfA = together.Split('\n').Where(line => line.StartsWith("a,", StringComparison.Ordinal));
        Assert.Equal(alone.Split('\n').Where(line => line.StartsWith("a,", StringComparison.Ordinal)), rowsOfA);
    }

    [Theory]
    [InlineData("", 1, "the file is empty")]
    [InlineData("id,time,rating\n", 1, "expected the header 'card_id,review_time,rating', found 'id,time,rating'")]
    [InlineData("card_id,review_time,rating\na,2025-03-24T10:15:00Z\n", 2, "expected 3 fields (card_id,review_time,rating), found 2")]
    [InlineData("card_id,review_time,rating\na,2025-03-24T10:15:00Z,3,x\n", 2, "expected 3 fields (card_id,review_time,rating), found 4")]
    [InlineData("card_id,review_time,rating\n,2025-03-24T10:15:00Z,3\n", 2, "card_id is empty")]
    [InlineData("card_id,review_time,rating\na,2025-03-24T10:15:00Z,3\na,yesterday,3\n", 3, "review_time 'yesterday' is not an ISO-8601 UTC time")]
    [InlineData("card_id,review_time,rating\na,2025-02-30T10:15:00Z,3\n", 2, "review_time '2025-02-30T10:15:00Z' is not an ISO-8601")]
    [InlineData("card_id,review_time,rating\na,2025-03-24T10:15:00+01:00,3\n", 2, "is not an ISO-8601 UTC time")]
    [InlineData("card_id,review_time,rating\na,2025-03-24T10:15:00,3\n", 2, "is not an ISO-8601 UTC time")]
    [InlineData("card_id,review_time,rating\na,2025-03-24T10:15:00Z,5\n", 2, "rating '5' is not 1-4")]
    [InlineData("card_id,review_time,rating\na,2025-03-24T10:15:00Z,0\n", 2, "rating '0' is not 1-4")]
    [InlineData("card_id,review_time,rating\na,2025-03-24T10:15:00Z,\n", 2, "rating '' is not 1-4")]
    [InlineData("card_id,review_time,rating\n\"a,2025-03-24T10:15:00Z,3\n", 2, "a quoted field is not closed")]
    public void A_bad_row_is_reported_with_its_line_and_gives_no_output(string input, int line, string message)
    {
        var result = new ReviewReplay(new FsrsScheduler(FsrsParameters.Replay)).Run(new StringReader(input));

        Assert.False(result.Succeeded);
        Assert.Equal(line, result.Error!.Line);
        Assert.Contains(message, result.Error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => result.WriteTo(new MemoryStream()));
    }

    [Fact]
    public void Time_going_backwards_for_a_card_names_the_line_of_its_previous_review()
    {
        var input = "card_id,review_time,rating\na,2025-03-24T10:15:00Z,3\nb,2025-03-24T09:00:00Z,3\na,2025-03-24T10:14:59Z,3\n";

        var result = new ReviewReplay(new FsrsScheduler(FsrsParameters.Replay)).Run(new StringReader(input));

        Assert.Equal(4, result.Error!.Line);
        Assert.Equal("review_time 2025-03-24T10:14:59Z is earlier than the review of card 'a' on line 2; rows must be in time order", result.Error.Message);
        Assert.Equal("reviews.csv:4: " + result.Error.Message, result.Error.Describe("reviews.csv"));
    }

    [Fact]
    public void Two_reviews_of_a_card_at_the_same_moment_are_allowed()
    {
        var (result, _) = Replay("card_id,review_time,rating\na,2025-03-24T10:15:00Z,3\na,2025-03-24T10:15:00Z,3\n");

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Control_characters_from_the_file_never_reach_the_error_message()
    {
        var result = new ReviewReplay(new FsrsScheduler(FsrsParameters.Replay)).Run(new StringReader("card_id,review_time,rating\na,\u001b[31mred,3\n"));

        Assert.DoesNotContain('\u001b', result.Error!.Message);
    }

    [Fact]
    public void Time_spellings_the_contract_allows_are_read_to_the_millisecond()
    {
        var (_, output) = Replay(
            "card_id,review_time,rating\n"
            + "a,2025-03-24T10:15Z,1\n"
            + "b,2025-03-24T10:15:00.5Z,1\n"
            + "c,2025-03-24T10:15:00.123999+00:00,1\n"
            + "d,2025-03-24t10:15:00z,1\n");

        var dues = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.Split(',')[^1]).ToList();
        Assert.Equal(["2025-03-24T10:16:00.000Z", "2025-03-24T10:16:00.500Z", "2025-03-24T10:16:00.123Z", "2025-03-24T10:16:00.000Z"], dues);
    }

    private static (ReplayResult Result, string Output) Replay(string input)
    {
        var result = new ReviewReplay(new FsrsScheduler(FsrsParameters.Replay)).Run(new StringReader(input));
        if (!result.Succeeded)
        {
            return (result, string.Empty);
        }

        using var stream = new MemoryStream();
        result.WriteTo(stream);
        return (result, Encoding.UTF8.GetString(stream.ToArray()));
    }
}
