using PolicyQuiz.Core.Scheduling;

namespace PolicyQuiz.Core.Study;

/// <summary>
/// The grade an answer earns before the student changes it: wrong → Again, right → Good, near miss →
/// Hard. A partial multi answer earns Hard when at least two thirds of it is right (credit ≥ 2/3, e.g.
/// 2 of 3 options and nothing wrong) and Again otherwise. A review counts as right in scores and true
/// retention when its final grade is Hard or better.
/// </summary>
public static class Grading
{
    public const double PartialHardCredit = 2.0 / 3.0;

    public static Rating Suggest(AnswerCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return check.Verdict switch
        {
            Verdict.Correct => Rating.Good,
            Verdict.NearMiss => Rating.Hard,
            Verdict.Partial => check.Credit >= PartialHardCredit - 1e-9 ? Rating.Hard : Rating.Again,
            _ => Rating.Again,
        };
    }

    /// <summary>True when a final grade counts as a right answer (Hard, Good or Easy).</summary>
    public static bool IsPass(Rating rating) => rating != Rating.Again;
}
