using Microsoft.Data.Sqlite;

namespace PolicyQuiz.Storage;

/// <summary>
/// An open question bank: one SQLite file holding packs and every profile's progress. Open it with
/// <see cref="Open"/>; the schema is brought up to date on the way. Two running copies of the program
/// may share one file (WAL, busy timeout 5 s).
/// </summary>
public sealed class Bank : IDisposable
{
    private Bank(SqliteConnection connection, TimeProvider time, string path, bool isFresh, int previousVersion)
    {
        Connection = connection;
        Time = time;
        Path = path;
        IsFresh = isFresh;
        PreviousSchemaVersion = previousVersion;
        Packs = new PackStore(this);
        Profiles = new ProfileStore(this);
        Settings = new SettingsStore(this);
    }

    public SqliteConnection Connection { get; }

    public TimeProvider Time { get; }

    public string Path { get; }

    /// <summary>True when this open created the schema from nothing (a new file or an empty database).</summary>
    public bool IsFresh { get; }

    /// <summary>The schema version the file had before this open (0 for a fresh bank).</summary>
    public int PreviousSchemaVersion { get; }

    public PackStore Packs { get; }

    public ProfileStore Profiles { get; }

    public SettingsStore Settings { get; }

    /// <summary>Opens (creating the folder and file if needed) and migrates the bank at <paramref name="path"/>.</summary>
    /// <exception cref="BankException">The file is not a bank, is damaged, or is newer than this program.</exception>
    public static Bank Open(string path, TimeProvider time) => Open(path, time, Migrations.All);

    internal static Bank Open(string path, TimeProvider time, IReadOnlyList<Migration> migrations)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(time);
        var fullPath = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var connection = new SqliteConnection(ConnectionString(fullPath));
        try
        {
            connection.Open();
            Configure(connection);
            var before = Migrator.Migrate(connection, migrations);
            return new Bank(connection, time, fullPath, before == 0, before);
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new BankException($"{fullPath}: cannot use this file as a question bank: {ex.Message}", ex);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public static string ConnectionString(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        ForeignKeys = true,
        Pooling = false,
        DefaultTimeout = 30,
    }.ToString();

    /// <summary>The pragmas every connection to a bank runs with.</summary>
    public static void Configure(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA busy_timeout = 5000;
            PRAGMA foreign_keys = ON;
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL;
            """;
        command.ExecuteNonQuery();
    }

    /// <summary>Now, as stored in the bank: UTC ISO-8601 with milliseconds and Z.</summary>
    public string Now() => BankTime.Format(Time.GetUtcNow());

    public void Dispose() => Connection.Dispose();
}
