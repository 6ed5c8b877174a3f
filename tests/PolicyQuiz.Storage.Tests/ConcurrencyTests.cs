using PolicyQuiz.Storage.Tests.Support;

namespace PolicyQuiz.Storage.Tests;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task A_second_copy_waits_for_the_first_ones_write_instead_of_failing()
    {
        using var first = new TestBank();
        using var second = Bank.Open(first.Path, first.Time);
        using var transaction = first.Bank.Connection.BeginTransaction(deferred: false);
        using (var hold = first.Bank.Connection.CreateCommand())
        {
            hold.Transaction = transaction;
            hold.CommandText = "INSERT INTO settings (key, value) VALUES ('held', 'yes')";
            hold.ExecuteNonQuery();
        }

        var waiting = Task.Run(() => second.Packs.Import(SamplePacks.RareEarths()));
        await Task.Delay(300);
        Assert.False(waiting.IsCompleted);
        transaction.Commit();
        var result = await waiting.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        Assert.Single(first.Packs.List());
        Assert.Equal("yes", second.Settings.Get("held"));
    }

    [Fact]
    public void A_reader_sees_the_last_committed_state_while_another_copy_writes()
    {
        using var first = new TestBank();
        first.Packs.Import(SamplePacks.Numbered("news", 1, 2));
        using var second = Bank.Open(first.Path, first.Time);
        using var transaction = first.Bank.Connection.BeginTransaction(deferred: false);
        using (var write = first.Bank.Connection.CreateCommand())
        {
            write.Transaction = transaction;
            write.CommandText = "UPDATE packs SET title = 'uncommitted'";
            write.ExecuteNonQuery();
        }

        var seen = second.Packs.List();

        Assert.Equal("Numbered news", Assert.Single(seen).Title);
        transaction.Rollback();
    }

    [Fact]
    public async Task Two_copies_opening_a_new_bank_at_once_both_succeed()
    {
        using var folder = new TempFolder();
        var path = folder.File("shared.db");
        var time = ManualTime.At("2025-04-01T09:00:00Z");

        var banks = await Task.WhenAll(
            Task.Run(() => Bank.Open(path, time)),
            Task.Run(() => Bank.Open(path, time)));
        try
        {
            Assert.All(banks, b => Assert.Equal(Migrations.Latest, Migrator.UserVersion(b.Connection)));
            Assert.Single(banks, b => b.IsFresh);
        }
        finally
        {
            foreach (var bank in banks)
            {
                bank.Dispose();
            }
        }
    }
}
