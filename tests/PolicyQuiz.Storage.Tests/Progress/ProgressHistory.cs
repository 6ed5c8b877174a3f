using PolicyQuiz.Core.Study;
using PolicyQuiz.Storage.Tests.Study;

namespace PolicyQuiz.Storage.Tests.Progress;

/// <summary>Builds a real study history in a <see cref="StudyBank"/>: sessions on several days, some answers wrong.</summary>
internal static class ProgressHistory
{
    /// <summary>Studies every new question on day one (every third wrong), then reviews what is due on the next days.</summary>
    public static void Study(StudyBank bank, int days = 3)
    {
        for (var day = 0; day < days; day++)
        {
            var session = bank.Study.Start();
            var count = 0;
            for (var item = session.Next(); item is not null && count < 40; item = session.Next())
            {
                count++;
                bank.Clock.Advance(TimeSpan.FromSeconds(20));
                session.Submit(count % 3 == 0 ? StudyBank.Wrong(item) : StudyBank.Right(item));
            }

            bank.Clock.Advance(TimeSpan.FromDays(1));
        }
    }

    public static int Reviews(StudyBank bank) => (int)bank.Count("SELECT count(*) FROM reviews");

    /// <summary>The review rows without their row, session and profile numbers, in time order.</summary>
    public static string ReviewRows(StudyBank bank) => Rows(bank, """
        SELECT pack_id, question_id, reviewed_at, kind, rating, suggested_rating, verdict, credit, answer, duration_ms, cram, made_leech,
               prev_state, prev_due, prev_stability, prev_difficulty, prev_reps, prev_lapses, prev_last_review,
               state, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, last_review
        FROM reviews ORDER BY reviewed_at, pack_id, question_id
        """);

    public static string CardRows(StudyBank bank) => Rows(bank, """
        SELECT pack_id, question_id, state, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, last_review
        FROM cards ORDER BY pack_id, question_id
        """);

    private static string Rows(StudyBank bank, string sql)
    {
        using var command = bank.Bank.Connection.CreateCommand();
        command.CommandText = sql;
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
}
