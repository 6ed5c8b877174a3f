namespace PolicyQuiz.Storage;

/// <summary>One line of `packs list`: counts are of the current (not retired) questions and the pack's sources.</summary>
public sealed record PackSummary(string Id, string Title, int Version, string Language, int QuestionCount, int SourceCount);
