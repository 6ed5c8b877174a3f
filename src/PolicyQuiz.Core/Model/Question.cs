namespace PolicyQuiz.Core.Model;

/// <summary>
/// One question of a pack. <see cref="Answer"/> holds one string for choice, short and cloze,
/// "true" or "false" for truefalse, all correct options for multi, the items in order for order;
/// match questions keep their pairs in <see cref="Pairs"/> and leave <see cref="Answer"/> empty.
/// <see cref="ExtraJson"/> is the content of the `extra:` key as compact JSON (null when absent).
/// </summary>
public sealed record Question
{
    public required string Id { get; init; }

    public required QuestionType Type { get; init; }

    public required QuestionKind Kind { get; init; }

    public required string Prompt { get; init; }

    public EquatableList<string> Answer { get; init; } = EquatableList<string>.Empty;

    public EquatableList<MatchPair> Pairs { get; init; } = EquatableList<MatchPair>.Empty;

    public EquatableList<string> Accept { get; init; } = EquatableList<string>.Empty;

    public EquatableList<string> Distractors { get; init; } = EquatableList<string>.Empty;

    public string? Explanation { get; init; }

    public string? Source { get; init; }

    public string? Evidence { get; init; }

    public EquatableList<string> Tags { get; init; } = EquatableList<string>.Empty;

    public string? ExtraJson { get; init; }

    /// <summary>The answer as one line of text, as a student would be shown it.</summary>
    public string AnswerText => Type == QuestionType.Match
        ? string.Join("; ", Pairs.Select(p => $"{p.Left} → {p.Right}"))
        : string.Join(Type == QuestionType.Order ? " → " : ", ", Answer);
}
