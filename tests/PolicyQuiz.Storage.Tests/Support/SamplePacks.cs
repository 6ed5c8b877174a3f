using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Storage.Tests.Support;

/// <summary>Packs built in code, one question of every type.</summary>
public static class SamplePacks
{
    public static Pack RareEarths(int version = 1) => new()
    {
        Id = "rare-earths",
        Title = "US–Russia rare earth talks",
        Version = version,
        Language = "en",
        Description = "Talks on rare earth minerals, spring 2025",
        Tags = EquatableList.From<string>("russia", "minerals"),
        ExtraJson = """{"level":"intro"}""",
        Sources = EquatableList.From(
            new Source("izvestia", "US and Russia in talks on rare earth projects", "Izvestia", new DateOnly(2025, 3, 24), "https://example.org/a"),
            new Source("briefing", "A second article")),
        Questions = EquatableList.From(
            Choice("who-proposed", "Who proposed cooperation on rare earth minerals?", "Vladimir Putin"),
            new Question
            {
                Id = "which-two",
                Type = QuestionType.Multi,
                Kind = QuestionKind.Who,
                Prompt = "Which two countries held the talks?",
                Answer = EquatableList.From<string>("United States", "Russia"),
                Distractors = EquatableList.From<string>("China", "Ukraine", "India"),
                Source = "izvestia",
            },
            new Question
            {
                Id = "talks-were-public",
                Type = QuestionType.TrueFalse,
                Kind = QuestionKind.What,
                Prompt = "The talks were announced publicly.",
                Answer = EquatableList.From<string>("true"),
                Explanation = "Dmitriev spoke to the press.",
            },
            new Question
            {
                Id = "envoy-name",
                Type = QuestionType.Short,
                Kind = QuestionKind.Who,
                Prompt = "Name the Russian envoy.",
                Answer = EquatableList.From<string>("Kirill Dmitriev"),
                Accept = EquatableList.From<string>("Dmitriev"),
                Evidence = "Kirill Dmitriev said the talks had begun.",
                Source = "izvestia",
            },
            new Question
            {
                Id = "gap",
                Type = QuestionType.Cloze,
                Kind = QuestionKind.What,
                Prompt = "Russia holds large reserves of ____ metals.",
                Answer = EquatableList.From<string>("rare earth"),
                Accept = EquatableList.From<string>("rare-earth"),
            },
            new Question
            {
                Id = "sequence",
                Type = QuestionType.Order,
                Kind = QuestionKind.When,
                Prompt = "Put these in order.",
                Answer = EquatableList.From<string>("Proposal", "Talks", "Statement"),
            },
            new Question
            {
                Id = "who-said-what",
                Type = QuestionType.Match,
                Kind = QuestionKind.Who,
                Prompt = "Match each person with their role.",
                Pairs = EquatableList.From(new MatchPair("Dmitriev", "Envoy"), new MatchPair("Putin", "President")),
                Tags = EquatableList.From<string>("people"),
                ExtraJson = """{"difficulty":2}""",
            }),
    };

    public static Question Choice(string id, string prompt, string answer, params string[] distractors) => new()
    {
        Id = id,
        Type = QuestionType.Choice,
        Kind = QuestionKind.Who,
        Prompt = prompt,
        Answer = EquatableList.From<string>(answer),
        Distractors = (distractors.Length > 0 ? distractors : ["Donald Trump", "Kirill Dmitriev", "Elon Musk"]).ToEquatableList(),
        Source = "izvestia",
    };

    /// <summary>A pack of <paramref name="count"/> choice questions q1..qN.</summary>
    public static Pack Numbered(string id, int version, int count) => new()
    {
        Id = id,
        Title = "Numbered " + id,
        Version = version,
        Sources = EquatableList.From(new Source("izvestia", "Source")),
        Questions = Enumerable.Range(1, count).Select(i => Choice($"q{i}", $"Question {i}?", $"Answer {i}")).ToEquatableList(),
    };
}
