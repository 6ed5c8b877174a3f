using Microsoft.Data.Sqlite;
using PolicyQuiz.Core.Model;
using PolicyQuiz.Core.Scheduling;
using PolicyQuiz.Core.Study;
using PolicyQuiz.Storage.Study;

namespace PolicyQuiz.Storage.Stats;

/// <summary>
/// One question a profile has answered, as progress exports list it: attempts and right answers
/// (final grade Hard or better, cram included), the last answer, and the card now (null fields when
/// only crammed: the schedule was never touched) with its retrievability at the time of reading.
/// </summary>
public sealed record QuestionProgress(
    string Profile,
    QuestionKey Key,
    QuestionKind Kind,
    QuestionType Type,
    int Attempts,
    int Correct,
    DateTimeOffset LastAnswered,
    FsrsCard? Card,
    double? Retrievability);

/// <summary>One row of the review log, with its question key and session.</summary>
public sealed record LoggedReview(string Profile, long? SessionId, ReviewRecord Review);

/// <summary>Reads a profile's progress and review log for exports and reports (all packs, removed ones too).</summary>
public sealed class ProgressReader
{
    private readonly Bank _bank;
    private readonly SqliteConnection _connection;

    public ProgressReader(Bank bank, Profile profile)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(profile);
        _bank = bank;
        _connection = bank.Connection;
        Profile = profile;
    }

    public Profile Profile { get; }

    /// <summary>Every question answered (optionally of one pack, answered since a time), by pack and question id.</summary>
    public IReadOnlyList<QuestionProgress> Questions(string? packId = null, DateTimeOffset? since = null)
    {
        var scheduler = new FsrsScheduler(new StudySettingsStore(_bank).Get(Profile).Parameters);
        var now = _bank.Time.GetUtcNow();
        using var command = _connection.CreateCommand();
        command.CommandText = $"""
            SELECT r.pack_id, r.question_id, q.kind, q.type, count(*), sum(r.rating > 1), max(r.reviewed_at), {CardColumns.Select("c.")}
            FROM reviews r
            JOIN questions q ON q.pack_id = r.pack_id AND q.id = r.question_id
            LEFT JOIN cards c ON c.profile_id = r.profile_id AND c.pack_id = r.pack_id AND c.question_id = r.question_id
            WHERE r.profile_id = @profile AND (@pack IS NULL OR r.pack_id = @pack)
            GROUP BY r.pack_id, r.question_id
            HAVING @since IS NULL OR max(r.reviewed_at) >= @since
            ORDER BY r.pack_id, r.question_id
            """;
        command.Parameters.AddWithValue("@profile", Profile.Id);
        command.Parameters.AddWithValue("@pack", (object?)packId ?? DBNull.Value);
        command.Parameters.AddWithValue("@since", since is { } s ? BankTime.Format(s) : DBNull.Value);
        var rows = new List<QuestionProgress>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var card = CardColumns.Read(reader, 7);
            if (card is { State: CardState.New })
            {
                card = null;
            }

            rows.Add(new QuestionProgress(
                Profile.Name,
                new QuestionKey(reader.GetString(0), reader.GetString(1)),
                QuestionNames.TryParseKind(reader.GetString(2), out var kind) ? kind : QuestionKind.What,
                QuestionNames.TryParseType(reader.GetString(3), out var type) ? type : QuestionType.Short,
                reader.GetInt32(4),
                reader.GetInt32(5),
                CardColumns.ParseTime(reader.GetString(6)),
                card,
                card is null ? null : scheduler.Retrievability(card, now)));
        }

        return rows;
    }

    /// <summary>The review log (optionally of one pack, since a time), oldest first.</summary>
    public IReadOnlyList<LoggedReview> Reviews(string? packId = null, DateTimeOffset? since = null)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"""
            SELECT id, session_id, pack_id, question_id, kind, reviewed_at, rating, suggested_rating, verdict, credit, answer,
                   duration_ms, cram, made_leech, {CardColumns.Select(prefix: "prev_")}, {CardColumns.Select()}
            FROM reviews
            WHERE profile_id = @profile AND (@pack IS NULL OR pack_id = @pack) AND (@since IS NULL OR reviewed_at >= @since)
            ORDER BY reviewed_at, id
            """;
        command.Parameters.AddWithValue("@profile", Profile.Id);
        command.Parameters.AddWithValue("@pack", (object?)packId ?? DBNull.Value);
        command.Parameters.AddWithValue("@since", since is { } s ? BankTime.Format(s) : DBNull.Value);
        var rows = new List<LoggedReview>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var review = new ReviewRecord(
                new QuestionKey(reader.GetString(2), reader.GetString(3)),
                QuestionNames.TryParseKind(reader.GetString(4), out var kind) ? kind : QuestionKind.What,
                CardColumns.ParseTime(reader.GetString(5)),
                (Rating)reader.GetInt32(6),
                (Rating)reader.GetInt32(7),
                VerdictNames.ParseVerdict(reader.GetString(8)),
                reader.GetDouble(9),
                reader.GetString(10),
                TimeSpan.FromMilliseconds(reader.GetInt64(11)),
                reader.GetInt32(12) == 1,
                CardColumns.Read(reader, 14)!,
                CardColumns.Read(reader, 24)!,
                reader.GetInt32(13) == 1)
            {
                Id = reader.GetInt64(0),
            };
            rows.Add(new LoggedReview(Profile.Name, reader.IsDBNull(1) ? null : reader.GetInt64(1), review));
        }

        return rows;
    }
}
