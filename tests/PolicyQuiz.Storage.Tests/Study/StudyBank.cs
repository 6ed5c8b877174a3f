using Microsoft.Data.Sqlite;
using PolicyQuiz.Core.Model;
using PolicyQuiz.Core.Study;
using PolicyQuiz.Storage.Stats;
using PolicyQuiz.Storage.Study;

namespace PolicyQuiz.Storage.Tests.Study;

/// <summary>A clock moved by hand; study days in UTC.</summary>
internal sealed class StudyClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public void Advance(TimeSpan by) => Now += by;
}

/// <summary>A real bank file in a temp folder with a small pack imported and a profile, for study tests.</summary>
internal sealed class StudyBank : IDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 4, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly string _folder;

    public StudyBank(Pack? pack = null)
    {
        _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "policyquiz-engine-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        Path = System.IO.Path.Combine(_folder, "bank.db");
        Clock = new StudyClock(Start);
        Bank = Bank.Open(Path, Clock);
        var result = Bank.Packs.Import(pack ?? Sample());
        Assert.True(result.Succeeded, result.Message);
        Profile = Bank.Profiles.GetOrCreate("ana");
    }

    public string Path { get; }

    public StudyClock Clock { get; }

    public Bank Bank { get; }

    public Profile Profile { get; }

    public StudyService Study => new(Bank, Profile);

    public StatsService Stats => new(Bank, Profile);

    public QuestionBrowser Browser => new(Bank, Profile);

    public static QuestionKey Key(string id) => new("sample", id);

    /// <summary>A second, independent connection to the same file (as another process would open it).</summary>
    public long Count(string sql)
    {
        using var connection = new SqliteConnection(Bank.ConnectionString(Path));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    public string Dump(string table)
    {
        using var command = Bank.Connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {table} ORDER BY 1, 2, 3";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            var cells = new string[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!;
            }

            rows.Add(string.Join("|", cells));
        }

        return string.Join("\n", rows);
    }

    public static StudentAnswer Right(StudyItem item) => item.Type switch
    {
        QuestionType.Short or QuestionType.Cloze => StudentAnswer.Typed(item.Question.Answer[0]),
        QuestionType.Order => StudentAnswer.Sequence(item.Question.Answer),
        QuestionType.Match => StudentAnswer.Matched(item.Question.Pairs),
        _ => StudentAnswer.Options(item.Question.Answer),
    };

    public static StudentAnswer Wrong(StudyItem item) => StudentAnswer.None;

    public static Pack Sample(int version = 1, string envoy = "Kirill Dmitriev", bool withMatch = true)
    {
        const string proposal = "Last month, Putin had proposed collaboration with the United States on rare earth minerals.";
        var questions = new List<Question>
        {
            new()
            {
                Id = "who-proposed", Type = QuestionType.Choice, Kind = QuestionKind.Who, Prompt = "Who proposed cooperation on rare earths?",
                Answer = new EquatableList<string>(["Vladimir Putin"]), Distractors = EquatableList.From<string>("Donald Trump", "Elon Musk", "Marco Rubio"),
                Source = "izvestia", Evidence = proposal, Tags = EquatableList.From<string>("russia"),
            },
            new()
            {
                Id = "proposal-true", Type = QuestionType.TrueFalse, Kind = QuestionKind.What, Prompt = "Putin proposed the cooperation.",
                Answer = new EquatableList<string>(["true"]), Source = "izvestia", Evidence = proposal,
            },
            new()
            {
                Id = "envoy", Type = QuestionType.Short, Kind = QuestionKind.Who, Prompt = "Name the Russian envoy.",
                Answer = new EquatableList<string>([envoy]), Accept = EquatableList.From<string>("Dmitriev"),
                Source = "izvestia", Evidence = "Kirill Dmitriev said the talks had begun.", Tags = EquatableList.From<string>("russia", "people"),
            },
            new()
            {
                Id = "talks-city", Type = QuestionType.Short, Kind = QuestionKind.Where, Prompt = "Where did the talks take place?",
                Answer = new EquatableList<string>(["Riyadh"]), Source = "izvestia", Evidence = "The delegations met in Riyadh.",
            },
            new()
            {
                Id = "minerals", Type = QuestionType.Multi, Kind = QuestionKind.What, Prompt = "Which minerals were named?",
                Answer = EquatableList.From<string>("Lithium", "Nickel"), Distractors = EquatableList.From<string>("Gold", "Uranium", "Coal"),
                Source = "izvestia", Evidence = "Lithium and nickel were named.",
            },
            new()
            {
                Id = "sequence", Type = QuestionType.Order, Kind = QuestionKind.When, Prompt = "Put in order.",
                Answer = EquatableList.From<string>("Proposal", "Talks", "Deal"), Source = "izvestia", Evidence = "First the proposal, then talks, then a deal.",
            },
        };
        if (withMatch)
        {
            questions.Add(new()
            {
                Id = "roles",
                Type = QuestionType.Match,
                Kind = QuestionKind.Who,
                Prompt = "Match.",
                Pairs = EquatableList.From(new MatchPair("Rubio", "State"), new MatchPair("Dmitriev", "RDIF")),
                Source = "izvestia",
            });
        }

        return new Pack
        {
            Id = "sample",
            Title = "Sample pack",
            Version = version,
            Sources = EquatableList.From(new Source("izvestia", "US and Russia in talks", "Izvestia", new DateOnly(2025, 3, 24))),
            Questions = questions.ToEquatableList(),
        };
    }

    public void Dispose()
    {
        Bank.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
