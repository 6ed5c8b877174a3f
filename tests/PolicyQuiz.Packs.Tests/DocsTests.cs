using System.Text.RegularExpressions;

namespace PolicyQuiz.Packs.Tests;

/// <summary>The examples in docs/packs.md are valid packs (question examples are read inside a minimal pack).</summary>
public sealed partial class DocsTests
{
    private const string Wrapper = "pack: docs\ntitle: Docs\nversion: 1\nquestions:\n";

    public static TheoryData<int, string, string> Examples()
    {
        var text = File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot(), "docs", "packs.md"));
        var data = new TheoryData<int, string, string>();
        var index = 0;
        foreach (Match match in CodeBlock().Matches(text))
        {
            var language = match.Groups["lang"].Value;
            var body = match.Groups["body"].Value;
            if (language == "json" || body.StartsWith("pack:", StringComparison.Ordinal) || body.StartsWith("  - id:", StringComparison.Ordinal))
            {
                data.Add(index, language, body);
            }

            index++;
        }

        return data;
    }

    [Fact]
    public void The_docs_show_an_example_of_every_question_type()
    {
        var types = Examples().Select(row => (string)row[2]).SelectMany(body => TypeLine().Matches(body).Select(m => m.Groups[1].Value)).ToHashSet();

        Assert.Equal(["choice", "cloze", "match", "multi", "order", "short", "truefalse"], types.Order());
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_example_in_the_docs_is_a_valid_pack(int block, string language, string body)
    {
        var result = language == "json"
            ? PackReader.ReadText(body, $"docs-block-{block}.json", PackFormat.Json)
            : PackReader.ReadText(body.StartsWith("pack:", StringComparison.Ordinal) ? body : Wrapper + body, $"docs-block-{block}.yaml", PackFormat.Yaml);

        Assert.True(result.Ok, string.Join("\n", result.Diagnostics) + "\n" + body);
    }

    [GeneratedRegex(@"^```(?<lang>yaml|json)\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"^\s+type: (\w+)$", RegexOptions.Multiline)]
    private static partial Regex TypeLine();
}
