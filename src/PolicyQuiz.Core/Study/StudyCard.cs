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

    /// <summary>The key that groups siblings: the evidence sentence's letters and digits (see <see cref="SiblingKey"/>); null when there is none.</summary>
    public string? EvidenceKey => SiblingKey(Evidence);

    /// <summary>The sibling key of an evidence sentence: its letters and digits, lowercased and without diacritics; null when there are none.</summary>
    public static string? SiblingKey(string? evidence)
    {
        if (string.IsNullOrEmpty(evidence))
        {
            return null;
        }

        Span<char> buffer = evidence.Length <= 512 ? stackalloc char[evidence.Length] : new char[evidence.Length];
        var length = 0;
        foreach (var raw in evidence)
        {
            var c = raw >= '\u00C0' ? Diacritics.Fold(raw) : raw;
            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return length == 0 ? null : new string(buffer[..length]);
    }
}
