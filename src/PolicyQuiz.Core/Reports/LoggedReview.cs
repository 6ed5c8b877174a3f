using PolicyQuiz.Core.Model;
using PolicyQuiz.Core.Scheduling;
using PolicyQuiz.Core.Study;

namespace PolicyQuiz.Core.Reports;

/// <summary>
/// One answer of the review log as progress files carry it: everything the bank's review row holds
/// (except its row and session numbers), with the question's type and kind.
/// </summary>
public sealed record LoggedReview(
    QuestionKey Key,
    QuestionType Type,
    QuestionKind Kind,
    DateTimeOffset ReviewedAt,
    Rating Rating,
    Rating SuggestedRating,
    Verdict Verdict,
    double Credit,
    string Answer,
    long DurationMs,
    bool Cram,
    bool MadeLeech,
    FsrsCard Before,
    FsrsCard After)
{
    /// <summary>
    /// The review's identity across banks: pack, question and the instant answered (to the millisecond).
    /// A student cannot answer one question twice in the same millisecond, so merging on it adds each
    /// answer once.
    /// </summary>
    public string StableId => $"{Key.PackId}/{Key.QuestionId}@{ReviewedAt.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.fff'Z'}";

    /// <summary>Right when its final grade is Hard or better (as scores count it).</summary>
    public bool IsRight => Grading.IsPass(Rating);

    /// <summary>Counts for true retention: not cram, and the question was in the Review state when answered.</summary>
    public bool CountsForRetention => !Cram && Before.State == CardState.Review;
}
