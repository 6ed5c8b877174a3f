using Dapper;

namespace PolicyQuiz.Storage;

/// <summary>Small key/value facts about the bank itself (table settings).</summary>
public sealed class SettingsStore
{
    private readonly Bank _bank;

    internal SettingsStore(Bank bank) => _bank = bank;

    public string? Get(string key) =>
        _bank.Connection.QuerySingleOrDefault<string>("SELECT value FROM settings WHERE key = @key", new { key });

    public void Set(string key, string value) =>
        _bank.Connection.Execute(
            "INSERT INTO settings (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            new { key, value });
}
