using System.CommandLine;
using PolicyQuiz.Core;
using PolicyQuiz.Core.Model;
using PolicyQuiz.Core.Text;
using PolicyQuiz.Packs;
using PolicyQuiz.Packs.Interchange;

namespace PolicyQuiz.Cli;

/// <summary>
/// `policyquiz packs validate FILE_OR_DIR...`: every problem of every file at once, as FILE:LINE:COLUMN: message
/// on stderr (exit 2); otherwise "ok" and one line per pack on stdout. Touches no bank.
/// </summary>
internal static class PacksValidateCommand
{
    public static Command Create()
    {
        var paths = PacksInput.Argument();
        var command = new Command("validate", "Check pack files without importing them: every problem is listed as FILE:LINE:COLUMN: message");
        command.Arguments.Add(paths);
        command.SetAction(parseResult => Validate(parseResult.GetValue(paths) ?? []));
        return command;
    }

    private static int Validate(string[] arguments)
    {
        var files = PacksInput.Files(arguments, "validate");
        if (files is null)
        {
            return ExitCodes.BadInput;
        }

        var valid = new List<(string File, Pack Pack)>();
        var problems = 0;
        foreach (var file in files)
        {
            var result = PackFileFormats.ReadFile(file);
            if (result.Ok && result.Pack is not null)
            {
                valid.Add((file, result.Pack));
                continue;
            }

            problems += Math.Max(1, result.Diagnostics.Count);
            PacksInput.ReportProblems(result);
        }

        var sameIds = valid.GroupBy(v => v.Pack.Id, StringComparer.Ordinal).Where(g => g.Count() > 1);
        foreach (var group in sameIds)
        {
            var names = string.Join(", ", group.Select(g => TerminalText.Sanitize(g.File)));
            foreach (var (file, _) in group.Skip(1))
            {
                Console.Error.WriteLine($"{TerminalText.Sanitize(file)}:1:1: pack id '{TerminalText.Sanitize(group.Key)}' is used by more than one file ({names})");
                problems++;
            }
        }

        if (problems > 0)
        {
            Console.Error.WriteLine($"policyquiz packs validate: {PacksInput.Plural(problems, "problem")} in {PacksInput.Plural(files.Count, "file")}");
            return ExitCodes.BadInput;
        }

        Console.Out.WriteLine("ok");
        foreach (var (file, pack) in valid)
        {
            Console.Out.WriteLine(
                $"{TerminalText.Sanitize(pack.Id)} version {pack.Version}: {PacksInput.Plural(pack.Questions.Count, "question")}, "
                + $"{PacksInput.Plural(pack.Sources.Count, "source")} ({TerminalText.Sanitize(file)})");
        }

        return ExitCodes.Ok;
    }
}
