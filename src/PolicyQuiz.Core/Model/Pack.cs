namespace PolicyQuiz.Core.Model;

/// <summary>A question pack as in shared/spec/packs.md: questions listed best first.</summary>
public sealed record Pack
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required int Version { get; init; }

    public string Language { get; init; } = "en";

    public string? Description { get; init; }

    public EquatableList<Source> Sources { get; init; } = EquatableList<Source>.Empty;

    public EquatableList<Question> Questions { get; init; } = EquatableList<Question>.Empty;

    public EquatableList<string> Tags { get; init; } = EquatableList<string>.Empty;

    public string? ExtraJson { get; init; }

    public Source? FindSource(string? id) => id is null ? null : Sources.FirstOrDefault(s => s.Id == id);
}
