using PolicyQuiz.Core.Model;
using PolicyQuiz.Core.Scheduling;
using PolicyQuiz.Core.Study;

namespace PolicyQuiz.Storage.Study;

/// <summary>
/// A browse search: text found in the prompt, answer, accepted forms or evidence (case-insensitive for
/// ASCII letters), a pack, a tag (question or pack tag; "leech" also finds this profile's leeches), a
/// kind, a type; all optional and combined. At most <see cref="Limit"/> rows, in pack order.
/// </summary>
public sealed record BrowseQuery
{
    public string? Text { get; init; }

    public string? PackId { get; init; }

    public string? Tag { get; init; }

    public QuestionKind? Kind { get; init; }

    public QuestionType? Type { get; init; }

    public bool SuspendedOnly { get; init; }

    public int Limit { get; init; } = 500;
}

/// <summary>A question found by browsing, with this profile's card (null when never studied) and flags.</summary>
public sealed record BrowseRow(
    QuestionKey Key,
    string PackTitle,
    QuestionType Type,
    QuestionKind Kind,
    string Prompt,
    string Answer,
    EquatableList<string> Tags,
    FsrsCard? Card,
    int Reviews,
    bool Suspended,
    bool Leech);

/// <summary>One answer in a question's history (oldest first), with the card state it led to.</summary>
public sealed record HistoryEntry(
    long ReviewId,
    DateTimeOffset ReviewedAt,
    Rating Rating,
    Rating SuggestedRating,
    Verdict Verdict,
    string Answer,
    TimeSpan Duration,
    bool Cram,
    bool MadeLeech,
    FsrsCard Before,
    FsrsCard After);
