namespace PolicyQuiz.Core.Study;

/// <summary>
/// The checker's judgement. <see cref="Credit"/> is the share right in [0, 1] (1 for correct and near
/// misses; for multi the overlap of chosen and correct options; for order and match the share of
/// items in the right place, shown for information only since those must be exact).
/// <see cref="Note"/> says why in one sentence when there is something to say ("one typo", "you
/// gave Austria, another country").
/// </summary>
public sealed record AnswerCheck(Verdict Verdict, double Credit, string? Note = null)
{
    /// <summary>True for <see cref="Verdict.Correct"/> and <see cref="Verdict.NearMiss"/>.</summary>
    public bool IsRight => Verdict is Verdict.Correct or Verdict.NearMiss;

    public static AnswerCheck Right(string? note = null) => new(Verdict.Correct, 1, note);

    public static AnswerCheck Wrong(double credit = 0, string? note = null) => new(Verdict.Wrong, credit, note);
}
