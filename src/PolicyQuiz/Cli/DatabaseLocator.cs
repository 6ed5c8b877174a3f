namespace PolicyQuiz.Cli;

/// <summary>Finds the bank: --db, else $POLICYQUIZ_DB, else $XDG_DATA_HOME/policyquiz/policyquiz.db (XDG default ~/.local/share).</summary>
internal static class DatabaseLocator
{
    public static string Resolve(string? option)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return Path.GetFullPath(option);
        }

        var fromEnvironment = Environment.GetEnvironmentVariable("POLICYQUIZ_DB");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        var dataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        if (string.IsNullOrWhiteSpace(dataHome))
        {
            dataHome = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        }

        return Path.Combine(dataHome, "policyquiz", "policyquiz.db");
    }

    public static string ResolveProfile(string? option)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return option.Trim();
        }

        var user = Environment.UserName;
        return string.IsNullOrWhiteSpace(user) ? "default" : user;
    }
}
