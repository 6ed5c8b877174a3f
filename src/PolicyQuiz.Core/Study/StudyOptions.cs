using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Core.Study;

/// <summary>
/// What a session draws from: one pack (<see cref="PackId"/>), questions with a tag, of a kind, or all
/// packs when all are null (filters combine). <see cref="Cram"/> practises any questions ahead of
/// schedule without touching their schedule.
/// </summary>
public sealed record StudyOptions
{
    public string? PackId { get; init; }

    public string? Tag { get; init; }

    public QuestionKind? Kind { get; init; }

    public bool Cram { get; init; }

    public static StudyOptions All { get; } = new();
}
