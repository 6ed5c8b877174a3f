using System.CommandLine;
using System.Text;
using PolicyQuiz.Core;
using PolicyQuiz.Core.Scheduling;
using PolicyQuiz.Core.Scheduling.Replay;
using PolicyQuiz.Core.Text;

namespace PolicyQuiz.Cli;

/// <summary>`policyquiz fsrs replay REVIEWS.csv`: runs a review log through the scheduler (fuzz off) and prints the card after every review.</summary>
internal static class FsrsCommand
{
    public static Command Create()
    {
        var command = new Command("fsrs", "FSRS-6 scheduler tools");
        command.Subcommands.Add(CreateReplay());
        return command;
    }

    private static Command CreateReplay()
    {
        var file = new Argument<string>("REVIEWS.csv")
        {
            Description = "Reviews as CSV: card_id,review_time,rating (ISO-8601 UTC times, ratings 1-4, in time order)",
        };
        var command = new Command(
            "replay",
            "Replay reviews through FSRS-6 (default parameters, no fuzz) and print card_id,review_time,rating,state,stability,difficulty,due. "
            + "Output is written only when every row is good; a bad row prints FILE:LINE: and exits 2.");
        command.Arguments.Add(file);
        command.SetAction(parseResult => Replay(parseResult.GetValue(file)!));
        return command;
    }

    private static int Replay(string path)
    {
        var shownPath = TerminalText.Sanitize(path);
        ReplayResult result;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
            result = new ReviewReplay(new FsrsScheduler(FsrsParameters.Replay)).Run(reader);
        }
        catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException)
        {
            Console.Error.WriteLine($"policyquiz fsrs replay: {shownPath}: no such file");
            return ExitCodes.BadInput;
        }
        catch (UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"policyquiz fsrs replay: {shownPath}: cannot be read (is it a folder, or not readable?)");
            return ExitCodes.BadInput;
        }
        catch (IOException error)
        {
            Console.Error.WriteLine($"policyquiz fsrs replay: {shownPath}: {TerminalText.Sanitize(error.Message)}");
            return ExitCodes.Failure;
        }

        if (result.Error is { } problem)
        {
            Console.Error.WriteLine(problem.Describe(shownPath));
            return ExitCodes.BadInput;
        }

        try
        {
            using var stdout = Console.OpenStandardOutput();
            result.WriteTo(stdout);
            stdout.Flush();
        }
        catch (IOException error)
        {
            Console.Error.WriteLine($"policyquiz fsrs replay: cannot write the output: {TerminalText.Sanitize(error.Message)}");
            return ExitCodes.Failure;
        }

        return ExitCodes.Ok;
    }
}
