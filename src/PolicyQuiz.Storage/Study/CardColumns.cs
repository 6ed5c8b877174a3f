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
            Due: ParseTime(reader.GetString(ordinal + 1)),
            Stability: reader.GetDouble(ordinal + 2),
            Difficulty: reader.GetDouble(ordinal + 3),
            ElapsedDays: reader.GetInt32(ordinal + 4),
            ScheduledDays: reader.GetInt32(ordinal + 5),
            LearningSteps: reader.GetInt32(ordinal + 6),
            Reps: reader.GetInt32(ordinal + 7),
            Lapses: reader.GetInt32(ordinal + 8),
            State: (CardState)reader.GetInt32(ordinal),
            LastReview: reader.IsDBNull(ordinal + 9) ? null : ParseTime(reader.GetString(ordinal + 9)));
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

    /// <summary>Reads a bank time ("yyyy-MM-ddTHH:mm:ss.fffZ") without the cost of ParseExact; anything else goes to <see cref="BankTime.Parse"/>.</summary>
    public static DateTimeOffset ParseTime(string text)
    {
        if (text.Length == 24 && text[4] == '-' && text[7] == '-' && text[10] == 'T' && text[13] == ':' && text[16] == ':' && text[19] == '.' && text[23] == 'Z'
            && Digits(text, 0, 4) is var year and > 0 && Digits(text, 5, 2) is var month and >= 1 and <= 12
            && Digits(text, 8, 2) is var day and >= 1 && day <= DateTime.DaysInMonth(year, month)
            && Digits(text, 11, 2) is var hour and >= 0 and < 24 && Digits(text, 14, 2) is var minute and >= 0 and < 60
            && Digits(text, 17, 2) is var second and >= 0 and < 60 && Digits(text, 20, 3) is var millisecond and >= 0)
        {
            return new DateTimeOffset(year, month, day, hour, minute, second, millisecond, TimeSpan.Zero);
        }

        return BankTime.Parse(text);
    }

    private static int Digits(string text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            var c = text[i];
            if (c is < '0' or > '9')
            {
                return -1;
            }

            value = (value * 10) + (c - '0');
        }

        return value;
    }
}
