using Dapper;

namespace PolicyQuiz.Storage;

/// <summary>The students of a bank: a row per profile, created on first use.</summary>
public sealed class ProfileStore
{
    public const int MaxNameLength = 64;

    private readonly Bank _bank;

    internal ProfileStore(Bank bank) => _bank = bank;

    /// <summary>A usable profile name: 1 to 64 characters, not blank, no control characters.</summary>
    public static bool IsValidName(string? name) =>
        !string.IsNullOrWhiteSpace(name)
        && name.Length <= MaxNameLength
        && name.Trim().Length == name.Length
        && !name.Any(char.IsControl);

    /// <summary>The profile called <paramref name="name"/>, created now if it does not exist yet.</summary>
    public Profile GetOrCreate(string name)
    {
        if (!IsValidName(name))
        {
            throw new ArgumentException($"'{name}' is not a usable profile name (1-{MaxNameLength} characters, no control characters, no surrounding spaces)", nameof(name));
        }

        if (Find(name) is { } existing)
        {
            return existing;
        }

        _bank.Connection.Execute(
            "INSERT INTO profiles (name, created_at) VALUES (@name, @now) ON CONFLICT (name) DO NOTHING",
            new { name, now = _bank.Now() });
        return Find(name) ?? throw new InvalidOperationException($"profile {name} vanished");
    }

    public Profile? Find(string name) =>
        Sql.Query(Connection, "SELECT id, name, created_at FROM profiles WHERE name = $name", Read, null, ("$name", name)).SingleOrDefault();

    public IReadOnlyList<Profile> List() =>
        Sql.Query(Connection, "SELECT id, name, created_at FROM profiles ORDER BY name", Read);

    private Microsoft.Data.Sqlite.SqliteConnection Connection => _bank.Connection;

    private static Profile Read(Microsoft.Data.Sqlite.SqliteDataReader r) => new(r.GetInt64(0), r.GetString(1), BankTime.Parse(r.GetString(2)));
}
