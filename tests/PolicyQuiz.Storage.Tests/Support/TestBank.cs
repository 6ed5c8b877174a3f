namespace PolicyQuiz.Storage.Tests.Support;

/// <summary>A bank file in its own temp folder, with a hand-moved clock.</summary>
public sealed class TestBank : IDisposable
{
    private readonly TempFolder _folder = new();

    public TestBank()
    {
        Time = ManualTime.At("2025-04-01T09:00:00Z");
        Path = _folder.File("bank.db");
        Bank = Bank.Open(Path, Time);
    }

    public ManualTime Time { get; }

    public string Path { get; }

    public Bank Bank { get; private set; }

    public PackStore Packs => Bank.Packs;

    public Bank Reopen()
    {
        Bank.Dispose();
        Bank = Bank.Open(Path, Time);
        return Bank;
    }

    public string Dump() => DatabaseDump.Of(Path);

    public T Scalar<T>(string sql)
    {
        using var command = Bank.Connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Execute(string sql)
    {
        using var command = Bank.Connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        Bank.Dispose();
        _folder.Dispose();
    }
}
