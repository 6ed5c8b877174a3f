using PolicyQuiz.Bundled;
using PolicyQuiz.Generation;
using PolicyQuiz.Packs;

namespace PolicyQuiz.Tests.Bundled;

public sealed class BundledAnswersTests
{
    private const string WriteSwitch = "POLICYQUIZ_WRITE_BUNDLED_ANSWERS";

    [Fact]
    public void The_answers_file_is_made_from_the_bundled_packs_as_they_are()
    {
        var path = Path.Combine(ProjectFolder(), "Bundled", "bundled-answers.json");
        var expected = BundledAnswers.Render(BundledPacks.Embedded());
        if (Environment.GetEnvironmentVariable(WriteSwitch) == "1")
        {
            File.WriteAllBytes(path, expected);
        }

        Assert.True(
            expected.AsSpan().SequenceEqual(File.ReadAllBytes(path)),
            $"{path} is stale: the bundled packs changed. Write it again with `{WriteSwitch}=1 dotnet test tests/PolicyQuiz.Tests --filter BundledAnswers`, then rebuild.");
    }

    [Fact]
    public void The_pool_from_the_answers_file_is_the_pool_from_the_packs()
    {
        var packs = BundledPacks.Embedded();
        var fromFile = new DistractorPool();
        var fromPacks = new DistractorPool();

        Assert.True(BundledAnswers.TryAddTo(fromFile, packs));
        foreach (var bundled in packs)
        {
            fromPacks.AddAnswers(PackReader.ReadBytes(bundled.Bytes, bundled.Name, PackFormat.Yaml).Pack!);
        }

        Assert.True(fromPacks.Count > 20, $"only {fromPacks.Count} names");
        Assert.Equal(fromPacks.Count, fromFile.Count);
        foreach (var type in Enum.GetValues<EntityType>())
        {
            Assert.Equal(fromPacks.Of(type), fromFile.Of(type));
        }
    }

    [Fact]
    public void An_answers_file_made_from_other_packs_is_not_used()
    {
        var packs = BundledPacks.Embedded();
        var edited = packs.Select((p, i) => i == 0 ? p with { Bytes = [.. p.Bytes, (byte)'\n'] } : p).ToList();
        var pool = new DistractorPool();

        Assert.False(BundledAnswers.TryAddTo(pool, edited));
        Assert.Equal(0, pool.Count);
        Assert.False(BundledAnswers.TryAddTo(pool, packs.Take(packs.Count - 1).ToList()));
        Assert.Equal(0, pool.Count);
    }

    private static string ProjectFolder([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "src", "PolicyQuiz"));
}
