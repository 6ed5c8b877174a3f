using System.Globalization;

namespace PolicyQuiz.Tui;

/// <summary>
/// For the startup benchmark: when POLICYQUIZ_TRACE_FIRST_FRAME names a file, the time the first question
/// reached the screen (Unix microseconds) is written there and the program quits.
/// </summary>
internal static class FirstFrameTrace
{
    private static bool s_done;

    public static string? Path { get; } = Environment.GetEnvironmentVariable("POLICYQUIZ_TRACE_FIRST_FRAME");

    public static void QuestionDrawn(INavigator navigator, TimeProvider time)
    {
        if (s_done || string.IsNullOrEmpty(Path))
        {
            return;
        }

        s_done = true;
        navigator.AfterFrame(() =>
        {
            var micros = (time.GetUtcNow() - DateTimeOffset.UnixEpoch).Ticks / 10;
            File.WriteAllText(Path, micros.ToString(CultureInfo.InvariantCulture) + "\n");
            navigator.Quit();
        });
    }
}
