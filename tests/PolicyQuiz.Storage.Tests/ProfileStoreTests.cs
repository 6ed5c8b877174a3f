using PolicyQuiz.Storage.Tests.Support;

namespace PolicyQuiz.Storage.Tests;

public sealed class ProfileStoreTests
{
    [Fact]
    public void A_profile_is_created_on_first_use_and_found_afterwards()
    {
        using var bank = new TestBank();

        var created = bank.Bank.Profiles.GetOrCreate("alice");
        bank.Time.Advance(TimeSpan.FromHours(1));
        var again = bank.Bank.Profiles.GetOrCreate("alice");

        Assert.Equal(created, again);
        Assert.Equal(bank.Time.Now.AddHours(-1), created.CreatedAt);
        Assert.Single(bank.Bank.Profiles.List());
    }

    [Fact]
    public void Several_students_share_one_bank()
    {
        using var bank = new TestBank();

        var alice = bank.Bank.Profiles.GetOrCreate("alice");
        var bob = bank.Bank.Profiles.GetOrCreate("bob");

        Assert.NotEqual(alice.Id, bob.Id);
        Assert.Equal(["alice", "bob"], bank.Bank.Profiles.List().Select(p => p.Name));
        Assert.Null(bank.Bank.Profiles.Find("carol"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" padded")]
    [InlineData("bell\u0007")]
    public void Unusable_profile_names_are_rejected(string name)
    {
        using var bank = new TestBank();

        Assert.False(ProfileStore.IsValidName(name));
        Assert.Throws<ArgumentException>(() => bank.Bank.Profiles.GetOrCreate(name));
        Assert.Empty(bank.Bank.Profiles.List());
    }
}
