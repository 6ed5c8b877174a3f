using System.CommandLine;
using PolicyQuiz.Core;
using PolicyQuiz.Core.Text;
using PolicyQuiz.Packs;
using PolicyQuiz.Packs.Interchange;
using PolicyQuiz.Storage;

namespace PolicyQuiz.Cli;

/// <summary>
/// `policyquiz packs import FILE_OR_DIR... [--force]`: each file is read, checked and stored in one transaction;
/// an invalid or refused file stores nothing and makes the exit status 2 (the other files still go in).
/// </summary>
internal static class PacksImportCommand
{
    public static Command Create()
    {
        var paths = PacksInput.Argument();
        var force = new Option<bool>("--force")
        {
            Description = "Import even when the bank holds the same version with other content, or a newer version (progress is kept)",
        };
        var command = new Command(
            "import",
            "Store packs in the question bank. A newer version keeps progress by question id, marks questions whose prompt or answer changed "
            + "for review and retires removed ones; the same version and content is a no-op; the same version with other content or an older "
            + "version is refused unless --force.");
        command.Arguments.Add(paths);
        command.Options.Add(force);
        command.SetAction(parseResult =>
        {
            var files = PacksInput.Files(parseResult.GetValue(paths) ?? [], "import");
            return files is null ? ExitCodes.BadInput : BankAccess.Run(parseResult, bank => Import(bank, files, parseResult.GetValue(force)));
        });
        return command;
    }

    private static int Import(Bank bank, IReadOnlyList<string> files, bool force)
    {
        var failed = 0;
        foreach (var file in files)
        {
            var shown = TerminalText.Sanitize(file);
            var read = PackFileFormats.ReadFile(file);
            if (!read.Ok || read.Pack is null)
            {
                PacksInput.ReportProblems(read);
                Console.Error.WriteLine($"{shown}: not imported ({PacksInput.Plural(read.Diagnostics.Count, "problem")})");
                failed++;
                continue;
            }

            var result = bank.Packs.Import(read.Pack, force);
            if (result.Succeeded)
            {
                Console.Out.WriteLine($"{shown}: {TerminalText.Sanitize(result.Message)}");
            }
            else
            {
                Console.Error.WriteLine($"{shown}: {TerminalText.Sanitize(result.Message)}");
                failed++;
            }
        }

        if (failed > 0 && files.Count > 1)
        {
            Console.Error.WriteLine($"policyquiz packs import: {failed} of {PacksInput.Plural(files.Count, "file")} not imported");
        }

        return failed > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
    }
}
