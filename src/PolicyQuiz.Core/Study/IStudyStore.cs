namespace PolicyQuiz.Core.Study;

/// <summary>
/// Where a session reads questions and writes answers (the SQLite bank in PolicyQuiz.Storage). Each
/// write is one transaction and is done when the method returns: the session hands out the next
/// question only after the answer is stored.
/// </summary>
public interface IStudyStore
{
    /// <summary>The question with its pack title and source.</summary>
    StudyQuestion Load(QuestionKey key);

    /// <summary>The other valid answers of the pack (for typo forgiveness).</summary>
    AnswerRivals Rivals(string packId);

    /// <summary>Stores the review and the card's new state (unless cram; leech tag and suspension when <see cref="ReviewRecord.MadeLeech"/>). Returns the review id.</summary>
    long Append(ReviewRecord review);

    /// <summary>Undo: deletes the review and puts the card back as it was before (leech tag and suspension too).</summary>
    void Remove(ReviewRecord review);

    /// <summary>Regrade: replaces <paramref name="old"/> by <paramref name="replacement"/> in one transaction. Returns the new review id.</summary>
    long Replace(ReviewRecord old, ReviewRecord replacement);
}
