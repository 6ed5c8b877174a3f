using System.Globalization;
using PolicyQuiz.Core.Scheduling;

namespace PolicyQuiz.Core.Tests.Scheduling;

/// <summary>One review of a reference history and the card ts-fsrs produced after it.</summary>
public sealed record ReferenceStep(
    DateTimeOffset ReviewTime,
    Rating Rating,
    CardState State,
    double Stability,
    double Difficulty,
    DateTimeOffset Due,
    int ElapsedDays,
    int ScheduledDays,
    int LearningSteps,
    int Reps,
    int Lapses);

public sealed record ReferenceHistory(int Id, IReadOnlyList<ReferenceStep> Steps);

/// <summary>Reads the vectors tools/fsrs-vectors/generate.mjs wrote with ts-fsrs (see its README).</summary>
public static class ReferenceHistories
{
    public static IReadOnlyList<ReferenceHistory> Load(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Scheduling", "Vectors", fileName);
        var lines = File.ReadAllLines(path);
        Assert.Equal("history,review_time,rating,state,stability,difficulty,due,elapsed_days,scheduled_days,learning_steps,reps,lapses", lines[0]);
        var histories = new List<ReferenceHistory>();
        var current = new List<ReferenceStep>();
        var currentId = -1;
        foreach (var line in lines.Skip(1).Where(line => line.Length > 0))
        {
            var f = line.Split(',');
            var id = int.Parse(f[0], CultureInfo.InvariantCulture);
            if (id != currentId && current.Count > 0)
            {
                histories.Add(new ReferenceHistory(currentId, current));
                current = [];
            }

            currentId = id;
            current.Add(new ReferenceStep(
                Time(f[1]),
                (Rating)int.Parse(f[2], CultureInfo.InvariantCulture),
                Enum.Parse<CardState>(f[3]),
                double.Parse(f[4], CultureInfo.InvariantCulture),
                double.Parse(f[5], CultureInfo.InvariantCulture),
                Time(f[6]),
                int.Parse(f[7], CultureInfo.InvariantCulture),
                int.Parse(f[8], CultureInfo.InvariantCulture),
                int.Parse(f[9], CultureInfo.InvariantCulture),
                int.Parse(f[10], CultureInfo.InvariantCulture),
                int.Parse(f[11], CultureInfo.InvariantCulture)));
        }

        if (current.Count > 0)
        {
            histories.Add(new ReferenceHistory(currentId, current));
        }

        return histories;
    }

    private static DateTimeOffset Time(string text) =>
        DateTimeOffset.ParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
