namespace PolicyQuiz.Packs.Reading;

/// <summary>
/// What a scalar is under the YAML 1.2 core schema (for JSON: the token type). Quoted YAML scalars and
/// JSON strings are always <see cref="String"/>.
/// </summary>
internal enum ScalarKind
{
    String,
    Null,
    Bool,
    Integer,
    Float,
}
