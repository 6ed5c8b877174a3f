using System.Text;
using Microsoft.Data.Sqlite;
using PolicyQuiz.Core.Model;
using PolicyQuiz.Core.Scheduling;
using PolicyQuiz.Core.Study;

namespace PolicyQuiz.Storage.Study;

/// <summary>The browse screen's queries for one profile: search questions, a question's history. Suspend and unsuspend are on <see cref="StudyService"/>.</summary>
public sealed class QuestionBrowser
{
    private readonly SqliteConnection _connection;

    public QuestionBrowser(Bank bank, Profile profile)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(profile);
        _connection = bank.Connection;
        Profile = profile;
    }

    public Profile Profile { get; }

    public IReadOnlyList<BrowseRow> Search(BrowseQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var command = _connection.CreateCommand();
        var sql = new StringBuilder($"""
            SELECT q.pack_id, q.id, p.title, q.type, q.kind, q.prompt, q.answer_json, q.pairs_json, q.tags_json,
                   c.suspended_at, coalesce(c.leech, 0),
                   (SELECT count(*) FROM reviews r WHERE r.profile_id = @profile AND r.pack_id = q.pack_id AND r.question_id = q.id),
                   {CardColumns.Select("c.")}
            FROM questions q
            JOIN packs p ON p.id = q.pack_id
            LEFT JOIN cards c ON c.profile_id = @profile AND c.pack_id = q.pack_id AND c.question_id = q.id
            WHERE q.retired_at IS NULL AND p.retired_at IS NULL
            """);
        command.Parameters.AddWithValue("@profile", Profile.Id);
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            sql.Append(" AND (q.prompt LIKE @text ESCAPE '\\' OR q.answer_json LIKE @text ESCAPE '\\' OR q.pairs_json LIKE @text ESCAPE '\\'")
               .Append(" OR q.accept_json LIKE @text ESCAPE '\\' OR coalesce(q.evidence, '') LIKE @text ESCAPE '\\')");
            command.Parameters.AddWithValue("@text", "%" + EscapeLike(query.Text.Trim()) + "%");
        }

        if (query.PackId is not null)
        {
            sql.Append(" AND q.pack_id = @pack");
            command.Parameters.AddWithValue("@pack", query.PackId);
        }

        if (query.Kind is { } kind)
        {
            sql.Append(" AND q.kind = @kind");
            command.Parameters.AddWithValue("@kind", kind.Name());
        }

        if (query.Type is { } type)
        {
            sql.Append(" AND q.type = @type");
            command.Parameters.AddWithValue("@type", type.Name());
        }

        if (query.Tag is not null)
        {
            sql.Append("""
                 AND (EXISTS (SELECT 1 FROM json_each(q.tags_json) WHERE value = @tag)
                      OR EXISTS (SELECT 1 FROM json_each(p.tags_json) WHERE value = @tag)
                      OR (@tag = 'leech' AND c.leech = 1))
                """);
            command.Parameters.AddWithValue("@tag", query.Tag);
        }

        if (query.SuspendedOnly)
        {
            sql.Append(" AND c.suspended_at IS NOT NULL");
        }

        sql.Append(" ORDER BY q.pack_id, q.position LIMIT @limit");
        command.Parameters.AddWithValue("@limit", Math.Max(0, query.Limit));
        command.CommandText = sql.ToString();
        var rows = new List<BrowseRow>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (!QuestionNames.TryParseType(reader.GetString(3), out var questionType) || !QuestionNames.TryParseKind(reader.GetString(4), out var questionKind))
            {
                continue;
            }

            var question = new Question
            {
                Id = reader.GetString(1),
                Type = questionType,
                Kind = questionKind,
                Prompt = reader.GetString(5),
                Answer = StudyJson.Strings(reader.GetString(6)),
                Pairs = StudyJson.Pairs(reader.GetString(7)),
            };
            rows.Add(new BrowseRow(
                new QuestionKey(reader.GetString(0), reader.GetString(1)),
                reader.GetString(2),
                questionType,
                questionKind,
                question.Prompt,
                question.AnswerText,
                StudyJson.Strings(reader.GetString(8)),
                CardColumns.Read(reader, 12),
                reader.GetInt32(11),
                !reader.IsDBNull(9),
                reader.GetInt64(10) == 1));
        }

        return rows;
    }

    /// <summary>Every answer this profile gave to the question, oldest first (cram answers included).</summary>
    public IReadOnlyList<HistoryEntry> History(QuestionKey key)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"""
            SELECT id, reviewed_at, rating, suggested_rating, verdict, answer, duration_ms, cram, made_leech,
                   {CardColumns.Select(prefix: "prev_")}, {CardColumns.Select()}
            FROM reviews
            WHERE profile_id = @profile AND pack_id = @pack AND question_id = @question
            ORDER BY reviewed_at, id
            """;
        command.Parameters.AddWithValue("@profile", Profile.Id);
        command.Parameters.AddWithValue("@pack", key.PackId);
        command.Parameters.AddWithValue("@question", key.QuestionId);
        var entries = new List<HistoryEntry>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            entries.Add(new HistoryEntry(
                reader.GetInt64(0),
                CardColumns.ParseTime(reader.GetString(1)),
                (Rating)reader.GetInt32(2),
                (Rating)reader.GetInt32(3),
                VerdictNames.ParseVerdict(reader.GetString(4)),
                reader.GetString(5),
                TimeSpan.FromMilliseconds(reader.GetInt64(6)),
                reader.GetInt32(7) == 1,
                reader.GetInt32(8) == 1,
                CardColumns.Read(reader, 9)!,
                CardColumns.Read(reader, 19)!));
        }

        return entries;
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
