namespace PolicyQuiz.Packs.Tests;

/// <summary>Problems that need more than one small file to show: many at once, limits, file-level refusals.</summary>
public sealed class ProblemTests
{
    [Fact]
    public void Every_problem_in_a_file_is_reported_at_once_in_file_order()
    {
        const string Yaml = """
            pack: Bad Pack
            title: ""
            version: -2
            questions:
              - id: q1
                type: choice
                kind: who
                prompt: Who?
                answer: Putin
                distractors: [Putin]
              - id: q1
                type: cloze
                kind: whither
                prompt: No gap here.
                answer: x
                source: nowhere
            """;

        var result = PackReader.ReadText(Yaml, "many.yaml", PackFormat.Yaml);

        Assert.Null(result.Pack);
        string[] expected =
            [
                "many.yaml:1:7: the pack id 'Bad Pack' is not a slug",
                "many.yaml:2:8: the title is empty",
                "many.yaml:3:10: the version must be a positive whole number",
                "many.yaml:10:18: a choice question needs at least 3 distractors",
                "many.yaml:10:19: the distractor 'Putin' is also an answer",
                "many.yaml:11:9: the question id 'q1' is used twice",
                "many.yaml:13:11: unknown question kind 'whither'",
                "many.yaml:14:13: a cloze prompt marks its gap with ____",
                "many.yaml:16:13: the source 'nowhere' is not among the pack's sources (the pack lists no sources)",
            ];
        var actual = result.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.True(actual.Count == expected.Length, string.Join("\n", actual));
        Assert.All(expected.Zip(actual), pair => Assert.StartsWith(pair.First, pair.Second, StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_file_is_reported_not_thrown()
    {
        var result = PackReader.ReadFile("/nonexistent/folder/pack.yaml");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("/nonexistent/folder/pack.yaml:1:1: no such file", diagnostic.ToString());
    }

    [Fact]
    public void A_file_with_another_extension_is_refused()
    {
        using var temp = new TempFolder();
        var path = temp.File("pack.txt");
        File.WriteAllText(path, "pack: x\n");

        var result = PackReader.ReadFile(path);

        Assert.Contains("unknown pack file extension '.txt'", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_given_as_a_file_is_refused()
    {
        using var temp = new TempFolder();

        var result = PackReader.ReadFile(temp.Path);

        Assert.Equal("this is a folder, not a pack file", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void Only_the_first_thousand_problems_are_listed_and_the_rest_are_counted()
    {
        var yaml = new System.Text.StringBuilder("pack: many\ntitle: Many\nversion: 1\nquestions:\n");
        for (var i = 0; i < 1500; i++)
        {
            yaml.Append($"  - id: Q{i}\n    type: short\n    kind: who\n    prompt: Who?\n    answer: x\n");
        }

        var result = PackReader.ReadText(yaml.ToString(), "many.yaml", PackFormat.Yaml);

        Assert.Equal(1001, result.Diagnostics.Count);
        Assert.Equal("500 more problems not listed (only the first 1000 are shown)", result.Diagnostics[^1].Message);
    }

    [Fact]
    public void Diagnostics_print_as_file_line_column_and_message()
    {
        var diagnostic = new PackDiagnostic("packs/a.yaml", 12, 7, "the prompt is empty");

        Assert.Equal("packs/a.yaml:12:7: the prompt is empty", diagnostic.ToString());
    }
}
