using System.CommandLine;
using PolicyQuiz.Core;

namespace PolicyQuiz.Cli;

/// <summary>Builds the command tree and runs it: usage errors exit 2 with the message on stderr.</summary>
internal static class CommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand("PolicyQuiz: study foreign-policy news in your terminal");
        root.Options.Add(GlobalOptions.Db);
        root.Options.Add(GlobalOptions.Profile);
        root.SetAction(StudyCommand.RunHome);
        foreach (var command in CommandCatalog.All())
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var root = Build();
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await Console.Error.WriteLineAsync($"policyquiz: {error.Message}").ConfigureAwait(false);
            }

            await Console.Error.WriteLineAsync("Try 'policyquiz --help'.").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        return await parsed.InvokeAsync().ConfigureAwait(false);
    }
}
