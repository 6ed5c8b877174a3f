namespace PolicyQuiz.Core.Study;

/// <summary>
/// What a session starts from: the candidate questions (active, not suspended, matching the options),
/// how many new questions the profile already began today, and which question of each evidence
/// sentence (sibling key, see <see cref="StudyCard.SiblingKey"/>) was already answered today.
/// </summary>
public sealed record StudyDeck(
    IReadOnlyList<StudyCard> Cards,
    int NewIntroducedToday,
    IReadOnlyDictionary<string, QuestionKey> EvidenceShownToday)
{
    public static StudyDeck Of(IReadOnlyList<StudyCard> cards) =>
        new(cards, 0, new Dictionary<string, QuestionKey>(StringComparer.Ordinal));
}
