using PolicyQuiz.Core.Model;
using PolicyQuiz.Core.Scheduling;

namespace PolicyQuiz.Core.Study;

/// <summary>
/// One answer as the review log keeps it: what was answered, the checker's verdict, the grade the
/// engine suggested and the grade that stands, and the card before and after. Cram reviews leave the
/// card as it was (<see cref="After"/> equals <see cref="Before"/>). <see cref="MadeLeech"/> is set when
/// this answer made the question a leech (it is then tagged and suspended).
/// </summary>
public sealed record ReviewRecord(
    QuestionKey Key,
    QuestionKind Kind,
    DateTimeOffset ReviewedAt,
    Rating Rating,
    Rating SuggestedRating,
    Verdict Verdict,
    double Credit,
    string Answer,
    TimeSpan Duration,
    bool Cram,
    FsrsCard Before,
    FsrsCard After,
    bool MadeLeech)
{
    /// <summary>The review's row id once stored (0 before).</summary>
    public long Id { get; init; }

    /// <summary>True when the grade that stands is a pass (Hard or better).</summary>
    public bool IsPass => Grading.IsPass(Rating);
}
