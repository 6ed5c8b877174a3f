using Microsoft.Data.Sqlite;
using PolicyQuiz.Storage.Tests.Support;

namespace PolicyQuiz.Storage.Tests;

public sealed class MigrationTests
{
    [Fact]
    public void A_fresh_bank_is_at_the_latest_schema_version_and_says_it_is_fresh()
    {
        using var bank = new TestBank();

        Assert.True(bank.Bank.IsFresh);
        Assert.Equal(0, bank.Bank.PreviousSchemaVersion);
        Assert.Equal(Migrations.Latest, bank.Scalar<int>("PRAGMA user_version"));
        Assert.True(Migrations.Latest >= 1);
    }

    [Fact]
    public void Reopening_a_bank_is_not_fresh_and_changes_nothing()
    {
        using var bank = new TestBank();
        bank.Packs.Import(SamplePacks.RareEarths());
        var before = bank.Dump();

        var reopened = bank.Reopen();

        Assert.False(reopened.IsFresh);
        Assert.Equal(Migrations.Latest, reopened.PreviousSchemaVersion);
        Assert.Equal(before, bank.Dump());
    }

    [Fact]
    public void Every_table_is_strict()
    {
        using var bank = new TestBank();
        using var command = bank.Bank.Connection.CreateCommand();
        command.CommandText = "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'";
        var tables = new List<(string Name, long Strict)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                tables.Add((reader.GetString(0), reader.GetInt64(1)));
            }
        }

        Assert.Contains(tables, t => t.Name == "questions");
        Assert.Contains(tables, t => t.Name == "profiles");
        Assert.All(tables, t => Assert.True(t.Strict == 1, $"table {t.Name} is not STRICT"));
    }

    [Fact]
    public void Connections_run_with_foreign_keys_wal_a_busy_timeout_and_normal_sync()
    {
        using var bank = new TestBank();

        Assert.Equal(1, bank.Scalar<int>("PRAGMA foreign_keys"));
        Assert.Equal("wal", bank.Scalar<string>("PRAGMA journal_mode"));
        Assert.Equal(5000, bank.Scalar<int>("PRAGMA busy_timeout"));
        Assert.Equal(1, bank.Scalar<int>("PRAGMA synchronous"));
    }

    [Fact]
    public void Foreign_keys_are_enforced()
    {
        using var bank = new TestBank();

        var error = Assert.Throws<SqliteException>(() => bank.Execute(
            "INSERT INTO sources (pack_id, id, position, title) VALUES ('no-such-pack', 's', 0, 'x')"));
        Assert.Contains("FOREIGN KEY", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bank_at_an_older_version_is_migrated_and_keeps_its_data()
    {
        using var folder = new TempFolder();
        var path = folder.File("old.db");
        var time = ManualTime.At("2025-04-01T09:00:00Z");
        var first = Migrations.All.Where(m => m.Version == 1).ToList();
        using (var old = Bank.Open(path, time, first))
        {
            old.Packs.Import(SamplePacks.RareEarths());
            Assert.Equal(1, Migrator.UserVersion(old.Connection));
        }

        var next = Migrations.Latest + 1;
        var withNewStep = Migrations.All
            .Append(new Migration(next, $"{next:D4}_test", "CREATE TABLE migrated_marker (id INTEGER PRIMARY KEY) STRICT;"))
            .ToList();
        using var upgraded = Bank.Open(path, time, withNewStep);

        Assert.False(upgraded.IsFresh);
        Assert.Equal(1, upgraded.PreviousSchemaVersion);
        Assert.Equal(next, Migrator.UserVersion(upgraded.Connection));
        Assert.Equal(SamplePacks.RareEarths(), upgraded.Packs.Get("rare-earths"));
        using var command = upgraded.Connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM migrated_marker";
        Assert.Equal(0L, command.ExecuteScalar());
    }

    [Fact]
    public void A_failing_migration_leaves_the_bank_at_its_previous_version()
    {
        using var folder = new TempFolder();
        var path = folder.File("bank.db");
        var time = ManualTime.At("2025-04-01T09:00:00Z");
        Bank.Open(path, time).Dispose();
        var next = Migrations.Latest + 1;
        var broken = Migrations.All
            .Append(new Migration(next, $"{next:D4}_broken", "CREATE TABLE half_done (id INTEGER) STRICT; INSERT INTO no_such_table VALUES (1);"))
            .ToList();

        Assert.Throws<BankException>(() => Bank.Open(path, time, broken));

        using var bank = Bank.Open(path, time);
        Assert.Equal(Migrations.Latest, Migrator.UserVersion(bank.Connection));
        using var command = bank.Connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'";
        Assert.Equal(0L, command.ExecuteScalar());
    }

    [Fact]
    public void A_bank_newer_than_the_program_is_refused_clearly()
    {
        using var folder = new TempFolder();
        var path = folder.File("future.db");
        using (var connection = new SqliteConnection(Bank.ConnectionString(path)))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 9999";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<BankException>(() => Bank.Open(path, TimeProvider.System));

        Assert.Contains("9999", error.Message, StringComparison.Ordinal);
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_clearly()
    {
        using var folder = new TempFolder();
        var path = folder.File("notes.db");
        File.WriteAllText(path, "these are my notes, not a database, and they are long enough to be read as a header\n");

        var error = Assert.Throws<BankException>(() => Bank.Open(path, TimeProvider.System));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Equal("these are my notes, not a database, and they are long enough to be read as a header\n", File.ReadAllText(path));
    }

    [Fact]
    public void Opening_creates_missing_folders()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "a", "b", "bank.db");

        using var bank = Bank.Open(path, TimeProvider.System);

        Assert.True(File.Exists(path));
        Assert.True(bank.IsFresh);
    }

    [Fact]
    public void Migrations_are_numbered_uniquely_in_order_starting_at_one()
    {
        var versions = Migrations.All.Select(m => m.Version).ToList();

        Assert.Equal(1, versions[0]);
        Assert.Equal(versions.Order().Distinct(), versions);
    }
}
