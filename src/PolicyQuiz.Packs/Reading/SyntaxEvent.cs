namespace PolicyQuiz.Packs.Reading;

/// <summary>One event of a pack document, with the 1-based position where it starts.</summary>
internal readonly record struct SyntaxEvent(
    SyntaxEventKind Kind,
    int Line,
    int Column,
    string Value = "",
    ScalarKind ScalarKind = ScalarKind.String);
