using PolicyQuiz.Core.Model;
using PolicyQuiz.Core.Scheduling;
using PolicyQuiz.Core.Study;

namespace PolicyQuiz.Core.Tests.Study;

/// <summary>An <see cref="IStudyStore"/> in memory: a review list and a card per question, with leech flags, as the SQLite store keeps them.</summary>
internal sealed class InMemoryStudyStore : IStudyStore
{
    private readonly Dictionary<QuestionKey, Question> _questions = [];
    private long _nextId = 1;

    public InMemoryStudyStore(string packId, params Question[] questions)
    {
        PackId = packId;
        foreach (var question in questions)
        {
            _questions[new QuestionKey(packId, question.Id)] = question;
        }
    }

    public string PackId { get; }

    public List<ReviewRecord> Reviews { get; } = [];

    public Dictionary<QuestionKey, FsrsCard> Cards { get; } = [];

    public HashSet<QuestionKey> Suspended { get; } = [];

    public HashSet<QuestionKey> Leeches { get; } = [];

    public static QuestionKey Key(string id) => new("pack", id);

    public StudyQuestion Load(QuestionKey key) => new(key, "Pack", _questions[key], null);

    public AnswerRivals Rivals(string packId) => AnswerRivals.From(_questions.Values);

    public long Append(ReviewRecord review)
    {
        var stored = review with { Id = _nextId++ };
        Reviews.Add(stored);
        if (!review.Cram)
        {
            Cards[review.Key] = review.After;
            if (review.MadeLeech)
            {
                Suspended.Add(review.Key);
                Leeches.Add(review.Key);
            }
        }

        return stored.Id;
    }

    public void Remove(ReviewRecord review)
    {
        Assert.Equal(1, Reviews.RemoveAll(r => r.Id == review.Id));
        if (!review.Cram)
        {
            Cards[review.Key] = review.Before;
            if (review.MadeLeech)
            {
                Suspended.Remove(review.Key);
                Leeches.Remove(review.Key);
            }
        }
    }

    public long Replace(ReviewRecord old, ReviewRecord replacement)
    {
        Remove(old);
        return Append(replacement);
    }

    /// <summary>The deck a new session would start from: every unsuspended question with its stored card.</summary>
    public StudyDeck Deck(DateTimeOffset now) => StudyDeck.Of(_questions
        .Where(q => !Suspended.Contains(q.Key))
        .Select((q, i) => new StudyCard(q.Key, q.Value.Kind, i, q.Value.Evidence, Cards.GetValueOrDefault(q.Key) ?? FsrsCard.New(now)))
        .ToList());
}
