using System.Reflection;
using PolicyQuiz.Packs;

namespace PolicyQuiz.EndToEnd;

public sealed class FreshDatabaseTests
{
    /// <summary>The packs embedded in the built program (resources bundled/NAME.yaml), read as the program reads them.</summary>
    private static List<PolicyQuiz.Core.Model.Pack> Bundled()
    {
        var assembly = Assembly.LoadFrom(PolicyQuizProgram.DllPath);
        var packs = new List<PolicyQuiz.Core.Model.Pack>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("bundled/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var read = PackReader.ReadBytes(memory.ToArray(), name, PackFormat.Yaml);
            Assert.True(read.Ok, string.Join("\n", read.Diagnostics));
            packs.Add(read.Pack!);
        }

        return packs;
    }

    [Fact]
    public void The_program_carries_bundled_packs()
    {
        Assert.NotEmpty(Bundled());
    }

    [Fact]
    public void A_fresh_bank_gets_every_bundled_pack_on_first_run()
    {
        using var work = new PacksWorkspace();

        var list = work.Run("packs", "list");

        Assert.True(list.ExitCode == 0, list.Error);
        Assert.Equal("", list.Error);
        foreach (var pack in Bundled())
        {
            Assert.Matches($@"(?m)^{pack.Id}\s.*\s{pack.Version}\s+{pack.Questions.Count}\s+{pack.Sources.Count}$", list.Output);
        }
    }

    [Fact]
    public void A_bundled_pack_the_user_removed_stays_removed_on_the_next_run()
    {
        using var work = new PacksWorkspace();
        var first = Bundled()[0];
        work.Run("packs", "list");

        Assert.Equal(0, work.Run("packs", "remove", first.Id).ExitCode);
        var list = work.Run("packs", "list");

        Assert.DoesNotMatch($@"(?m)^{first.Id}\s", list.Output);
    }

    [Fact]
    public void A_bundled_pack_exports_equal_to_what_ships()
    {
        using var work = new PacksWorkspace();
        var first = Bundled()[0];
        var path = work.PathOf("bundled.yaml");

        var export = work.Run("packs", "export", first.Id, "-o", path);

        Assert.True(export.ExitCode == 0, export.Error);
        Assert.Equal(first, PackReader.ReadFile(path).Pack);
    }
}
