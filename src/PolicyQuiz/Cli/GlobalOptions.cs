using System.CommandLine;

namespace PolicyQuiz.Cli;

/// <summary>Options every command takes: where the bank is and whose progress to use.</summary>
internal static class GlobalOptions
{
    public static readonly Option<string?> Db = new("--db")
    {
        Description = "The question bank (SQLite file). Default: $POLICYQUIZ_DB, else $XDG_DATA_HOME/policyquiz/policyquiz.db",
        Recursive = true,
    };

    public static readonly Option<string?> Profile = new("--profile")
    {
        Description = "Whose progress to use (default: your user name)",
        Recursive = true,
    };
}
