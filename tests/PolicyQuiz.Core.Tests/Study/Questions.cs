using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Core.Tests.Study;

/// <summary>Small questions for tests.</summary>
internal static class Questions
{
    public static Question Choice(string id, string answer = "Vladimir Putin", string? evidence = null, QuestionKind kind = QuestionKind.Who) => new()
    {
        Id = id,
        Type = QuestionType.Choice,
        Kind = kind,
        Prompt = $"Question {id}?",
        Answer = new EquatableList<string>([answer]),
        Distractors = EquatableList.From("Donald Trump", "Kirill Dmitriev", "Elon Musk"),
        Evidence = evidence,
    };

    public static Question Short(string answer, params string[] accept) => new()
    {
        Id = "short-" + Core.Model.Slug.From(answer),
        Type = QuestionType.Short,
        Kind = QuestionKind.Where,
        Prompt = "Where?",
        Answer = new EquatableList<string>([answer]),
        Accept = accept.ToEquatableList(),
    };

    public static Question Multi(params string[] answers) => new()
    {
        Id = "multi",
        Type = QuestionType.Multi,
        Kind = QuestionKind.What,
        Prompt = "Which?",
        Answer = answers.ToEquatableList(),
        Distractors = EquatableList.From("Cobalt", "Uranium", "Gold"),
    };
}
