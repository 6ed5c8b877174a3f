using System.IO.Compression;
using Microsoft.Data.Sqlite;
using PolicyQuiz.Core.Model;
using PolicyQuiz.Packs.Interchange.MoodleXml;

namespace PolicyQuiz.Packs.Interchange.Anki;

/// <summary>
/// Writes a pack as an Anki package: a zip of collection.anki2 (SQLite, legacy schema 11) and an empty
/// media map. One deck named after the pack, one PolicyQuiz note type (Front, Back, Explanation, Source,
/// Question), one new card per question; note guids are stable per (pack, question) so a later export
/// imported into Anki updates the notes it added before.
/// </summary>
public static class AnkiPackageWriter
{
    public static IReadOnlyList<string> WriteFile(Pack pack, string path, TimeProvider time)
    {
        var warnings = new List<string>();
        var scratch = Path.Combine(Path.GetTempPath(), "policyquiz-apkg-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(scratch);
        try
        {
            var database = Path.Combine(scratch, "collection.anki2");
            WriteCollection(pack, database, time.GetUtcNow());
            AtomicFile.Write(path, temporary =>
            {
                using var zip = ZipFile.Open(temporary, ZipArchiveMode.Create);
                zip.CreateEntryFromFile(database, "collection.anki2", CompressionLevel.Optimal);
                using var media = new StreamWriter(zip.CreateEntry("media").Open());
                media.Write("{}");
            });
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }

        foreach (var question in pack.Questions.Where(q => q.Type != QuestionType.Choice && q.Type != QuestionType.TrueFalse && q.Type != QuestionType.Short && q.Type != QuestionType.Cloze))
        {
            warnings.Add($"question {question.Id} ({question.Type.Name()}): Anki shows it as a plain front/back card; the answer is not checked");
        }

        return warnings;
    }

    private static void WriteCollection(Pack pack, string database, DateTimeOffset now)
    {
        var nowSeconds = now.ToUnixTimeSeconds();
        var nowMs = now.ToUnixTimeMilliseconds();
        var deckId = AnkiIds.Deck(pack.Id);
        var builder = new SqliteConnectionStringBuilder { DataSource = database, Pooling = false, Mode = SqliteOpenMode.ReadWriteCreate };
        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, AnkiSchema.Create);
        using (var col = connection.CreateCommand())
        {
            col.Transaction = transaction;
            col.CommandText = """
                INSERT INTO col (id, crt, mod, scm, ver, dty, usn, ls, conf, models, decks, dconf, tags)
                VALUES (1, $crt, $mod, $scm, $ver, 0, 0, 0, $conf, $models, $decks, $dconf, '{}')
                """;
            col.Parameters.AddWithValue("$crt", new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).ToUnixTimeSeconds());
            col.Parameters.AddWithValue("$mod", nowMs);
            col.Parameters.AddWithValue("$scm", nowMs);
            col.Parameters.AddWithValue("$ver", AnkiSchema.Version);
            col.Parameters.AddWithValue("$conf", AnkiCollectionJson.Conf(deckId, nowSeconds));
            col.Parameters.AddWithValue("$models", AnkiCollectionJson.Models(deckId, nowSeconds));
            col.Parameters.AddWithValue("$decks", AnkiCollectionJson.Decks(deckId, pack.Title.Replace("::", ":", StringComparison.Ordinal), HtmlText.FromPlain(pack.Description ?? string.Empty), nowSeconds));
            col.Parameters.AddWithValue("$dconf", AnkiCollectionJson.DeckConfig());
            col.ExecuteNonQuery();
        }

        using var note = connection.CreateCommand();
        note.Transaction = transaction;
        note.CommandText = """
            INSERT INTO notes (id, guid, mid, mod, usn, tags, flds, sfld, csum, flags, data)
            VALUES ($id, $guid, $mid, $mod, -1, $tags, $flds, $sfld, $csum, 0, '')
            """;
        using var card = connection.CreateCommand();
        card.Transaction = transaction;
        card.CommandText = """
            INSERT INTO cards (id, nid, did, ord, mod, usn, type, queue, due, ivl, factor, reps, lapses, left, odue, odid, flags, data)
            VALUES ($id, $nid, $did, 0, $mod, -1, 0, 0, $due, 0, 0, 0, 0, 0, 0, 0, 0, '')
            """;
        var position = 0;
        foreach (var question in pack.Questions)
        {
            position++;
            var fields = AnkiNoteFaces.Fields(pack, question);
            var sortField = HtmlText.ToPlain(fields[0]);
            var tags = question.Tags.Select(t => t.Replace(' ', '_')).Prepend("policyquiz::" + pack.Id).Append(question.Kind.Name());
            note.Parameters.Clear();
            note.Parameters.AddWithValue("$id", nowMs + position);
            note.Parameters.AddWithValue("$guid", AnkiIds.Guid(pack.Id, question.Id));
            note.Parameters.AddWithValue("$mid", AnkiIds.NoteTypeId);
            note.Parameters.AddWithValue("$mod", nowSeconds);
            note.Parameters.AddWithValue("$tags", " " + string.Join(' ', tags) + " ");
            note.Parameters.AddWithValue("$flds", string.Join('\u001f', fields));
            note.Parameters.AddWithValue("$sfld", sortField);
            note.Parameters.AddWithValue("$csum", AnkiIds.Checksum(sortField));
            note.ExecuteNonQuery();

            card.Parameters.Clear();
            card.Parameters.AddWithValue("$id", nowMs + position);
            card.Parameters.AddWithValue("$nid", nowMs + position);
            card.Parameters.AddWithValue("$did", deckId);
            card.Parameters.AddWithValue("$mod", nowSeconds);
            card.Parameters.AddWithValue("$due", position);
            card.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
