namespace PolicyQuiz.Core.Study;

/// <summary>What the checker made of an answer.</summary>
public enum Verdict
{
    /// <summary>Wrong, empty, or another valid answer than the one asked for.</summary>
    Wrong = 0,

    /// <summary>Multi only: some of the right options and not others (see <see cref="AnswerCheck.Credit"/>).</summary>
    Partial = 1,

    /// <summary>Typed answers only: right but for a typo or two.</summary>
    NearMiss = 2,

    Correct = 3,
}
