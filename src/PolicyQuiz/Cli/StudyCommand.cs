using System.CommandLine;
using PolicyQuiz.Core;
using PolicyQuiz.Core.Model;
using PolicyQuiz.Core.Study;
using PolicyQuiz.Core.Text;
using PolicyQuiz.Tui;

namespace PolicyQuiz.Cli;

/// <summary>
/// `policyquiz study [--pack ID] [--tag T] [--kind K] [--cram]` goes straight into a session;
/// `policyquiz` with no command opens the home screen (<see cref="RunHome"/>). Both need a terminal.
/// </summary>
internal static class StudyCommand
{
    private static readonly Option<string?> Pack = new("--pack") { Description = "Study only this pack (its id)" };

    private static readonly Option<string?> Tag = new("--tag") { Description = "Study only questions with this tag" };

    private static readonly Option<string?> Kind = new("--kind")
    {
        Description = "Study only questions of this kind: who, where, when, what, why, how",
    };

    private static readonly Option<bool> Cram = new("--cram")
    {
        Description = "Practise ahead of schedule; answers count in scores but leave the schedule alone",
    };

    public static Command Create()
    {
        Kind.AcceptOnlyFromAmong([.. Enum.GetValues<QuestionKind>().Select(k => k.Name())]);
        var command = new Command("study", "Study now in the terminal: due questions first, then new ones");
        command.Options.Add(Pack);
        command.Options.Add(Tag);
        command.Options.Add(Kind);
        command.Options.Add(Cram);
        command.SetAction(Run);
        return command;
    }

    /// <summary>The root command's action: the home screen.</summary>
    public static int RunHome(ParseResult parseResult)
    {
        if (!TerminalCheck.HasTerminal())
        {
            Console.Error.WriteLine(TerminalCheck.Message);
            return ExitCodes.BadInput;
        }

        return BankAccess.Run(parseResult, (bank, profile) =>
            TuiRunner.Run(navigator => new HomeScreen(navigator, new StudyContext(bank, profile))));
    }

    private static int Run(ParseResult parseResult)
    {
        var options = new StudyOptions
        {
            PackId = parseResult.GetValue(Pack),
            Tag = parseResult.GetValue(Tag),
            Kind = parseResult.GetValue(Kind) is { } kind && QuestionNames.TryParseKind(kind, out var parsed) ? parsed : null,
            Cram = parseResult.GetValue(Cram),
        };
        if (!TerminalCheck.HasTerminal())
        {
            Console.Error.WriteLine(TerminalCheck.Message);
            return ExitCodes.BadInput;
        }

        return BankAccess.Run(parseResult, (bank, profile) =>
        {
            if (options.PackId is { } packId && !bank.Packs.Exists(packId))
            {
                Console.Error.WriteLine($"policyquiz: no pack '{TerminalText.Sanitize(packId)}' in the bank; see 'policyquiz packs list'");
                return ExitCodes.BadInput;
            }

            var context = new StudyContext(bank, profile);
            return TuiRunner.Run(navigator =>
                StudyScreen.Open(navigator, context.Study.Start(options), context.Time, () => context.Stats.NextDue(options.PackId)));
        });
    }
}
