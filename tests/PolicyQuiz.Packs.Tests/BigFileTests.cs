using System.Text;

namespace PolicyQuiz.Packs.Tests;

/// <summary>Files of a megabyte or more are parsed on a second thread; they must read exactly as small ones do.</summary>
public sealed class BigFileTests
{
    [Fact]
    public void A_big_valid_pack_reads_the_same_from_a_file_as_from_text()
    {
        using var folder = new TempFolder();
        var text = BigPack(questions: 6000, problems: false);
        var path = folder.File("big.yaml");
        File.WriteAllText(path, text);
        Assert.True(new FileInfo(path).Length > 1 << 20);

        var fromFile = PackReader.ReadFile(path);
        var fromText = PackReader.ReadText(text, path, PackFormat.Yaml);

        Assert.True(fromFile.Ok, string.Join('\n', fromFile.Diagnostics));
        Assert.Equal(6000, fromFile.Pack!.Questions.Count);
        Assert.Equal(fromText.Pack, fromFile.Pack);
    }

    [Fact]
    public void A_big_pack_reports_the_same_problems_in_the_same_places_from_a_file_as_from_text()
    {
        using var folder = new TempFolder();
        var text = BigPack(questions: 6000, problems: true);
        var path = folder.File("big.yaml");
        File.WriteAllText(path, text);

        var fromFile = PackReader.ReadFile(path);
        var fromText = PackReader.ReadText(text, path, PackFormat.Yaml);

        Assert.Null(fromFile.Pack);
        Assert.NotEmpty(fromFile.Diagnostics);
        Assert.Equal(fromText.Diagnostics, fromFile.Diagnostics);
        Assert.Contains(fromFile.Diagnostics, d => d.Message.Contains("tag", StringComparison.Ordinal));
        Assert.Contains(fromFile.Diagnostics, d => d.Message.Contains("invalid YAML", StringComparison.Ordinal));
    }

    private static string BigPack(int questions, bool problems)
    {
        var text = new StringBuilder();
        text.Append("pack: big-test\ntitle: Big test pack\nversion: 1\nsources:\n  - id: s\n    title: Source\nquestions:\n");
        for (var i = 0; i < questions; i++)
        {
            var prompt = problems && i == 10 ? "!!int 5" : $"Who signed agreement number {i} in the capital of the country?";
            text.Append($"  - id: q{i}\n    type: choice\n    kind: who\n    prompt: {prompt}\n    answer: Person {i}\n")
                .Append($"    distractors: [Other {i} A, Other {i} B, Other {i} C]\n    source: s\n")
                .Append("    explanation: A sentence long enough to make every question take a little room in the file.\n");
        }

        if (problems)
        {
            text.Append("  - id: broken\n    prompt: [unclosed\n");
        }

        return text.ToString();
    }
}
