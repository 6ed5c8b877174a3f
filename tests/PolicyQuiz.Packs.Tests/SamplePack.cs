using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Packs.Tests;

/// <summary>The pack Samples/every-type.yaml and Samples/every-type.json describe, built by hand.</summary>
internal static class SamplePack
{
    public static Pack Expected { get; } = new()
    {
        Id = "rare-earths-sample",
        Title = "US–Russia rare earth talks (sample)",
        Version = 3,
        Language = "en",
        Description = "Questions on the talks Kirill Dmitriev described to Izvestia in March 2025.",
        Tags = Texts.Of("rare-earths", "russia"),
        ExtraJson = """{"reviewed-by":"M. Okafor","difficulty":2,"draft":false}""",
        Sources = EquatableList.From(
            new Source(
                "dmitriev-izvestia",
                "US and Russia in talks on rare earth minerals projects",
                "Izvestia",
                new DateOnly(2025, 3, 24),
                "https://example.org/dmitriev-izvestia"),
            new Source("putin-february-interview", "Putin offers rare earth cooperation", ExtraJson: """{"language-of-original":"ru"}""")),
        Questions = EquatableList.From(
            new Question
            {
                Id = "who-proposed-cooperation",
                Type = QuestionType.Choice,
                Kind = QuestionKind.Who,
                Prompt = "Who proposed that Russia and the United States cooperate on rare earth minerals?",
                Answer = Texts.Of("Vladimir Putin"),
                Accept = Texts.Of("Putin"),
                Distractors = Texts.Of("Donald Trump", "Kirill Dmitriev", "Elon Musk"),
                Explanation = "Putin made the offer in February 2025.",
                Source = "putin-february-interview",
                Evidence = "Last month, Putin had proposed collaboration with the United States on rare earth minerals.",
                Tags = Texts.Of("putin"),
            },
            new Question
            {
                Id = "which-agencies-musk",
                Type = QuestionType.Multi,
                Kind = QuestionKind.What,
                Prompt = "Which Russian agencies did Dmitriev name when he spoke of cooperation with Elon Musk?",
                Answer = Texts.Of("Roscosmos", "Rosatom"),
                Distractors = Texts.Of("Gazprom", "Rosneft", "Sberbank"),
                Source = "dmitriev-izvestia",
            },
            new Question
            {
                Id = "talks-confirmed",
                Type = QuestionType.TrueFalse,
                Kind = QuestionKind.What,
                Prompt = "Dmitriev said that some US companies had already shown interest in rare earth projects in Russia.",
                Answer = Texts.Of("true"),
                Source = "dmitriev-izvestia",
            },
            new Question
            {
                Id = "where-officials-meet",
                Type = QuestionType.Short,
                Kind = QuestionKind.Where,
                Prompt = "In which country were officials expected to meet in mid-April?",
                Answer = Texts.Of("Saudi Arabia"),
                Accept = Texts.Of("KSA", "the Kingdom of Saudi Arabia"),
                Source = "dmitriev-izvestia",
                ExtraJson = """{"hint":"A Gulf state","weights":[1,2.5,-3],"nested":{"a":null,"b":[true,"false"]}}""",
            },
            new Question
            {
                Id = "fund-cloze",
                Type = QuestionType.Cloze,
                Kind = QuestionKind.What,
                Prompt = "Kirill Dmitriev is chief executive of the Russian ____ Investment Fund.",
                Answer = Texts.Of("Direct"),
                Source = "dmitriev-izvestia",
            },
            new Question
            {
                Id = "order-of-events",
                Type = QuestionType.Order,
                Kind = QuestionKind.When,
                Prompt = "Put these events in the order they happened.",
                Answer = Texts.Of(
                    "Putin proposes rare earth cooperation",
                    "Dmitriev tells Izvestia that talks have begun",
                    "Officials meet in Saudi Arabia"),
            },
            new Question
            {
                Id = "match-people-roles",
                Type = QuestionType.Match,
                Kind = QuestionKind.Who,
                Prompt = "Match each person to the organisation they lead.",
                Pairs = EquatableList.From(
                    new MatchPair("Kirill Dmitriev", "Russian Direct Investment Fund"),
                    new MatchPair("Elon Musk", "SpaceX"),
                    new MatchPair("1991", "a year, quoted so it stays text")),
            }),
    };
}
