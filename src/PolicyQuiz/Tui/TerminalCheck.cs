namespace PolicyQuiz.Tui;

/// <summary>The screens need a terminal on both ends; without one they would wait forever.</summary>
internal static class TerminalCheck
{
    public const string Message = "policyquiz: needs a terminal (stdin/stdout is not a TTY); try 'policyquiz --help'";

    public static bool HasTerminal() => !Console.IsInputRedirected && !Console.IsOutputRedirected;
}
