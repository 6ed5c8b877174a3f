using PolicyQuiz.Core.Model;
using PolicyQuiz.Core.Study;
using PolicyQuiz.Storage;
using PolicyQuiz.Storage.Study;

namespace PolicyQuiz.Tests.Tui;

/// <summary>A real bank file in a temp folder with one pack holding a question of every type, in this order.</summary>
internal sealed class StudyBank : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("policyquiz-tui-").FullName;

    public StudyBank()
    {
        Path = System.IO.Path.Combine(_folder, "bank.db");
        Bank = Bank.Open(Path, Clock);
        Bank.Packs.Import(SamplePack());
        Profile = Bank.Profiles.GetOrCreate("student");
        Service = new StudyService(Bank, Profile);
    }

    public TestClock Clock { get; } = new(new DateTimeOffset(2025, 4, 1, 9, 0, 0, TimeSpan.Zero));

    public string Path { get; }

    public Bank Bank { get; }

    public Profile Profile { get; }

    public StudyService Service { get; }

    public StudySession Start(StudyOptions? options = null) => Service.Start(options);

    public int ReviewCount()
    {
        using var command = Bank.Connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM reviews";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        Bank.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static EquatableList<string> L(params string[] items) => new(items);

    public static Pack SamplePack() => new()
    {
        Id = "talks",
        Title = "Riyadh talks",
        Version = 1,
        Tags = L("russia"),
        Sources = EquatableList.From(new Source("izv", "US and Russia meet in Riyadh", "Izvestia", new DateOnly(2025, 2, 18))),
        Questions = EquatableList.From(
            new Question
            {
                Id = "who-led",
                Type = QuestionType.Choice,
                Kind = QuestionKind.Who,
                Prompt = "Who led the US delegation?",
                Answer = L("Marco Rubio"),
                Distractors = L("Sergey Lavrov", "Kirill Dmitriev"),
                Explanation = "The Secretary of State led the delegation.",
                Evidence = "Marco Rubio led the American side in Riyadh.",
                Source = "izv",
            },
            new Question
            {
                Id = "was-public",
                Type = QuestionType.TrueFalse,
                Kind = QuestionKind.What,
                Prompt = "The talks were held in public view.",
                Answer = L("false"),
                Evidence = "The meeting took place behind closed doors.",
                Source = "izv",
            },
            new Question
            {
                Id = "which-cities",
                Type = QuestionType.Multi,
                Kind = QuestionKind.Where,
                Prompt = "Which cities hosted rounds of talks?",
                Answer = L("Riyadh", "Istanbul"),
                Distractors = L("Geneva", "Oslo"),
                Evidence = "Rounds followed in Riyadh and Istanbul.",
                Source = "izv",
            },
            new Question
            {
                Id = "order-events",
                Type = QuestionType.Order,
                Kind = QuestionKind.When,
                Prompt = "Put these events in order.",
                Answer = L("Phone call", "Riyadh meeting", "Istanbul round"),
                Evidence = "A phone call came first, then Riyadh, then Istanbul.",
                Source = "izv",
            },
            new Question
            {
                Id = "match-roles",
                Type = QuestionType.Match,
                Kind = QuestionKind.Who,
                Prompt = "Match each person with a role.",
                Pairs = EquatableList.From(new MatchPair("Rubio", "Secretary of State"), new MatchPair("Lavrov", "Foreign Minister")),
                Evidence = "Rubio and Lavrov headed their delegations.",
                Source = "izv",
            },
            new Question
            {
                Id = "host-city",
                Type = QuestionType.Short,
                Kind = QuestionKind.Where,
                Prompt = "In which city did the first meeting take place?",
                Answer = L("Riyadh"),
                Explanation = "Saudi Arabia hosted the first meeting.",
                Evidence = "The first meeting was held in Riyadh.",
                Source = "izv",
            }),
    };
}
