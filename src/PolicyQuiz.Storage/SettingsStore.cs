using Dapper;

namespace PolicyQuiz.Storage;

/// <summary>Small key/value facts about the bank itself (table settings).</summary>
public sealed class SettingsStore
{
    private readonly Bank _bank;

    internal SettingsStore(Bank bank) => _bank = bank;

    /// <summary>The value stored under <paramref name="key"/>, or null. Plain ADO.NET: it runs on every start.</summary>
    public string? Get(string key) =>
        Sql.Query(_bank.Connection, "SELECT value FROM settings WHERE key = $key", r => r.GetString(0), null, ("$key", key)).SingleOrDefault();

    public void Set(string key, string value) =>
        _bank.Connection.Execute(
            "INSERT INTO settings (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            new { key, value });
}
