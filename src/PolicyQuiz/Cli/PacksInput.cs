using System.CommandLine;
using PolicyQuiz.Core.Text;
using PolicyQuiz.Packs;

namespace PolicyQuiz.Cli;

/// <summary>The FILE_OR_DIR... argument of `packs validate` and `packs import`, and reading what it names.</summary>
internal static class PacksInput
{
    public static Argument<string[]> Argument() => new("FILE_OR_DIR")
    {
        Description = "Pack files (.yaml, .yml, .json) or folders holding them",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>The files the arguments name; null (after saying so on stderr) when a folder holds no pack file.</summary>
    public static IReadOnlyList<string>? Files(string[] arguments, string commandName)
    {
        var files = new List<string>();
        foreach (var argument in arguments)
        {
            var expanded = PackFiles.Expand([argument]);
            if (expanded.Count == 0)
            {
                Console.Error.WriteLine($"policyquiz packs {commandName}: {TerminalText.Sanitize(argument)}: no pack files (.yaml, .yml, .json) in this folder");
                return null;
            }

            files.AddRange(expanded);
        }

        return files;
    }

    /// <summary>Prints every problem as FILE:LINE:COLUMN: message on stderr.</summary>
    public static void ReportProblems(PackReadResult result)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            Console.Error.WriteLine(TerminalText.Sanitize(diagnostic.ToString()));
        }
    }

    public static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
