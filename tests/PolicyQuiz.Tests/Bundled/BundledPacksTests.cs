using System.Text;
using PolicyQuiz.Bundled;
using PolicyQuiz.Storage;

namespace PolicyQuiz.Tests.Bundled;

public sealed class BundledPacksTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "policyquiz-bundled-" + Guid.NewGuid().ToString("N"));

    private static BundledPack Pack(string id, int version, int questions)
    {
        var text = new StringBuilder($"pack: {id}\ntitle: Bundled {id}\nversion: {version}\nsources:\n  - id: s\n    title: S\nquestions:\n");
        for (var i = 1; i <= questions; i++)
        {
            text.Append($"  - id: q{i}\n    type: truefalse\n    kind: what\n    prompt: Statement {i}.\n    answer: true\n    source: s\n");
        }

        return new BundledPack($"bundled/{id}.yaml", Encoding.UTF8.GetBytes(text.ToString()));
    }

    private Bank OpenBank() => Bank.Open(Path.Combine(_folder, "bank.db"), TimeProvider.System);

    [Fact]
    public void A_fresh_bank_gets_every_bundled_pack()
    {
        using var bank = OpenBank();
        var warnings = new StringWriter();

        BundledPacks.Seed(bank, [Pack("alpha", 1, 2), Pack("beta", 3, 4)], warnings);

        Assert.Equal(["alpha", "beta"], bank.Packs.List().Select(p => p.Id));
        Assert.Equal(4, bank.Packs.List().Single(p => p.Id == "beta").QuestionCount);
        Assert.Equal("", warnings.ToString());
    }

    [Fact]
    public void The_same_bundled_set_is_not_read_again()
    {
        using var bank = OpenBank();
        IReadOnlyList<BundledPack> set = [Pack("alpha", 1, 2)];
        BundledPacks.Seed(bank, set, TextWriter.Null);
        bank.Packs.Remove("alpha");

        var results = BundledPacks.Seed(bank, set, TextWriter.Null);

        Assert.Empty(results);
        Assert.Equal(BundledPacks.SetHash(set), bank.Settings.Get(BundledPacks.SettingKey));
    }

    [Fact]
    public void A_newer_bundled_version_updates_the_bank_and_an_older_one_is_left_out()
    {
        using var bank = OpenBank();
        BundledPacks.Seed(bank, [Pack("alpha", 2, 2)], TextWriter.Null);

        var newer = BundledPacks.Seed(bank, [Pack("alpha", 3, 3)], TextWriter.Null);
        var older = BundledPacks.Seed(bank, [Pack("alpha", 1, 1)], TextWriter.Null);

        Assert.Equal(ImportOutcome.Updated, Assert.Single(newer).Outcome);
        Assert.Equal(ImportOutcome.Skipped, Assert.Single(older).Outcome);
        var listed = Assert.Single(bank.Packs.List());
        Assert.Equal((3, 3), (listed.Version, listed.QuestionCount));
    }

    [Fact]
    public void A_broken_bundled_pack_is_reported_and_the_others_still_load()
    {
        using var bank = OpenBank();
        var warnings = new StringWriter();
        var broken = new BundledPack("bundled/broken.yaml", Encoding.UTF8.GetBytes("pack: broken\ntitle: B\nversion: one\n"));
        IReadOnlyList<BundledPack> set = [broken, Pack("alpha", 1, 2)];

        BundledPacks.Seed(bank, set, warnings);

        Assert.Equal(["alpha"], bank.Packs.List().Select(p => p.Id));
        Assert.Contains("bundled/broken.yaml", warnings.ToString(), StringComparison.Ordinal);
        Assert.Contains("bundled/broken.yaml:3:", warnings.ToString(), StringComparison.Ordinal);
        Assert.Null(bank.Settings.Get(BundledPacks.SettingKey));
    }

    [Fact]
    public void The_program_embeds_the_questions_folder()
    {
        var embedded = BundledPacks.Embedded();

        Assert.NotEmpty(embedded);
        Assert.All(embedded, p => Assert.Matches(@"^bundled/[a-z0-9-]+\.yaml$", p.Name));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public void The_set_hash_tells_a_changed_byte_or_a_renamed_pack_from_the_set_as_it_is()
    {
        var packs = BundledPacks.Embedded();
        var same = BundledPacks.SetHash(packs);
        var flipped = packs[0].Bytes.ToArray();
        flipped[flipped.Length / 2] ^= 1;

        Assert.Equal(same, BundledPacks.SetHash(BundledPacks.Embedded()));
        Assert.NotEqual(same, BundledPacks.SetHash([packs[0] with { Bytes = flipped }, .. packs.Skip(1)]));
        Assert.NotEqual(same, BundledPacks.SetHash([packs[0] with { Name = packs[0].Name + "x" }, .. packs.Skip(1)]));
        Assert.NotEqual(same, BundledPacks.SetHash([.. packs.Reverse()]));
    }
}
