using System.Diagnostics;

namespace PolicyQuiz.EndToEnd;

/// <summary>A test that drives the real program in tmux; skipped, with the reason, where tmux is not installed.</summary>
public sealed class TuiTmuxFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> Missing = new(FindMissing);

    public TuiTmuxFactAttribute()
    {
        if (Missing.Value is { } reason)
        {
            Skip = reason;
        }
    }

    private static string? FindMissing()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("tmux", "-V") { RedirectStandardOutput = true, RedirectStandardError = true })!;
            process.WaitForExit(10_000);
            return process.ExitCode == 0 ? null : "tmux -V failed: tmux is not usable here (.ci/run installs it)";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "tmux is not installed, so the terminal end-to-end tests cannot run (.ci/run installs it)";
        }
    }
}
