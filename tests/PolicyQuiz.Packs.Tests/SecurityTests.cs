using System.Text;

namespace PolicyQuiz.Packs.Tests;

/// <summary>Hostile files are refused early, with a clear message, without exhausting stack or memory.</summary>
public sealed class SecurityTests
{
    private const int Levels = 10_000;

    [Fact]
    public void A_yaml_file_nested_ten_thousand_levels_deep_is_refused_at_level_sixty_five()
    {
        var yaml = "pack: deep\nextra: " + new string('[', Levels) + new string(']', Levels) + "\n";

        var result = PackReader.ReadText(yaml, "deep.yaml", PackFormat.Yaml);

        Assert.Null(result.Pack);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("deep.yaml:2:71: nesting deeper than 64 levels is refused; a pack needs only a few levels", diagnostic.ToString());
    }

    [Fact]
    public void A_yaml_file_with_ten_thousand_nested_block_lists_is_refused()
    {
        var yaml = new StringBuilder("pack: deep\nextra:\n");
        for (var i = 0; i < Levels; i++)
        {
            yaml.Append("- ");
        }

        yaml.Append("x\n");

        var result = PackReader.ReadText(yaml.ToString(), "deep.yaml", PackFormat.Yaml);

        Assert.Contains(result.Diagnostics, d => d.Message.StartsWith("nesting deeper than 64 levels", StringComparison.Ordinal));
        Assert.Null(result.Pack);
    }

    [Fact]
    public void A_json_file_nested_ten_thousand_levels_deep_is_refused_at_level_sixty_five()
    {
        var json = "{\"pack\": \"deep\", \"extra\": " + new string('[', Levels) + new string(']', Levels) + "}";

        var result = PackReader.ReadText(json, "deep.json", PackFormat.Json);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("deep.json:1:90: nesting deeper than 64 levels is refused; a pack needs only a few levels", diagnostic.ToString());
    }

    [Fact]
    public void Nesting_of_sixty_four_levels_is_still_read()
    {
        // The root mapping is level 1 and `extra:` holds 63 more.
        var yaml = "pack: deep\ntitle: Deep\nversion: 1\nextra: " + new string('[', 63) + new string(']', 63) +
                   "\nquestions:\n  - {id: q1, type: short, kind: who, prompt: Who?, answer: Putin}\n";

        var result = PackReader.ReadText(yaml, "deep.yaml", PackFormat.Yaml);

        Assert.True(result.Ok, string.Join("\n", result.Diagnostics));
        Assert.Equal(new string('[', 63) + new string(']', 63), result.Pack!.ExtraJson);
    }

    [Fact]
    public void A_billion_laughs_file_is_refused_at_its_first_anchor()
    {
        var before = GC.GetAllocatedBytesForCurrentThread();

        var result = PackReader.ReadFile(TestFiles.Corpus("billion-laughs.yaml"));

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("YAML anchors (&a) are not allowed in packs; write each value out in full", diagnostic.Message);
        Assert.True(allocated < 10_000_000, $"reading a 600-byte file allocated {allocated:N0} bytes");
    }

    [Fact]
    public void An_alias_bomb_hidden_under_extra_is_refused_too()
    {
        var yaml = "pack: bomb\ntitle: Bomb\nversion: 1\nquestions: []\nextra:\n  a: &a [x, x, x, x, x, x, x, x, x, x]\n  b: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n";

        var result = PackReader.ReadText(yaml, "bomb.yaml", PackFormat.Yaml);

        Assert.Equal("bomb.yaml:6:6: YAML anchors (&a) are not allowed in packs; write each value out in full", Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void A_file_over_twenty_megabytes_is_refused_before_it_is_parsed()
    {
        using var temp = new TempFolder();
        var path = temp.File("huge.yaml");
        using (var stream = File.Create(path))
        {
            // Not even valid YAML: the size alone must decide.
            stream.SetLength(PackReader.MaxFileBytes + 1);
        }

        var result = PackReader.ReadFile(path);

        Assert.Equal($"{path}:1:1: the file is 20.0 MB; packs are limited to 20 MB (split it into several packs)", Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void Text_and_bytes_over_twenty_megabytes_are_refused_too()
    {
        var text = new string('#', (int)PackReader.MaxFileBytes + 1);

        Assert.Contains("packs are limited to 20 MB", Assert.Single(PackReader.ReadText(text, "big.yaml", PackFormat.Yaml).Diagnostics).Message, StringComparison.Ordinal);
        Assert.Contains("packs are limited to 20 MB", Assert.Single(PackReader.ReadBytes(Encoding.UTF8.GetBytes(text), "big.json", PackFormat.Json).Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_in_a_json_file_is_reported_at_its_line()
    {
        var bytes = Encoding.UTF8.GetBytes("{\n  \"pack\": \"x\",\n  \"title\": \"Caf").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("\"\n}")).ToArray();

        var result = PackReader.ReadBytes(bytes, "bad.json", PackFormat.Json);

        Assert.Equal("bad.json:3:16: the file is not valid UTF-8 (byte 0xC3 at offset 32); save it as UTF-8", Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void Key_messages_are_made_safe_for_a_terminal()
    {
        var yaml = "pack: x\ntitle: X\nversion: 1\n\"\\e[31mred\": 1\nquestions: []\n";

        var result = PackReader.ReadText(yaml, "esc.yaml", PackFormat.Yaml);

        Assert.All(result.Diagnostics, d => Assert.DoesNotContain('\u001b', d.Message));
        Assert.Contains(result.Diagnostics, d => d.Message.StartsWith("unknown key 'red'", StringComparison.Ordinal));
    }
}
