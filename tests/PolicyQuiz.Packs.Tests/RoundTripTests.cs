using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Packs.Tests;

public sealed class RoundTripTests
{
    public static TheoryData<string> BundledPacks()
    {
        var data = new TheoryData<string>();
        foreach (var file in PackFiles.Expand([Path.Combine(TestFiles.RepositoryRoot(), "questions")]))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void Reading_the_written_yaml_gives_an_equal_pack()
    {
        var yaml = PackWriter.ToYaml(SamplePack.Expected);

        Assert.Equal(SamplePack.Expected, ReadOk(yaml, PackFormat.Yaml));
    }

    [Fact]
    public void Reading_the_written_json_gives_an_equal_pack()
    {
        var json = PackWriter.ToJson(SamplePack.Expected);

        Assert.Equal(SamplePack.Expected, ReadOk(json, PackFormat.Json));
    }

    [Fact]
    public void Yaml_to_json_to_yaml_gives_an_equal_pack_and_the_same_text()
    {
        var yaml = PackWriter.ToYaml(SamplePack.Expected);
        var json = PackWriter.ToJson(ReadOk(yaml, PackFormat.Yaml));
        var again = PackWriter.ToYaml(ReadOk(json, PackFormat.Json));

        Assert.Equal(SamplePack.Expected, ReadOk(again, PackFormat.Yaml));
        Assert.Equal(yaml, again);
    }

    [Theory]
    [MemberData(nameof(BundledPacks))]
    public void Every_bundled_pack_survives_yaml_and_json(string name)
    {
        var original = PackReader.ReadFile(Path.Combine(TestFiles.RepositoryRoot(), "questions", name));
        Assert.True(original.Ok, string.Join("\n", original.Diagnostics));

        Assert.Equal(original.Pack, ReadOk(PackWriter.ToYaml(original.Pack!), PackFormat.Yaml));
        Assert.Equal(original.Pack, ReadOk(PackWriter.ToJson(original.Pack!), PackFormat.Json));
    }

    [Fact]
    public void The_written_yaml_reads_like_the_format_in_the_docs()
    {
        var yaml = PackWriter.ToYaml(SamplePack.Expected);

        Assert.StartsWith("pack: rare-earths-sample\ntitle: US–Russia rare earth talks (sample)\nversion: 3\nlanguage: en\n", yaml, StringComparison.Ordinal);
        Assert.Contains("\n    distractors: [Donald Trump, Kirill Dmitriev, Elon Musk]\n", yaml, StringComparison.Ordinal);
        Assert.Contains("\n    answer: true\n", yaml, StringComparison.Ordinal);
        Assert.Contains("\n      - Kirill Dmitriev: Russian Direct Investment Fund\n", yaml, StringComparison.Ordinal);
        Assert.Contains("\n      - \"1991\": a year, quoted so it stays text\n", yaml, StringComparison.Ordinal);
        Assert.Contains("\n    published: 2025-03-24\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("---", yaml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("3")]
    [InlineData("0x1F")]
    [InlineData("-.inf")]
    [InlineData("- a list?")]
    [InlineData("key: value")]
    [InlineData("# not a comment")]
    [InlineData("  padded  ")]
    [InlineData("line one\nline two\n")]
    [InlineData("tab\there")]
    [InlineData("bell \u0007 and escape \u001b[0m")]
    [InlineData("'single' and \"double\" quotes")]
    [InlineData("emoji 😀 and Cyrillic Путин")]
    [InlineData("line separator \u2028 next line \u0085 no-break\u00a0space")]
    [InlineData("\u00a0 ,\\r!gee0 *h-?z%")]
    [InlineData("t#p!z *")]
    [InlineData("Washington, D.C.")]
    [InlineData("https://example.org/a?b=c#d")]
    public void Awkward_text_survives_both_formats(string text)
    {
        var pack = SamplePack.Expected with
        {
            Description = text,
            Questions = EquatableList.From(SamplePack.Expected.Questions[0] with
            {
                Prompt = text,
                Distractors = Texts.Of(text + " 1", "[" + text + "]", "{" + text + "}"),
                Tags = Texts.Of(text, "a, b"),
            }),
        };

        Assert.Equal(pack, ReadOk(PackWriter.ToYaml(pack), PackFormat.Yaml));
        Assert.Equal(pack, ReadOk(PackWriter.ToJson(pack), PackFormat.Json));
    }

    [Fact]
    public void Writing_a_file_follows_its_extension()
    {
        using var temp = new TempFolder();
        foreach (var name in new[] { "a.yaml", "b.yml", "c.json", "D.JSON" })
        {
            var path = temp.File(name);
            PackWriter.WriteFile(SamplePack.Expected, path);

            var result = PackReader.ReadFile(path);
            Assert.Equal(SamplePack.Expected, result.Pack);
        }

        Assert.StartsWith("{", File.ReadAllText(temp.File("c.json")), StringComparison.Ordinal);
        Assert.StartsWith("pack:", File.ReadAllText(temp.File("b.yml")), StringComparison.Ordinal);
        Assert.Equal(4, Directory.GetFiles(temp.Path).Length);
    }

    [Fact]
    public void Writing_a_file_with_another_extension_throws_and_writes_nothing()
    {
        using var temp = new TempFolder();

        Assert.Throws<ArgumentException>(() => PackWriter.WriteFile(SamplePack.Expected, temp.File("pack.txt")));
        Assert.Empty(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void Written_files_are_utf8_without_a_byte_order_mark()
    {
        using var temp = new TempFolder();
        var path = temp.File("pack.yaml");

        PackWriter.WriteFile(SamplePack.Expected, path);

        var bytes = File.ReadAllBytes(path);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Contains("US–Russia", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    internal static Pack ReadOk(string text, PackFormat format)
    {
        var result = PackReader.ReadText(text, format == PackFormat.Yaml ? "written.yaml" : "written.json", format);
        Assert.True(result.Ok, string.Join("\n", result.Diagnostics) + "\n--- text ---\n" + text);
        return result.Pack!;
    }
}
