using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Bench;

/// <summary>
/// A synthetic pack of many short questions of every type, deterministic for a seed. Questions are kept
/// short (about 150 bytes of YAML each) so that 100,000 of them fit in the 20 MB file limit.
/// </summary>
internal static class BigPack
{
    private static readonly string[] People =
        ["Putin", "Trump", "Dmitriev", "Musk", "Lavrov", "Rubio", "Witkoff", "Zelensky", "Xi", "Vance", "Ushakov", "Waltz"];

    private static readonly string[] Places =
        ["Riyadh", "Moscow", "Kyiv", "Beijing", "Nuuk", "Jeddah", "Istanbul", "Geneva", "Murmansk", "Yakutia"];

    private static readonly string[] Words =
        ["talks", "minerals", "sanctions", "ceasefire", "deal", "summit", "tariffs", "exports", "envoy", "fund", "treaty", "pipeline"];

    public static Pack Create(int count, int seed = 7)
    {
        var random = new Random(seed);
        var questions = new List<Question>(count);
        for (var i = 0; i < count; i++)
        {
            questions.Add(Question(i, random));
        }

        return new Pack
        {
            Id = "bench-pack",
            Title = "Benchmark pack",
            Version = 1,
            Sources = EquatableList.From(new Source("bench-source", "A synthetic article", "Bench", new DateOnly(2025, 3, 24))),
            Questions = new EquatableList<Question>(questions),
        };
    }

    private static Question Question(int i, Random random)
    {
        var id = $"q{i}";
        var person = Pick(People, random);
        var place = Pick(Places, random);
        var word = Pick(Words, random);
        return (i % 20) switch
        {
            < 8 => new Question
            {
                Id = id,
                Type = QuestionType.Choice,
                Kind = QuestionKind.Who,
                Prompt = $"Who led the {word} in {place}?",
                Answer = Texts(person),
                Distractors = Others(People, person, 3, random),
            },
            < 10 => Multi(id, word, place, random),
            < 13 => new Question
            {
                Id = id,
                Type = QuestionType.TrueFalse,
                Kind = QuestionKind.What,
                Prompt = $"{person} backed the {word}.",
                Answer = Texts(random.Next(2) == 0 ? "true" : "false"),
            },
            < 16 => new Question
            {
                Id = id,
                Type = QuestionType.Short,
                Kind = QuestionKind.Where,
                Prompt = $"Where did {person} sign the {word}?",
                Answer = Texts(place),
            },
            < 18 => new Question
            {
                Id = id,
                Type = QuestionType.Cloze,
                Kind = QuestionKind.Who,
                Prompt = $"____ announced the {word} in {place}.",
                Answer = Texts(person),
            },
            < 19 => new Question
            {
                Id = id,
                Type = QuestionType.Order,
                Kind = QuestionKind.When,
                Prompt = "Order these events.",
                Answer = Texts($"{word} in {place}", $"{word} in {Others(Places, place, 1, random)[0]}"),
            },
            _ => new Question
            {
                Id = id,
                Type = QuestionType.Match,
                Kind = QuestionKind.Who,
                Prompt = "Match people and places.",
                Pairs = EquatableList.From(new MatchPair(person, place), new MatchPair(Others(People, person, 1, random)[0], Others(Places, place, 1, random)[0])),
            },
        };
    }

    private static Question Multi(string id, string word, string place, Random random)
    {
        var others = Others(Places, place, 4, random);
        return new Question
        {
            Id = id,
            Type = QuestionType.Multi,
            Kind = QuestionKind.Where,
            Prompt = $"Where were {word} held?",
            Answer = Texts(place, others[0]),
            Distractors = new EquatableList<string>(others.Skip(1)),
        };
    }

    private static string Pick(string[] items, Random random) => items[random.Next(items.Length)];

    private static EquatableList<string> Others(string[] items, string not, int count, Random random)
    {
        var start = random.Next(items.Length);
        return new EquatableList<string>(Enumerable.Range(0, items.Length)
            .Select(k => items[(start + k) % items.Length])
            .Where(item => item != not)
            .Take(count));
    }

    private static EquatableList<string> Texts(params string[] items) => new(items);
}
