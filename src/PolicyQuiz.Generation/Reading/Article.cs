namespace PolicyQuiz.Generation.Reading;

/// <summary>One news article ready for generation: front-matter fields and the body text as written.</summary>
public sealed record Article(
    string Title,
    DateOnly? Published,
    string? Publisher,
    string? Url,
    string Body,
    string SourceFile)
{
    /// <summary>The source id: a slug of the file name (feeds may set their own).</summary>
    public string SourceId { get; init; } = Core.Model.Slug.From(Path.GetFileNameWithoutExtension(SourceFile));
}
