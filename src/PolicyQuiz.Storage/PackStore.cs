using Dapper;
using Microsoft.Data.Sqlite;
using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Storage;

/// <summary>
/// The packs of a bank. Every import runs in one transaction (all or nothing); a refused import
/// writes nothing. Question rows are never deleted: questions dropped by a newer version are retired.
/// </summary>
public sealed class PackStore
{
    private readonly Bank _bank;

    internal PackStore(Bank bank) => _bank = bank;

    private SqliteConnection Connection => _bank.Connection;

    /// <summary>
    /// Stores <paramref name="pack"/>: new → Imported; newer version → Updated; same version and content →
    /// Unchanged; same version with other content or an older version → Refused, unless <paramref name="force"/>.
    /// </summary>
    public ImportResult Import(Pack pack, bool force = false) => Import(StoredPack.From(pack), force ? Policy.Force : Policy.Normal);

    /// <summary>
    /// Seeds a pack that ships with the program: imported when the bank lacks it, updated when the bundled
    /// version is newer; an equal or older version, or a pack the user removed, is Skipped.
    /// </summary>
    public ImportResult ImportBundled(Pack pack) => Import(StoredPack.From(pack), Policy.Bundled);

    /// <summary>The current packs (removed ones left out), by id.</summary>
    public IReadOnlyList<PackSummary> List() =>
        Sql.Query(
            Connection,
            """
            SELECT p.id, p.title, p.version, p.language,
                   (SELECT count(*) FROM questions q WHERE q.pack_id = p.id AND q.retired_at IS NULL),
                   (SELECT count(*) FROM sources s WHERE s.pack_id = p.id)
            FROM packs p
            WHERE p.retired_at IS NULL
            ORDER BY p.id
            """,
            r => new PackSummary(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetString(3), r.GetInt32(4), r.GetInt32(5)));

    /// <summary>True when a pack with this id is in the bank and not removed.</summary>
    public bool Exists(string id) =>
        Connection.ExecuteScalar<long>("SELECT count(*) FROM packs WHERE id = @id AND retired_at IS NULL", new { id }) > 0;

    /// <summary>The pack as last imported (current questions in order), or null when unknown or removed.</summary>
    public Pack? Get(string id)
    {
        var pack = Sql.Query(
            Connection,
            """
            SELECT id, title, version, language, description, tags_json, extra_json
            FROM packs WHERE id = $id AND retired_at IS NULL
            """,
            r => new Pack
            {
                Id = r.GetString(0),
                Title = r.GetString(1),
                Version = r.GetInt32(2),
                Language = r.GetString(3),
                Description = r.Text(4),
                Tags = JsonColumns.ReadStrings(r.GetString(5)),
                ExtraJson = r.Text(6),
            },
            null,
            ("$id", id)).SingleOrDefault();
        if (pack is null)
        {
            return null;
        }

        var sources = Sql.Query(
            Connection,
            "SELECT id, title, publisher, published, url, extra_json FROM sources WHERE pack_id = $id ORDER BY position",
            r => new Source(r.GetString(0), r.GetString(1), r.Text(2), StoredPack.ParseDate(r.Text(3)), r.Text(4), r.Text(5)),
            null,
            ("$id", id));

        return pack with
        {
            Sources = sources.ToEquatableList(),
            Questions = ReadQuestions(id, currentOnly: true).Select(q => q.Question.ToQuestion()).ToEquatableList(),
        };
    }

    /// <summary>Retires the pack (hidden from lists and study; rows and progress kept). False when unknown or already removed.</summary>
    public bool Remove(string id) =>
        Connection.Execute(
            "UPDATE packs SET retired_at = @now WHERE id = @id AND retired_at IS NULL",
            new { id, now = _bank.Now() }) > 0;

