using System.CommandLine;
using System.Globalization;
using PolicyQuiz.Core;
using PolicyQuiz.Core.Text;
using PolicyQuiz.Storage;

namespace PolicyQuiz.Cli;

/// <summary>`policyquiz packs list`: the packs in the bank as a table (id, title, version, questions, sources).</summary>
internal static class PacksListCommand
{
    public static Command Create()
    {
        var command = new Command("list", "List the packs in the question bank: id, title, version, questions, sources");
        command.SetAction(parseResult => BankAccess.Run(parseResult, List));
        return command;
    }

    private static int List(Bank bank)
    {
        var packs = bank.Packs.List();
        if (packs.Count == 0)
        {
            Console.Out.WriteLine("No packs in the bank. Add one with: policyquiz packs import FILE.yaml");
            return ExitCodes.Ok;
        }

        var rows = packs
            .Select(p => (IReadOnlyList<string>)
            [
                TerminalText.Sanitize(p.Id),
                TerminalText.Sanitize(p.Title),
                p.Version.ToString(CultureInfo.InvariantCulture),
                p.QuestionCount.ToString(CultureInfo.InvariantCulture),
                p.SourceCount.ToString(CultureInfo.InvariantCulture),
            ])
            .ToList();
        Console.Out.Write(PacksTable.Format(["ID", "TITLE", "VERSION", "QUESTIONS", "SOURCES"], rows, new HashSet<int> { 2, 3, 4 }));
        return ExitCodes.Ok;
    }
}
