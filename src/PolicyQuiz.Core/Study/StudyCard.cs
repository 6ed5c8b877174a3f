using PolicyQuiz.Core.Model;
using PolicyQuiz.Core.Scheduling;

namespace PolicyQuiz.Core.Study;

/// <summary>
/// A question as the queue sees it: its key, kind, place in its pack (best first), evidence sentence
/// (for sibling burying), FSRS card (a New card when never studied) and when its prompt or answer last
/// changed. A question changed after its last review counts as due.
/// </summary>
public sealed record StudyCard(
    QuestionKey Key,
    QuestionKind Kind,
    int Position,
    string? Evidence,
    FsrsCard Card,
    DateTimeOffset? ChangedAt = null)
{
    /// <summary>True when the question changed after it was last reviewed (and so must come back now).</summary>
    public bool IsChanged => Card.State != CardState.New && ChangedAt is { } changed && (Card.LastReview is not { } last || changed > last);

    /// <summary>The key that groups siblings: the evidence sentence, normalised; null when there is none.</summary>
    public string? EvidenceKey => SiblingKey(Evidence);

    public static string? SiblingKey(string? evidence)
    {
        var key = AnswerText.Normalize(evidence);
        return key.Length == 0 ? null : key;
    }
}
