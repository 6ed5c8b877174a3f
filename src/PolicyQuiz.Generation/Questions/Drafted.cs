using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Generation;

/// <summary>A true/false or order question drafted from an article, before it gets an id and a source.</summary>
internal sealed record Drafted(QuestionType Type, QuestionKind Kind, string Prompt, IReadOnlyList<string> Answer, string Evidence, string? Explanation = null)
{
    /// <summary>For a question drawn from several articles: the source of its evidence.</summary>
    public string? SourceId { get; init; }
}
