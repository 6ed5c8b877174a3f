namespace PolicyQuiz.Core.Model;

/// <summary>An article a pack's questions were drawn from.</summary>
public sealed record Source(
    string Id,
    string Title,
    string? Publisher = null,
    DateOnly? Published = null,
    string? Url = null,
    string? ExtraJson = null);
