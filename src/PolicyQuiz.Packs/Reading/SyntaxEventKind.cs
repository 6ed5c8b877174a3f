namespace PolicyQuiz.Packs.Reading;

/// <summary>The events a YAML or JSON pack file is read as: one document of collections and scalars.</summary>
internal enum SyntaxEventKind
{
    Scalar,
    MappingStart,
    MappingEnd,
    SequenceStart,
    SequenceEnd,
    DocumentEnd,
}
