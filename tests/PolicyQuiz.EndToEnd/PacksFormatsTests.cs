namespace PolicyQuiz.EndToEnd;

/// <summary>`packs export` and `packs import` speak every interchange format, chosen by extension.</summary>
public sealed class PacksFormatsTests
{
    [Theory]
    [InlineData("gift")]
    [InlineData("xml")]
    public void A_pack_exported_to_a_moodle_format_imports_back_as_unchanged(string extension)
    {
        using var work = new PacksWorkspace();
        var file = work.PathOf("small." + extension);
        Assert.Equal(0, work.Run("packs", "import", work.Write("small.yaml", PacksSamples.Small())).ExitCode);

        var exported = work.Run("packs", "export", "small-test", "-o", file);
        var imported = work.Run("packs", "import", file);

        Assert.True(exported.ExitCode == 0, exported.Error);
        Assert.True(File.Exists(file));
        Assert.True(imported.ExitCode == 0, imported.Error);
        Assert.Contains("unchanged", imported.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pack_exported_to_csv_imports_as_a_pack_named_after_the_file_with_the_same_questions()
    {
        using var work = new PacksWorkspace();
        var file = work.PathOf("spreadsheet.csv");
        Assert.Equal(0, work.Run("packs", "import", work.Write("small.yaml", PacksSamples.Small())).ExitCode);
        Assert.Equal(0, work.Run("packs", "export", "small-test", "-o", file).ExitCode);

        var imported = work.Run("packs", "import", file);
        var original = work.Run("packs", "show", "small-test").Output;
        var copy = work.Run("packs", "show", "spreadsheet").Output;

        Assert.True(imported.ExitCode == 0, imported.Error);
        Assert.Equal(original.Split('\n').Skip(1), copy.Split('\n').Skip(1));
    }

    [Fact]
    public void A_bundled_pack_exports_to_an_anki_package()
    {
        using var work = new PacksWorkspace();
        var file = work.PathOf("deck.apkg");

        var result = work.Run("packs", "export", "us-russia-rare-earths", "-o", file);

        Assert.True(result.ExitCode == 0, result.Error);
        using var zip = System.IO.Compression.ZipFile.OpenRead(file);
        Assert.Contains(zip.Entries, e => e.FullName == "collection.anki2");
    }

    [Fact]
    public void A_gift_file_with_an_unbalanced_brace_is_refused_with_its_position_and_the_bank_keeps_its_packs()
    {
        using var work = new PacksWorkspace();
        var before = work.Run("packs", "list").Output;
        var file = work.Write("broken.gift", "::q1:: Who leads the fund? {=Kirill Dmitriev ~Sergei Lavrov\n");

        var result = work.Run("packs", "import", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("broken.gift:1:", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, work.Run("packs", "list").Output);
    }

    [Fact]
    public void Export_to_an_unknown_extension_is_a_usage_error()
    {
        using var work = new PacksWorkspace();

        var result = work.Run("packs", "export", "us-russia-rare-earths", "-o", work.PathOf("deck.docx"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(".apkg", result.Error, StringComparison.Ordinal);
    }
}
