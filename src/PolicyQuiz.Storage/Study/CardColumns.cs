using System.Globalization;
using Microsoft.Data.Sqlite;
using PolicyQuiz.Core.Scheduling;

namespace PolicyQuiz.Storage.Study;

/// <summary>Reading and writing an <see cref="FsrsCard"/> as the ten card columns of cards and reviews (prefix "prev_" for the card before a review).</summary>
internal static class CardColumns
{
    public static string Select(string alias = "", string prefix = "") =>
        string.Join(", ", Names.Select(n => alias + prefix + n));

    public static readonly string[] Names =
    [
        "state", "due", "stability", "difficulty", "elapsed_days", "scheduled_days", "learning_steps", "reps", "lapses", "last_review",
    ];

    /// <summary>Reads the ten columns starting at <paramref name="ordinal"/>; null when state is NULL (no card row).</summary>
    public static FsrsCard? Read(SqliteDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal))
        {
            return null;
        }

        return new FsrsCard(
            Due: BankTime.Parse(reader.GetString(ordinal + 1)),
            Stability: reader.GetDouble(ordinal + 2),
            Difficulty: reader.GetDouble(ordinal + 3),
            ElapsedDays: reader.GetInt32(ordinal + 4),
            ScheduledDays: reader.GetInt32(ordinal + 5),
            LearningSteps: reader.GetInt32(ordinal + 6),
            Reps: reader.GetInt32(ordinal + 7),
            Lapses: reader.GetInt32(ordinal + 8),
            State: (CardState)reader.GetInt32(ordinal),
            LastReview: reader.IsDBNull(ordinal + 9) ? null : BankTime.Parse(reader.GetString(ordinal + 9)));
    }

    /// <summary>Adds @{prefix}state ... @{prefix}last_review parameters for <paramref name="card"/>.</summary>
    public static void Bind(SqliteCommand command, string prefix, FsrsCard card)
    {
        var p = command.Parameters;
        p.AddWithValue("@" + prefix + "state", (int)card.State);
        p.AddWithValue("@" + prefix + "due", BankTime.Format(card.Due));
        p.AddWithValue("@" + prefix + "stability", card.Stability);
        p.AddWithValue("@" + prefix + "difficulty", card.Difficulty);
        p.AddWithValue("@" + prefix + "elapsed_days", card.ElapsedDays);
        p.AddWithValue("@" + prefix + "scheduled_days", card.ScheduledDays);
        p.AddWithValue("@" + prefix + "learning_steps", card.LearningSteps);
        p.AddWithValue("@" + prefix + "reps", card.Reps);
        p.AddWithValue("@" + prefix + "lapses", card.Lapses);
        p.AddWithValue("@" + prefix + "last_review", card.LastReview is { } last ? BankTime.Format(last) : DBNull.Value);
    }

    public static string Parameters(string prefix) => string.Join(", ", Names.Select(n => "@" + prefix + n));

    public static string Assignments(string prefix) => string.Join(", ", Names.Select(n => n + " = @" + prefix + n));

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
