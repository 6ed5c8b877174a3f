namespace PolicyQuiz.Packs.Interchange.Csv;

/// <summary>The header of a pack as CSV, one question a row. type, prompt and answer are required when reading.</summary>
public static class CsvPackColumns
{
    public static readonly IReadOnlyList<string> All =
    [
        "id", "type", "kind", "prompt", "answer", "accept", "distractors", "explanation",
        "source", "source_title", "source_publisher", "source_published", "source_url", "evidence", "tags",
    ];

    public static readonly IReadOnlyList<string> Required = ["type", "prompt", "answer"];

    /// <summary>How list cells join their items ("a | b | c"); a match pair is "left -> right".</summary>
    public const string ListSeparator = " | ";

    public const string PairArrow = " -> ";
}
