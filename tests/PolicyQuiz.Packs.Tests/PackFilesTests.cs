namespace PolicyQuiz.Packs.Tests;

public sealed class PackFilesTests
{
    [Fact]
    public void A_folder_gives_its_pack_files_sorted_by_name_without_subfolders()
    {
        using var temp = new TempFolder();
        foreach (var name in new[] { "b.yml", "a.yaml", "c.json", "notes.txt", "README.md", ".#a.yaml" })
        {
            File.WriteAllText(temp.File(name), "x");
        }

        Directory.CreateDirectory(temp.File("nested"));
        File.WriteAllText(Path.Combine(temp.File("nested"), "deeper.yaml"), "x");

        var files = PackFiles.Expand([temp.Path]);

        Assert.Equal([temp.File("a.yaml"), temp.File("b.yml"), temp.File("c.json")], files);
    }

    [Fact]
    public void Files_stay_as_given_and_in_the_order_given()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("z.yaml"), "x");
        File.WriteAllText(temp.File("a.json"), "x");

        var files = PackFiles.Expand([temp.File("z.yaml"), temp.File("a.json")]);

        Assert.Equal([temp.File("z.yaml"), temp.File("a.json")], files);
    }

    [Fact]
    public void A_missing_path_is_kept_so_the_reader_reports_it()
    {
        var files = PackFiles.Expand(["missing.yaml", "no/such/folder"]);

        Assert.Equal(["missing.yaml", "no/such/folder"], files);
        Assert.Equal("no/such/folder:1:1: no such file", PackReader.ReadFile(files[1]).Diagnostics.Single().ToString());
    }

    [Fact]
    public void Files_and_folders_mix()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("packs"));
        File.WriteAllText(Path.Combine(temp.File("packs"), "one.yaml"), "x");
        File.WriteAllText(Path.Combine(temp.File("packs"), "two.json"), "x");
        File.WriteAllText(temp.File("extra.yml"), "x");

        var files = PackFiles.Expand([temp.File("extra.yml"), temp.File("packs")]);

        Assert.Equal([temp.File("extra.yml"), Path.Combine(temp.File("packs"), "one.yaml"), Path.Combine(temp.File("packs"), "two.json")], files);
    }

    [Theory]
    [InlineData("a.yaml", PackFormat.Yaml)]
    [InlineData("a.YML", PackFormat.Yaml)]
    [InlineData("dir.v2/a.json", PackFormat.Json)]
    public void The_extension_decides_the_format(string path, PackFormat expected)
    {
        Assert.True(PackFiles.TryGetFormat(path, out var format));
        Assert.Equal(expected, format);
    }

    [Theory]
    [InlineData("a.txt")]
    [InlineData("a")]
    [InlineData("a.yaml.bak")]
    public void Other_extensions_have_no_format(string path)
    {
        Assert.False(PackFiles.TryGetFormat(path, out _));
    }
}
