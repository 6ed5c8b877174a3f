using System.CommandLine;
using PolicyQuiz.Core;
using PolicyQuiz.Core.Text;
using PolicyQuiz.Packs.Interchange;
using PolicyQuiz.Storage;

namespace PolicyQuiz.Cli;

/// <summary>`policyquiz packs export ID -o FILE`: writes a pack from the bank; the extension picks the format (.yaml .json .gift .xml .csv .apkg).</summary>
internal static class PacksExportCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("ID") { Description = "The pack id (see 'policyquiz packs list')" };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The file to write: .yaml/.yml or .json (pack files), .gift or .xml (Moodle), .csv (spreadsheets), .apkg (Anki)",
            Required = true,
        };
        var command = new Command("export", "Write a pack from the bank to a file (YAML, JSON, Moodle GIFT or XML, CSV or Anki .apkg, by the file's extension)");
        command.Arguments.Add(id);
        command.Options.Add(output);
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(output)!;
            if (!PackFileFormats.IsSupported(path))
            {
                Console.Error.WriteLine(
                    $"policyquiz packs export: {TerminalText.Sanitize(path)}: unknown extension '{TerminalText.Sanitize(Path.GetExtension(path))}'; use one of {string.Join(", ", PackFileFormats.WritableExtensions)}");
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
            foreach (var warning in PackFileFormats.WriteFile(pack, path, bank.Time))
            {
                Console.Error.WriteLine($"warning: {TerminalText.Sanitize(warning)}");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            Console.Error.WriteLine($"policyquiz packs export: cannot write {TerminalText.Sanitize(path)}: {TerminalText.Sanitize(e.Message)}");
            return ExitCodes.Failure;
        }

        Console.Out.WriteLine($"exported {TerminalText.Sanitize(pack.Id)} version {pack.Version} ({PacksInput.Plural(pack.Questions.Count, "question")}) to {TerminalText.Sanitize(path)}");
        return ExitCodes.Ok;
    }
}
