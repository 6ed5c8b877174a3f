using Microsoft.Data.Sqlite;
using PolicyQuiz.Core.Model;
using PolicyQuiz.Core.Scheduling;
using PolicyQuiz.Core.Study;

namespace PolicyQuiz.Storage.Study;

/// <summary>
/// The study engine's store on the SQLite bank, for one profile and one session: loads questions and
/// writes each answer (review row + card row) in one transaction that is committed before the method
/// returns. Undo deletes the review and restores the card; a regrade replaces the last review.
/// </summary>
public sealed class SqliteStudyStore : IStudyStore
{
    private readonly SqliteConnection _connection;
    private readonly Profile _profile;
    private readonly long? _sessionId;
    private readonly int _leechLapses;
    private readonly Dictionary<string, AnswerRivals> _rivals = new(StringComparer.Ordinal);

    public SqliteStudyStore(Bank bank, Profile profile, long? sessionId = null, int leechLapses = StudySettings.DefaultLeechLapses)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(profile);
        _connection = bank.Connection;
        _profile = profile;
        _sessionId = sessionId;
        _leechLapses = leechLapses;
    }

    public StudyQuestion Load(QuestionKey key)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT q.type, q.kind, q.prompt, q.answer_json, q.pairs_json, q.accept_json, q.distractors_json,
                   q.explanation, q.source_id, q.evidence, q.tags_json, q.extra_json, p.title,
                   s.id, s.title, s.publisher, s.published, s.url
            FROM questions q
            JOIN packs p ON p.id = q.pack_id
            LEFT JOIN sources s ON s.pack_id = q.pack_id AND s.id = q.source_id
            WHERE q.pack_id = @pack AND q.id = @id
            """;
        command.Parameters.AddWithValue("@pack", key.PackId);
        command.Parameters.AddWithValue("@id", key.QuestionId);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            throw new BankException($"question {key} is not in the bank");
        }

        if (!QuestionNames.TryParseType(reader.GetString(0), out var type) || !QuestionNames.TryParseKind(reader.GetString(1), out var kind))
        {
            throw new BankException($"damaged question {key} in the bank");
        }

        var question = new Question
        {
            Id = key.QuestionId,
            Type = type,
            Kind = kind,
            Prompt = reader.GetString(2),
            Answer = StudyJson.Strings(reader.GetString(3)),
            Pairs = StudyJson.Pairs(reader.GetString(4)),
            Accept = StudyJson.Strings(reader.GetString(5)),
            Distractors = StudyJson.Strings(reader.GetString(6)),
            Explanation = Text(reader, 7),
            Source = Text(reader, 8),
            Evidence = Text(reader, 9),
            Tags = StudyJson.Strings(reader.GetString(10)),
            ExtraJson = Text(reader, 11),
        };
        Source? source = reader.IsDBNull(13)
            ? null
            : new Source(
                reader.GetString(13),
                reader.GetString(14),
                Text(reader, 15),
                Text(reader, 16) is { } published && DateOnly.TryParseExact(published, "yyyy-MM-dd", out var date) ? date : null,
                Text(reader, 17));
        return new StudyQuestion(key, reader.GetString(12), question, source);
    }

    public AnswerRivals Rivals(string packId)
    {
        if (_rivals.TryGetValue(packId, out var cached))
        {
            return cached;
        }

        var answers = new List<string>();
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = """
                SELECT answer_json, accept_json FROM questions
                WHERE pack_id = @pack AND type NOT IN ('match', 'truefalse')
                """;
            command.Parameters.AddWithValue("@pack", packId);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                answers.AddRange(StudyJson.Strings(reader.GetString(0)));
                answers.AddRange(StudyJson.Strings(reader.GetString(1)));
            }
        }

        var rivals = AnswerRivals.FromAnswers(answers);
        _rivals[packId] = rivals;
        return rivals;
    }

    public long Append(ReviewRecord review)
    {
        ArgumentNullException.ThrowIfNull(review);
        using var transaction = _connection.BeginTransaction(deferred: false);
        var id = Insert(review, transaction);
        transaction.Commit();
        return id;
    }

    public void Remove(ReviewRecord review)
    {
        ArgumentNullException.ThrowIfNull(review);
        using var transaction = _connection.BeginTransaction(deferred: false);
        Delete(review, transaction);
        transaction.Commit();
    }

    public long Replace(ReviewRecord old, ReviewRecord replacement)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(replacement);
        using var transaction = _connection.BeginTransaction(deferred: false);
        Delete(old, transaction);
        var id = Insert(replacement, transaction);
        transaction.Commit();
        return id;
    }

    private long Insert(ReviewRecord review, SqliteTransaction transaction)
    {
        long id;
        using (var command = _connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = $"""
                INSERT INTO reviews (profile_id, pack_id, question_id, session_id, reviewed_at, kind, rating, suggested_rating,
                                     verdict, credit, answer, duration_ms, cram, made_leech,
                                     {CardColumns.Select(prefix: "prev_")}, {CardColumns.Select()})
                VALUES (@profile, @pack, @question, @session, @at, @kind, @rating, @suggested,
                        @verdict, @credit, @answer, @duration, @cram, @leech,
                        {CardColumns.Parameters("prev_")}, {CardColumns.Parameters("")})
                RETURNING id
                """;
            var p = command.Parameters;
            p.AddWithValue("@profile", _profile.Id);
            p.AddWithValue("@pack", review.Key.PackId);
            p.AddWithValue("@question", review.Key.QuestionId);
            p.AddWithValue("@session", _sessionId is { } session ? session : DBNull.Value);
            p.AddWithValue("@at", BankTime.Format(review.ReviewedAt));
            p.AddWithValue("@kind", review.Kind.Name());
            p.AddWithValue("@rating", (int)review.Rating);
            p.AddWithValue("@suggested", (int)review.SuggestedRating);
            p.AddWithValue("@verdict", review.Verdict.Name());
            p.AddWithValue("@credit", review.Credit);
            p.AddWithValue("@answer", review.Answer);
            p.AddWithValue("@duration", (long)review.Duration.TotalMilliseconds);
            p.AddWithValue("@cram", review.Cram ? 1 : 0);
            p.AddWithValue("@leech", review.MadeLeech ? 1 : 0);
            CardColumns.Bind(command, "prev_", review.Before);
            CardColumns.Bind(command, "", review.After);
            id = (long)command.ExecuteScalar()!;
        }

        if (!review.Cram)
        {
            WriteCard(review.Key, review.After, review.MadeLeech ? Suspension.Leech : Suspension.Keep, review.ReviewedAt, transaction);
        }

        return id;
    }

    private void Delete(ReviewRecord review, SqliteTransaction transaction)
    {
        using (var command = _connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "DELETE FROM reviews WHERE id = @id AND profile_id = @profile";
            command.Parameters.AddWithValue("@id", review.Id);
            command.Parameters.AddWithValue("@profile", _profile.Id);
            if (command.ExecuteNonQuery() != 1)
            {
                throw new BankException($"review {review.Id} of {review.Key} is not in the bank");
            }
        }

        if (!review.Cram)
        {
            var suspension = !review.MadeLeech ? Suspension.Keep
                : review.Before.Lapses >= _leechLapses ? Suspension.LiftKeepLeech
                : Suspension.LiftAndUntag;
            WriteCard(review.Key, review.Before, suspension, review.ReviewedAt, transaction);
        }
    }

    private void WriteCard(QuestionKey key, FsrsCard card, Suspension suspension, DateTimeOffset at, SqliteTransaction transaction)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        var (suspended, leech) = suspension switch
        {
            Suspension.Leech => ("@at", "1"),
            Suspension.LiftKeepLeech => ("NULL", "1"),
            Suspension.LiftAndUntag => ("NULL", "0"),
            _ => ("suspended_at", "leech"),
        };
        command.CommandText = $"""
            INSERT INTO cards (profile_id, pack_id, question_id, {CardColumns.Select()}, suspended_at, leech)
            VALUES (@profile, @pack, @question, {CardColumns.Parameters("")}, {(suspension == Suspension.Leech ? "@at" : "NULL")}, {(suspension == Suspension.Leech ? "1" : "0")})
            ON CONFLICT (profile_id, pack_id, question_id) DO UPDATE SET
                {CardColumns.Assignments("")}, suspended_at = {suspended}, leech = {leech}
            """;
        command.Parameters.AddWithValue("@profile", _profile.Id);
        command.Parameters.AddWithValue("@pack", key.PackId);
        command.Parameters.AddWithValue("@question", key.QuestionId);
        command.Parameters.AddWithValue("@at", BankTime.Format(at));
        CardColumns.Bind(command, "", card);
        command.ExecuteNonQuery();
    }

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private enum Suspension
    {
        Keep,
        Leech,
        LiftKeepLeech,
        LiftAndUntag,
    }
}
