namespace PolicyQuiz.Packs.Reading;

/// <summary>The keys of each level of a pack document, in the order the writer puts them.</summary>
internal static class PackKeys
{
    public static readonly string[] Pack = ["pack", "title", "version", "language", "description", "tags", "extra", "sources", "questions"];

    public static readonly string[] PackRequired = ["pack", "title", "version", "questions"];

    public static readonly string[] Source = ["id", "title", "publisher", "published", "url", "extra"];

    public static readonly string[] SourceRequired = ["id", "title"];

    public static readonly string[] Question =
        ["id", "type", "kind", "prompt", "answer", "accept", "distractors", "explanation", "source", "evidence", "tags", "extra"];

    public static readonly string[] QuestionRequired = ["id", "type", "kind", "prompt", "answer"];
}
