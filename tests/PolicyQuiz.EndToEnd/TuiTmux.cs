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
            var shell = int.Parse(Tmux(["display-message", "-p", "-t", "pq", "#{pane_pid}"]).Trim(), CultureInfo.InvariantCulture);
            foreach (var (pid, parent, name) in Processes())
            {
                if (parent == shell && name != "sleep")
                {
                    return pid;
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

    /// <summary>Like <see cref="WaitFor(Func{string, bool}, string, int)"/>, and the screen has stopped changing (two equal captures 150 ms apart).</summary>
    public string WaitForSettled(Func<string, bool> done, string what, int timeoutMs = 30_000)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var screen = WaitFor(done, what, timeoutMs);
            Thread.Sleep(150);
            if (Screen == screen)
            {
                return screen;
            }

            if (clock.ElapsedMilliseconds > timeoutMs)
            {
                throw new Xunit.Sdk.XunitException($"The screen kept changing for {timeoutMs} ms while waiting for {what}.");
            }
        }
    }

    public string WaitFor(string text, int timeoutMs = 30_000) =>
        WaitFor(s => s.Contains(text, StringComparison.Ordinal), $"'{text}'", timeoutMs);

    /// <summary>Sends a signal (KILL, TERM, INT) to the program, with the shell's own kill.</summary>
    public void Signal(string signal)
    {
        var pid = ProgramPid;
        if (pid <= 0)
        {
            throw new InvalidOperationException("the program is not running");
        }

        Run("sh", ["-c", $"kill -{signal} {pid.ToString(CultureInfo.InvariantCulture)}"]);
    }

    public void Dispose()
    {
        if (ProgramPid > 0)
        {
            Signal("KILL");
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

    // (pid, parent pid, name) of every process, from /proc/PID/stat: "pid (name) state ppid ..."
    private static IEnumerable<(int Pid, int Parent, string Name)> Processes()
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }

            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(dir, "stat"));
            }
            catch (IOException)
            {
                continue;
            }

            var open = stat.IndexOf('(', StringComparison.Ordinal);
            var close = stat.LastIndexOf(')');
            var fields = stat[(close + 2)..].Split(' ');
            yield return (pid, int.Parse(fields[1], CultureInfo.InvariantCulture), stat[(open + 1)..close]);
        }
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
