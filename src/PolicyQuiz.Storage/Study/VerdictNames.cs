using PolicyQuiz.Core.Study;

namespace PolicyQuiz.Storage.Study;

/// <summary>How verdicts are spelled in reviews.verdict.</summary>
public static class VerdictNames
{
    public static string Name(this Verdict verdict) => verdict switch
    {
        Verdict.Correct => "correct",
        Verdict.NearMiss => "near-miss",
        Verdict.Partial => "partial",
        _ => "wrong",
    };

    public static Verdict ParseVerdict(string text) => text switch
    {
        "correct" => Verdict.Correct,
        "near-miss" => Verdict.NearMiss,
        "partial" => Verdict.Partial,
        _ => Verdict.Wrong,
    };
}
