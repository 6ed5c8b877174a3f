using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using PolicyQuiz.Core.Model;
using PolicyQuiz.Packs.Interchange;

namespace PolicyQuiz.Packs.Tests.Interchange;

/// <summary>The .apkg opened with nothing but ZipFile and Microsoft.Data.Sqlite, checked against Anki's legacy collection schema.</summary>
public sealed class AnkiPackageTests : IDisposable
{
    private static readonly Dictionary<string, string[]> AnkiColumns = new()
    {
        ["col"] = ["id", "crt", "mod", "scm", "ver", "dty", "usn", "ls", "conf", "models", "decks", "dconf", "tags"],
        ["notes"] = ["id", "guid", "mid", "mod", "usn", "tags", "flds", "sfld", "csum", "flags", "data"],
        ["cards"] = ["id", "nid", "did", "ord", "mod", "usn", "type", "queue", "due", "ivl", "factor", "reps", "lapses", "left", "odue", "odid", "flags", "data"],
        ["revlog"] = ["id", "cid", "usn", "ease", "ivl", "lastIvl", "factor", "time", "type"],
        ["graves"] = ["usn", "oid", "type"],
    };

    private readonly TempFolder _folder = new();
    private readonly Pack _pack = SamplePacks.AllTypes();

    public void Dispose() => _folder.Dispose();

    private string Export(string name, DateTimeOffset at)
    {
        var path = _folder.File(name);
        PackFileFormats.WriteFile(_pack, path, new FixedTime(at));
        return path;
    }

    private SqliteConnection OpenCollection(string apkg)
    {
        using var zip = ZipFile.OpenRead(apkg);
        var database = _folder.File(Path.GetFileNameWithoutExtension(apkg) + ".anki2");
        zip.GetEntry("collection.anki2")!.ExtractToFile(database, overwrite: true);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        return connection;
    }

    private static List<object[]> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object[]>();
        while (reader.Read())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }

        return rows;
    }

    [Fact]
    public void The_package_is_a_zip_of_collection_anki2_and_an_empty_media_map()
    {
        var path = Export("deck.apkg", new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

        using var zip = ZipFile.OpenRead(path);
        Assert.Equal(["collection.anki2", "media"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        using var media = new StreamReader(zip.GetEntry("media")!.Open());
        Assert.Equal("{}", media.ReadToEnd());
    }

    [Fact]
    public void The_collection_has_Ankis_legacy_tables_and_columns_and_schema_version_11()
    {
        using var connection = OpenCollection(Export("deck.apkg", new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero)));

        foreach (var (table, columns) in AnkiColumns)
        {
            Assert.Equal(columns, Rows(connection, $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid").Select(r => (string)r[0]));
        }

        var col = Assert.Single(Rows(connection, "SELECT ver, models, decks, dconf, conf FROM col"));
        Assert.Equal(11L, col[0]);
        foreach (var json in col.Skip(1))
        {
            using var parsed = JsonDocument.Parse((string)json);
            Assert.Equal(JsonValueKind.Object, parsed.RootElement.ValueKind);
        }
    }

    [Fact]
    public void One_deck_named_after_the_pack_holds_one_new_card_per_question()
    {
        using var connection = OpenCollection(Export("deck.apkg", new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero)));

        using var decks = JsonDocument.Parse((string)Rows(connection, "SELECT decks FROM col")[0][0]);
        var deck = decks.RootElement.EnumerateObject().Select(p => p.Value).Single(d => d.GetProperty("name").GetString() == _pack.Title);
        var deckId = deck.GetProperty("id").GetInt64();
        var cards = Rows(connection, "SELECT did, type, queue, ord FROM cards");
        Assert.Equal(_pack.Questions.Count, cards.Count);
        Assert.All(cards, c => Assert.Equal(new object[] { deckId, 0L, 0L, 0L }, c));
        Assert.Equal(_pack.Questions.Count, (long)Rows(connection, "SELECT count(*) FROM notes n JOIN cards c ON c.nid = n.id")[0][0]);
    }

    [Fact]
    public void Notes_use_a_basic_style_note_type_with_the_prompt_in_front_and_answer_explanation_and_source_behind()
    {
        using var connection = OpenCollection(Export("deck.apkg", new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero)));

        using var models = JsonDocument.Parse((string)Rows(connection, "SELECT models FROM col")[0][0]);
        var model = Assert.Single(models.RootElement.EnumerateObject()).Value;
        Assert.Equal(["Front", "Back", "Explanation", "Source", "Question"], model.GetProperty("flds").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        var template = Assert.Single(model.GetProperty("tmpls").EnumerateArray());
        Assert.Contains("{{Front}}", template.GetProperty("qfmt").GetString(), StringComparison.Ordinal);
        Assert.Contains("{{Back}}", template.GetProperty("afmt").GetString(), StringComparison.Ordinal);

        var notes = Rows(connection, "SELECT mid, flds, sfld, csum FROM notes ORDER BY id");
        Assert.All(notes, n => Assert.Equal(model.GetProperty("id").GetInt64(), n[0]));
        var fields = notes.Select(n => ((string)n[1]).Split('\u001f')).ToList();
        Assert.All(fields, f => Assert.Equal(5, f.Length));
        var choice = fields[0];
        Assert.StartsWith("Who proposed cooperation on rare earths?", choice[0], StringComparison.Ordinal);
        Assert.Contains("<li>Elon Musk</li>", choice[0], StringComparison.Ordinal);
        Assert.Equal("Vladimir Putin", choice[1]);
        Assert.Equal("He raised it in February: see the interview.", choice[2]);
        Assert.Contains("Envoy says talks have begun", choice[3], StringComparison.Ordinal);
        Assert.Equal("who-proposed", choice[4]);
        Assert.DoesNotContain("<b>not bold</b>", fields[^1][0], StringComparison.Ordinal);
        foreach (var note in notes)
        {
#pragma warning disable CA5350 // Anki's checksum is SHA-1 by definition
            var hash = SHA1.HashData(Encoding.UTF8.GetBytes((string)note[2]));
#pragma warning restore CA5350
            Assert.Equal(Convert.ToInt64(Convert.ToHexString(hash)[..8], 16), note[3]);
        }
    }

    [Fact]
    public void Guids_are_unique_and_the_same_in_a_later_export_so_Anki_updates_the_notes()
    {
        using var first = OpenCollection(Export("first.apkg", new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero)));
        using var second = OpenCollection(Export("second.apkg", new DateTimeOffset(2026, 2, 9, 17, 30, 0, TimeSpan.Zero)));

        var guids = Rows(first, "SELECT guid FROM notes ORDER BY id").Select(r => (string)r[0]).ToList();
        Assert.Equal(guids.Count, guids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(guids, Rows(second, "SELECT guid FROM notes ORDER BY id").Select(r => (string)r[0]));
    }
}
