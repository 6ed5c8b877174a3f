using PolicyQuiz.Core;
using PolicyQuiz.Core.Text;

namespace PolicyQuiz.Cli;

/// <summary>Messages shared by the `packs` commands.</summary>
internal static class PacksErrors
{
    public static int UnknownPack(string commandName, string id)
    {
        Console.Error.WriteLine($"policyquiz packs {commandName}: no pack '{TerminalText.Sanitize(id)}' in the bank (see 'policyquiz packs list')");
        return ExitCodes.BadInput;
    }
}
