using System.Diagnostics;
using System.Globalization;

namespace PolicyQuiz.EndToEnd;

/// <summary>
/// The real program in a detached tmux session on a private tmux server: keys are sent with send-keys,
/// the screen is read with capture-pane. The program runs under `sh`, which prints its exit status and
/// then waits, so the test can look at the terminal after the program is gone.
/// </summary>
public sealed class TuiTmux : IDisposable
{
    private readonly string _socket = "pq-e2e-" + Guid.NewGuid().ToString("N")[..12];

    public TuiTmux(IReadOnlyList<string> args, int width = 100, int height = 30, IDictionary<string, string>? environment = null)
    {
        var command = "dotnet " + Quote(PolicyQuizProgram.DllPath) + " " + string.Join(' ', args.Select(Quote)) + "; echo EXIT=$?; sleep 600";
        var tmuxArgs = new List<string> { "new-session", "-d", "-s", "pq", "-x", width.ToString(CultureInfo.InvariantCulture), "-y", height.ToString(CultureInfo.InvariantCulture) };
        var env = new Dictionary<string, string> { ["NO_COLOR"] = "1", ["POLICYQUIZ_DB"] = string.Empty, ["DOTNET_NOLOGO"] = "1" };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            env[key] = value;
        }

        foreach (var (key, value) in env)
        {
            tmuxArgs.Add("-e");
            tmuxArgs.Add($"{key}={value}");
        }

        tmuxArgs.Add("sh");
        tmuxArgs.Add("-c");
        tmuxArgs.Add(command);
        Tmux(tmuxArgs);
    }

    /// <summary>The screen as text.</summary>
    public string Screen => Tmux(["capture-pane", "-p", "-t", "pq"]);

    /// <summary>The screen with its SGR escape sequences (colours, bold, reverse).</summary>
    public string ScreenWithStyles => Tmux(["capture-pane", "-p", "-e", "-t", "pq"]);

    /// <summary>The process id of the program (the child of the pane's shell), or 0 once it has exited.</summary>
    public int ProgramPid
    {
        get
        {
            var shell = Tmux(["display-message", "-p", "-t", "pq", "#{pane_pid}"]).Trim();
            var children = Run("pgrep", ["-P", shell]).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            foreach (var child in children)
            {
                var name = File.Exists($"/proc/{child}/comm") ? File.ReadAllText($"/proc/{child}/comm").Trim() : string.Empty;
                if (name != "sleep")
                {
                    return int.Parse(child, CultureInfo.InvariantCulture);
                }
            }

            return 0;
        }
    }

    /// <summary>A tmux format value of the pane, e.g. alternate_on or cursor_flag.</summary>
    public string Pane(string format) => Tmux(["display-message", "-p", "-t", "pq", "#{" + format + "}"]).Trim();

    public void Keys(params string[] keys) => Tmux(["send-keys", "-t", "pq", .. keys]);

    /// <summary>Types text literally (no key names).</summary>
    public void Type(string text) => Tmux(["send-keys", "-t", "pq", "-l", text]);

    /// <summary>Waits until the screen satisfies <paramref name="done"/>; fails with the screen when it does not in time.</summary>
    public string WaitFor(Func<string, bool> done, string what, int timeoutMs = 30_000)
    {
        var clock = Stopwatch.StartNew();
        string screen;
        do
        {
            screen = Screen;
            if (done(screen))
            {
                return screen;
            }

            Thread.Sleep(100);
        }
        while (clock.ElapsedMilliseconds < timeoutMs);

        throw new Xunit.Sdk.XunitException($"Timed out after {timeoutMs} ms waiting for {what}. The screen:\n{screen}");
    }

    public string WaitFor(string text, int timeoutMs = 30_000) =>
        WaitFor(s => s.Contains(text, StringComparison.Ordinal), $"'{text}'", timeoutMs);

    public void Dispose()
    {
        if (ProgramPid is var pid and > 0)
        {
            Run("kill", ["-9", pid.ToString(CultureInfo.InvariantCulture)]);
        }

        Run("tmux", ["-L", _socket, "kill-server"]);
    }

    private string Tmux(IReadOnlyList<string> args)
    {
        var result = Run("tmux", ["-L", _socket, .. args]);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"tmux {string.Join(' ', args)} failed: {result.Output}");
        }

        return result.Output;
    }

    private static (int ExitCode, string Output) Run(string file, IReadOnlyList<string> args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit(30_000);
        return (process.ExitCode, output);
    }

    private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