    private ImportResult Import(StoredPack stored, Policy policy)
    {
        var pack = stored.Pack;
        using var transaction = Connection.BeginTransaction(deferred: false);
        var existing = Sql.Query(
            Connection,
            "SELECT version, content_hash, retired_at FROM packs WHERE id = $id",
            r => new ExistingPack(r.GetInt32(0), r.GetString(1), r.Text(2)),
            transaction,
            ("$id", pack.Id)).SingleOrDefault();
        var now = _bank.Now();
        if (existing is null)
        {
            WritePack(stored, now, transaction);
            InsertSources(pack, transaction);
            InsertQuestions(stored, now, transaction);
            transaction.Commit();
            var counts = new ImportCounts(pack.Questions.Count, 0, 0, 0, 0, pack.Questions.Count);
            return new ImportResult(ImportOutcome.Imported, pack.Id, pack.Version, null,
                $"imported {pack.Id} version {pack.Version}: {Plural(pack.Questions.Count, "question")}, {Plural(pack.Sources.Count, "source")}",
                counts);
        }

        var previous = existing.Version;
        var removed = existing.RetiredAt is not null;
        var sameContent = previous == pack.Version && existing.ContentHash == stored.ContentHash;
        if (policy == Policy.Bundled && (removed || pack.Version <= previous))
        {
            return Result(ImportOutcome.Skipped, removed
                ? $"{pack.Id} was removed from this bank; bundled version {pack.Version} left out"
                : $"{pack.Id} version {previous} already in the bank; bundled version {pack.Version} left out");
        }

        if (sameContent)
        {
            if (removed)
            {
                Connection.Execute("UPDATE packs SET retired_at = NULL, updated_at = @now WHERE id = @id", new { id = pack.Id, now }, transaction);
                transaction.Commit();
                return Result(ImportOutcome.Imported, $"restored {pack.Id} version {pack.Version} (it had been removed)");
            }

            return Result(ImportOutcome.Unchanged, $"unchanged: {pack.Id} version {pack.Version} is already in the bank");
        }

        if (policy != Policy.Force && pack.Version == previous)
        {
            return Result(ImportOutcome.Refused,
                $"refused: {pack.Id} version {pack.Version} is already in the bank with other content; raise the version (or use --force)");
        }

        if (policy != Policy.Force && pack.Version < previous)
        {
            return Result(ImportOutcome.Refused,
                $"refused: {pack.Id} version {pack.Version} is older than version {previous} in the bank (use --force to import it anyway)");
        }

        WritePack(stored, now, transaction);
        Connection.Execute("DELETE FROM sources WHERE pack_id = @id", new { id = pack.Id }, transaction);
        InsertSources(pack, transaction);
        var updated = UpdateQuestions(stored, now, transaction);
        transaction.Commit();
        return new ImportResult(ImportOutcome.Updated, pack.Id, pack.Version, previous, UpdateMessage(pack, previous, removed, updated), updated);

        ImportResult Result(ImportOutcome outcome, string message) =>
            new(outcome, pack.Id, pack.Version, previous, message, ImportCounts.None with { Total = pack.Questions.Count });
    }

