namespace PolicyQuiz.Generation;

/// <summary>
/// Something an article says happened (or will happen) at a resolved date: the clause told without
/// its date words, the span of days the date stands for (one day, a month, a year), and the sentence.
/// </summary>
internal sealed record DatedEvent(string Phrase, DateOnly From, DateOnly To, string Evidence, int Sentence, string SourceId, DateOnly? Published)
{
    /// <summary>The phrase names at least two people, places or bodies (not "Trump signed an executive order"): it reads on its own beside other articles' events.</summary>
    public bool Named { get; init; }

    public bool Overlaps(DatedEvent other) => From <= other.To && other.From <= To;
}
