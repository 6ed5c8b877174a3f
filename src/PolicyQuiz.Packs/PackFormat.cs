namespace PolicyQuiz.Packs;

/// <summary>The two spellings of a pack file: the hand-written YAML form and the same document as JSON.</summary>
public enum PackFormat
{
    Yaml,
    Json,
}
