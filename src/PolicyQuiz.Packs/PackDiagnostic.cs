namespace PolicyQuiz.Packs;

/// <summary>One problem in a pack file, at a 1-based line and column.</summary>
public sealed record PackDiagnostic(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
