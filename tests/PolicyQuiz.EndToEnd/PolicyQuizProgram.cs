using System.Diagnostics;

namespace PolicyQuiz.EndToEnd;

/// <summary>Runs the built `policyquiz` program (copied beside the tests) as a separate process.</summary>
public static class PolicyQuizProgram
{
    /// <summary>The program's dll beside this test assembly; run it with `dotnet`.</summary>
    public static string DllPath => Path.Combine(AppContext.BaseDirectory, "policyquiz.dll");

    public static ProgramResult Run(IReadOnlyList<string> args, string? stdin = null, IDictionary<string, string>? environment = null, string? workingDirectory = null, int timeoutMs = 60_000)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        start.ArgumentList.Add(DllPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["POLICYQUIZ_DB"] = null;
        start.Environment["NO_COLOR"] = "1";
        if (environment is not null)
        {
            foreach (var (key, value) in environment)
            {
                start.Environment[key] = value;
            }
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(timeoutMs))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"policyquiz {string.Join(' ', args)} did not finish in {timeoutMs} ms");
        }

        return new ProgramResult(process.ExitCode, output.Result, error.Result);
    }
}

public sealed record ProgramResult(int ExitCode, string Output, string Error);
