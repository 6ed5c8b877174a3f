using System.CommandLine;
using PolicyQuiz.Core;
using PolicyQuiz.Core.Text;
using PolicyQuiz.Storage;

namespace PolicyQuiz.Cli;

/// <summary>`policyquiz packs remove ID`: retires a pack; its questions and everyone's progress stay in the bank.</summary>
internal static class PacksRemoveCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("ID") { Description = "The pack id (see 'policyquiz packs list')" };
        var command = new Command("remove", "Retire a pack: it leaves lists and study, its history stays (import it again to bring it back)");
        command.Arguments.Add(id);
        command.SetAction(parseResult => BankAccess.Run(parseResult, bank => Remove(bank, parseResult.GetValue(id)!)));
        return command;
    }

    private static int Remove(Bank bank, string id)
    {
        if (!bank.Packs.Remove(id))
        {
            return PacksErrors.UnknownPack("remove", id);
        }

        Console.Out.WriteLine($"removed {TerminalText.Sanitize(id)} (its history is kept; import the pack again to bring it back)");
        return ExitCodes.Ok;
    }
}