    private static string UpdateMessage(Pack pack, int previous, bool removed, ImportCounts counts)
    {
        var kept = counts.Total - counts.Added - counts.Restored;
        var parts = new List<string>
        {
            $"{counts.Added} added",
            $"{counts.Changed} changed (due for review)",
            $"{counts.Retired} retired",
        };
        if (counts.Restored > 0)
        {
            parts.Add($"{counts.Restored} restored");
        }

        parts.Add($"{kept} kept");
        var from = previous == pack.Version ? $"version {pack.Version} (forced)" : $"version {previous} to {pack.Version}";
        var restored = removed ? " (it had been removed)" : "";
        return $"updated {pack.Id} {from}{restored}: {string.Join(", ", parts)}";
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    /// <summary>Writes the pack's row: a new row, or the existing one updated (its import time kept, un-retired).</summary>
    private void WritePack(StoredPack stored, string now, SqliteTransaction transaction)
    {
        var pack = stored.Pack;
        Connection.Execute(
            """
            INSERT INTO packs (id, title, version, language, description, tags_json, extra_json, content_hash, imported_at, updated_at)
            VALUES (@Id, @Title, @Version, @Language, @Description, @TagsJson, @ExtraJson, @ContentHash, @Now, @Now)
            ON CONFLICT (id) DO UPDATE SET
                title = excluded.title, version = excluded.version, language = excluded.language,
                description = excluded.description, tags_json = excluded.tags_json, extra_json = excluded.extra_json,
                content_hash = excluded.content_hash, updated_at = excluded.updated_at, retired_at = NULL
            """,
            new
            {
                pack.Id,
                pack.Title,
                pack.Version,
                pack.Language,
                pack.Description,
                stored.TagsJson,
                pack.ExtraJson,
                stored.ContentHash,
                Now = now,
            },
            transaction);
    }

    private void InsertSources(Pack pack, SqliteTransaction transaction)
    {
        using var command = Connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO sources (pack_id, id, position, title, publisher, published, url, extra_json)
            VALUES ($pack, $id, $position, $title, $publisher, $published, $url, $extra)
            """;
        var values = Parameters(command, "$pack", "$id", "$position", "$title", "$publisher", "$published", "$url", "$extra");
        command.Prepare();
        for (var i = 0; i < pack.Sources.Count; i++)
        {
            var source = pack.Sources[i];
            Set(values, pack.Id, source.Id, i, source.Title, source.Publisher, StoredPack.FormatDate(source.Published), source.Url, source.ExtraJson);
            command.ExecuteNonQuery();
        }
    }

    private const string QuestionColumns =
        "type, kind, prompt, answer_json, pairs_json, accept_json, distractors_json, explanation, source_id, evidence, tags_json, extra_json, content_hash";

    private void InsertQuestions(StoredPack stored, string now, SqliteTransaction transaction)
    {
        _ = transaction; // the raw statement runs on the connection, inside the transaction already begun
        using var insert = QuestionInsert();
        for (var i = 0; i < stored.QuestionCount; i++)
        {
            BindQuestion(insert, stored.Pack.Id, i, stored.Question(i), now);
            insert.Run();
        }
    }

    private RawStatement QuestionInsert() => new(Connection, $"""
        INSERT INTO questions (pack_id, id, position, {QuestionColumns}, added_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)
        """);

    private static void BindQuestion(RawStatement statement, string packId, int position, StoredQuestion q, string now)
    {
        statement.Bind(1, packId);
        statement.Bind(2, q.Id);
        statement.Bind(3, position);
        statement.Bind(4, q.Type);
        statement.Bind(5, q.Kind);
        statement.Bind(6, q.Prompt);
        statement.Bind(7, q.AnswerJson);
        statement.Bind(8, q.PairsJson);
        statement.Bind(9, q.AcceptJson);
        statement.Bind(10, q.DistractorsJson);
        statement.Bind(11, q.Explanation);
        statement.Bind(12, q.SourceId);
        statement.Bind(13, q.Evidence);
        statement.Bind(14, q.TagsJson);
        statement.Bind(15, q.ExtraJson);
        statement.Bind(16, q.ContentHash);
        statement.Bind(17, now);
    }

    private static SqliteParameter[] QuestionParameters(SqliteCommand command) =>
        Parameters(command, "$pack", "$id", "$position", "$type", "$kind", "$prompt", "$answer", "$pairs", "$accept",
            "$distractors", "$explanation", "$source", "$evidence", "$tags", "$extra", "$hash", "$now");

    private static void SetQuestion(SqliteParameter[] values, string packId, int position, StoredQuestion q, string now) =>
        Set(values, packId, q.Id, position, q.Type, q.Kind, q.Prompt, q.AnswerJson, q.PairsJson, q.AcceptJson,
            q.DistractorsJson, q.Explanation, q.SourceId, q.Evidence, q.TagsJson, q.ExtraJson, q.ContentHash, now);

    private ImportCounts UpdateQuestions(StoredPack stored, string now, SqliteTransaction transaction)
    {
        var packId = stored.Pack.Id;
        var existing = new Dictionary<string, ExistingQuestion>(StringComparer.Ordinal);
        foreach (var row in ReadQuestions(packId, currentOnly: false, transaction))
        {
            existing[row.Question.Id] = row;
        }

        using var insert = QuestionInsert();
        using var update = Connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = """
            UPDATE questions SET position = $position, type = $type, kind = $kind, prompt = $prompt, answer_json = $answer,
                   pairs_json = $pairs, accept_json = $accept, distractors_json = $distractors, explanation = $explanation,
                   source_id = $source, evidence = $evidence, tags_json = $tags, extra_json = $extra, content_hash = $hash,
                   changed_at = CASE WHEN $changed THEN $now ELSE changed_at END, retired_at = NULL
            WHERE pack_id = $pack AND id = $id
            """;
        var updateValues = QuestionParameters(update);
        var changedValue = update.Parameters.Add("$changed", SqliteType.Integer);
        update.Prepare();

        int added = 0, changed = 0, edited = 0, restored = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < stored.QuestionCount; i++)
        {
            var id = stored.QuestionId(i);
            seen.Add(id);
            if (!existing.TryGetValue(id, out var old))
            {
                BindQuestion(insert, packId, i, stored.Question(i), now);
                insert.Run();
                added++;
                continue;
            }

            var wasRetired = old.RetiredAt is not null;
            if (old.Position == i && !wasRetired && old.Question.ContentHash == stored.QuestionHash(i))
            {
                continue;
            }

            var question = stored.Question(i);

            var asksDifferently = old.Question.AsksDifferentlyThan(question.Prompt, question.AnswerJson, question.PairsJson);
            SetQuestion(updateValues, packId, i, question, now);
            changedValue.Value = asksDifferently ? 1 : 0;
            update.ExecuteNonQuery();
            if (wasRetired)
            {
                restored++;
            }

            if (asksDifferently)
            {
                changed++;
            }
            else if (old.Question.ContentHash != question.ContentHash)
            {
                edited++;
            }
        }

        using var retire = Connection.CreateCommand();
        retire.Transaction = transaction;
        retire.CommandText = "UPDATE questions SET retired_at = $now WHERE pack_id = $pack AND id = $id";
        var retireValues = Parameters(retire, "$now", "$pack", "$id");
        retire.Prepare();
        var retired = 0;
        foreach (var (id, old) in existing)
        {
            if (old.RetiredAt is null && !seen.Contains(id))
            {
                Set(retireValues, now, packId, id);
                retire.ExecuteNonQuery();
                retired++;
            }
        }

        return new ImportCounts(added, changed, edited, retired, restored, stored.QuestionCount);
    }

    private List<ExistingQuestion> ReadQuestions(string packId, bool currentOnly, SqliteTransaction? transaction = null)
    {
        using var command = Connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            SELECT id, {QuestionColumns}, position, retired_at FROM questions
            WHERE pack_id = $pack {(currentOnly ? "AND retired_at IS NULL" : "")}
            ORDER BY position
            """;
        command.Parameters.AddWithValue("$pack", packId);
        var list = new List<ExistingQuestion>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var question = new StoredQuestion(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), reader.GetString(6), reader.GetString(7), Sql.Text(reader, 8), Sql.Text(reader, 9),
                Sql.Text(reader, 10), reader.GetString(11), Sql.Text(reader, 12), reader.GetString(13));
            list.Add(new ExistingQuestion(question, reader.GetInt32(14), Sql.Text(reader, 15)));
        }

        return list;
    }

    private static SqliteParameter[] Parameters(SqliteCommand command, params string[] names)
    {
        var parameters = new SqliteParameter[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            parameters[i] = command.Parameters.Add(names[i], SqliteType.Text);
        }

        return parameters;
    }

    private static void Set(SqliteParameter[] parameters, params ReadOnlySpan<object?> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private enum Policy
    {
        Normal,
        Force,
        Bundled,
    }

    private sealed record ExistingQuestion(StoredQuestion Question, int Position, string? RetiredAt);

    private sealed record ExistingPack(int Version, string ContentHash, string? RetiredAt);
}
