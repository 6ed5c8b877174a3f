namespace PolicyQuiz.Core.Scheduling.Replay;

/// <summary>Why a replay input was refused: the 1-based line and what is wrong there.</summary>
public sealed record ReplayError(int Line, string Message)
{
    /// <summary>The message as the command prints it: <c>FILE:LINE: what is wrong</c>.</summary>
    public string Describe(string source) => $"{source}:{Line}: {Message}";
}
