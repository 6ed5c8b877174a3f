using Microsoft.Data.Sqlite;
using PolicyQuiz.Core.Model;
using PolicyQuiz.Core.Reports;
using PolicyQuiz.Core.Scheduling;
using PolicyQuiz.Core.Study;
using PolicyQuiz.Storage.Study;

namespace PolicyQuiz.Storage.Progress;

/// <summary>Reads a profile's review log (optionally one pack, optionally from a time on), oldest first, as <see cref="LoggedReview"/>s.</summary>
internal static class ReviewLog
{
    public static List<LoggedReview> Load(SqliteConnection connection, long profileId, string? packId, DateTimeOffset? since)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT r.pack_id, r.question_id, q.type, r.kind, r.reviewed_at, r.rating, r.suggested_rating, r.verdict,
                   r.credit, r.answer, r.duration_ms, r.cram, r.made_leech,
                   {CardColumns.Select("r.", "prev_")}, {CardColumns.Select("r.")}
            FROM reviews r
            JOIN questions q ON q.pack_id = r.pack_id AND q.id = r.question_id
            WHERE r.profile_id = @profile
              AND (@pack IS NULL OR r.pack_id = @pack)
              AND (@since IS NULL OR r.reviewed_at >= @since)
            ORDER BY r.reviewed_at, r.id
            """;
        command.Parameters.AddWithValue("@profile", profileId);
        command.Parameters.AddWithValue("@pack", (object?)packId ?? DBNull.Value);
        command.Parameters.AddWithValue("@since", since is { } from ? BankTime.Format(from) : DBNull.Value);
        using var reader = command.ExecuteReader();
        var reviews = new List<LoggedReview>();
        while (reader.Read())
        {
            if (!QuestionNames.TryParseType(reader.GetString(2), out var type) || !QuestionNames.TryParseKind(reader.GetString(3), out var kind))
            {
                throw new BankException($"damaged review of {reader.GetString(0)}/{reader.GetString(1)} in the bank");
            }

            reviews.Add(new LoggedReview(
                new QuestionKey(reader.GetString(0), reader.GetString(1)),
                type,
                kind,
                BankTime.Parse(reader.GetString(4)),
                (Rating)reader.GetInt32(5),
                (Rating)reader.GetInt32(6),
                VerdictNames.ParseVerdict(reader.GetString(7)),
                reader.GetDouble(8),
                reader.GetString(9),
                reader.GetInt64(10),
                reader.GetInt32(11) == 1,
                reader.GetInt32(12) == 1,
                CardColumns.Read(reader, 13)!,
                CardColumns.Read(reader, 23)!));
        }

        return reviews;
    }
}
