using System.CommandLine;

namespace PolicyQuiz.Cli;

/// <summary>Every top-level command of the program. Each command lives in its own file; add one line here.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return FsrsCommand.Create();
        yield return GenerateCommand.Create();
        yield return PacksCommand.Create();
        yield return ProgressCommand.Create();
        yield return ReportCommand.Create();
        yield return StudyCommand.Create();
        yield break;
    }
}
