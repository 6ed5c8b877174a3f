using System.CommandLine;
using PolicyQuiz.Core;
using PolicyQuiz.Core.Text;
using PolicyQuiz.Packs;
using PolicyQuiz.Storage;

namespace PolicyQuiz.Cli;

/// <summary>`policyquiz packs export ID -o FILE.yaml|FILE.json`: writes a pack back as a pack file; the extension picks the format.</summary>
internal static class PacksExportCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("ID") { Description = "The pack id (see 'policyquiz packs list')" };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The file to write: FILE.yaml (or .yml) or FILE.json",
            Required = true,
        };
        var command = new Command("export", "Write a pack from the bank to a pack file (YAML or JSON, by the file's extension)");
        command.Arguments.Add(id);
        command.Options.Add(output);
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(output)!;
            if (!PackFiles.TryGetFormat(path, out _))
            {
                Console.Error.WriteLine(
                    $"policyquiz packs export: {TerminalText.Sanitize(path)}: unknown extension '{TerminalText.Sanitize(Path.GetExtension(path))}'; use .yaml, .yml or .json");
                return ExitCodes.BadInput;
            }

            return BankAccess.Run(parseResult, bank => Export(bank, parseResult.GetValue(id)!, path));
        });
        return command;
    }

    private static int Export(Bank bank, string id, string path)
    {
        var pack = bank.Packs.Get(id);
        if (pack is null)
        {
            return PacksErrors.UnknownPack("export", id);
        }

        try
        {
            PackWriter.WriteFile(pack, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"policyquiz packs export: cannot write {TerminalText.Sanitize(path)}: {TerminalText.Sanitize(e.Message)}");
            return ExitCodes.Failure;
        }

        Console.Out.WriteLine($"exported {TerminalText.Sanitize(pack.Id)} version {pack.Version} ({PacksInput.Plural(pack.Questions.Count, "question")}) to {TerminalText.Sanitize(path)}");
        return ExitCodes.Ok;
    }
}
