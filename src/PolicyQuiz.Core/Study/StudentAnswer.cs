using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Core.Study;

/// <summary>
/// What the student gave. Typed answers (short, cloze) fill <see cref="Text"/>; choice, truefalse
/// and multi fill <see cref="Chosen"/> with the option texts picked; order fills <see cref="Chosen"/>
/// with the items in the order given; match fills <see cref="Pairs"/>. An empty answer is wrong.
/// </summary>
public sealed record StudentAnswer
{
    public string? Text { get; init; }

    public EquatableList<string> Chosen { get; init; } = EquatableList<string>.Empty;

    public EquatableList<MatchPair> Pairs { get; init; } = EquatableList<MatchPair>.Empty;

    /// <summary>No answer at all (the student moved on); always wrong.</summary>
    public static StudentAnswer None { get; } = new();

    public static StudentAnswer Typed(string text) => new() { Text = text };

    /// <summary>The option(s) picked: one for choice and truefalse, any number for multi.</summary>
    public static StudentAnswer Options(params IEnumerable<string> options) => new() { Chosen = options.ToEquatableList() };

    /// <summary>The items of an order question in the order the student put them.</summary>
    public static StudentAnswer Sequence(IEnumerable<string> items) => new() { Chosen = items.ToEquatableList() };

    /// <summary>The pairs the student made for a match question.</summary>
    public static StudentAnswer Matched(IEnumerable<MatchPair> pairs) => new() { Pairs = pairs.ToEquatableList() };

    public bool IsEmpty => string.IsNullOrWhiteSpace(Text) && Chosen.Count == 0 && Pairs.Count == 0;

    /// <summary>One line for the review log and the history view.</summary>
    public string Describe(QuestionType type) => type switch
    {
        QuestionType.Short or QuestionType.Cloze => Text ?? string.Empty,
        QuestionType.Order => string.Join(" → ", Chosen),
        QuestionType.Match => string.Join("; ", Pairs.Select(p => $"{p.Left} → {p.Right}")),
        _ => string.Join(", ", Chosen),
    };
}
