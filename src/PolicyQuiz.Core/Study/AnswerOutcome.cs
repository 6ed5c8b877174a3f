using PolicyQuiz.Core.Scheduling;

namespace PolicyQuiz.Core.Study;

/// <summary>
/// What the feedback screen shows after an answer: the verdict, the grade given (changeable with
/// <see cref="StudySession.Regrade"/> until the session moves on), the card before and after, when the
/// question returns, and whether it just became a leech (tagged and suspended).
/// </summary>
public sealed record AnswerOutcome(
    StudyItem Item,
    StudentAnswer Answer,
    AnswerCheck Check,
    ReviewRecord Review)
{
    /// <summary>Right or near miss: feedback says "Correct"; otherwise "Wrong".</summary>
    public bool IsCorrect => Check.IsRight;

    public Rating SuggestedRating => Review.SuggestedRating;

    public Rating Rating => Review.Rating;

    public FsrsCard Before => Review.Before;

    public FsrsCard After => Review.After;

    public bool BecameLeech => Review.MadeLeech;

    public DateTimeOffset AnsweredAt => Review.ReviewedAt;

    /// <summary>When the question comes back; null in cram mode (the schedule is not touched).</summary>
    public DateTimeOffset? NextDue => Review.Cram ? null : Review.After.Due;

    /// <summary>The correct answer as one line.</summary>
    public string CorrectAnswer => Item.Question.AnswerText;
}
