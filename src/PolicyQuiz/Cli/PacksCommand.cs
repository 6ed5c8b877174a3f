using System.CommandLine;

namespace PolicyQuiz.Cli;

/// <summary>`policyquiz packs ...`: check, import, list, show, remove and export question packs.</summary>
internal static class PacksCommand
{
    public static Command Create()
    {
        var command = new Command("packs", "Check, import, list, show, remove and export question packs");
        command.Subcommands.Add(PacksValidateCommand.Create());
        command.Subcommands.Add(PacksImportCommand.Create());
        command.Subcommands.Add(PacksListCommand.Create());
        command.Subcommands.Add(PacksShowCommand.Create());
        command.Subcommands.Add(PacksRemoveCommand.Create());
        command.Subcommands.Add(PacksExportCommand.Create());
        return command;
    }
}
