using System.Text.Json;

namespace PolicyQuiz.EndToEnd;

public sealed class GenerateTests : IDisposable
{
    private const string Article = """
        ---
        title: Lakeside states agree water-sharing pact
        published: 2025-06-06
        publisher: River Desk
        ---
        The governments of Norland and Estavia signed a water-sharing agreement in Vienna on Thursday, ending a decade of disputes over the Alder river.

        Norland's environment minister, Petra Holmsen, said the accord would guarantee 40 percent of the river's summer flow to farmers downstream. Estavian Prime Minister Karel Dvorak called it a fair bargain.

        The deal was brokered by the Danube Basin Commission (DBC), which will monitor the flow from a station in Linz. Inspectors are expected to begin their work in mid-July.

        Holmsen will present the text to parliament next Tuesday, her office said.
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("pq-generate-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Generate_writes_a_pack_of_grounded_questions_best_first()
    {
        var input = Path.Combine(_dir, "water-pact.md");
        File.WriteAllText(input, Article);
        var output = Path.Combine(_dir, "water.json");

        var result = PolicyQuizProgram.Run(["generate", input, "-o", output]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("water.json", result.Output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        var root = json.RootElement;
        Assert.Equal("water-pact", root.GetProperty("pack").GetString());
        Assert.Equal("Lakeside states agree water-sharing pact", root.GetProperty("title").GetString());
        var source = root.GetProperty("sources")[0];
        Assert.Equal("water-pact", source.GetProperty("id").GetString());
        Assert.Equal("River Desk", source.GetProperty("publisher").GetString());
        var questions = root.GetProperty("questions").EnumerateArray().ToList();
        Assert.True(questions.Count >= 8, $"only {questions.Count} questions");
        var flat = Flat(Article);
        foreach (var q in questions)
        {
            Assert.Contains(Flat(q.GetProperty("evidence").GetString()!), flat, StringComparison.Ordinal);
            Assert.Equal("water-pact", q.GetProperty("source").GetString());
            Assert.True(q.GetProperty("prompt").GetString()!.Length >= 12);
        }

        var prompts = questions.Select(q => q.GetProperty("prompt").GetString()).ToList();
        Assert.Contains("Who is Norland's environment minister?", prompts);
        Assert.Contains(questions, q => q.GetProperty("prompt").GetString()!.StartsWith("Where did the governments of Norland and Estavia sign", StringComparison.Ordinal)
            && q.GetProperty("answer").GetString() == "Vienna");
    }

    [Fact]
    public void Generate_never_creates_a_bank_and_borrows_people_from_the_bundled_packs()
    {
        var input = Path.Combine(_dir, "water-pact.md");
        File.WriteAllText(input, Article);
        var output = Path.Combine(_dir, "water.json");
        var db = Path.Combine(_dir, "nowhere", "bank.db");

        var result = PolicyQuizProgram.Run(["generate", input, "-o", output, "--db", db]);

        Assert.Equal(0, result.ExitCode);
        Assert.False(File.Exists(db));
        var role = Questions(output).First(q => q.GetProperty("prompt").GetString() == "Who is Norland's environment minister?");
        Assert.Equal("choice", role.GetProperty("type").GetString());
        var distractors = role.GetProperty("distractors").EnumerateArray().Select(d => d.GetString()!).ToList();
        Assert.Equal(3, distractors.Count);
        Assert.Contains(distractors, d => !Article.Contains(d, StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_borrows_distractors_from_the_packs_in_the_bank()
    {
        var db = Path.Combine(_dir, "bank.db");
        var pack = Path.Combine(_dir, "small.yaml");
        File.WriteAllText(pack, PacksSamples.Small(extraQuestion: """
              - id: lake-envoy
                type: short
                kind: who
                prompt: Who is the lake commission's envoy?
                answer: Ingrid Tamm
                source: briefing
            """));
        Assert.Equal(0, PolicyQuizProgram.Run(["packs", "import", pack, "--db", db]).ExitCode);
        foreach (var bundled in Directory.GetFiles(Path.Combine(RepositoryRoot(), "questions"), "*.yaml"))
        {
            // only the test pack stays, so its people can only have come from the bank
            var id = File.ReadLines(bundled).First(l => l.StartsWith("pack:", StringComparison.Ordinal))[5..].Trim();
            Assert.Equal(0, PolicyQuizProgram.Run(["packs", "remove", id, "--db", db]).ExitCode);
        }

        var input = Path.Combine(_dir, "water-pact.md");
        File.WriteAllText(input, Article);
        var output = Path.Combine(_dir, "water.json");

        var result = PolicyQuizProgram.Run(["generate", input, "-o", output, "--db", db]);

        Assert.Equal(0, result.ExitCode);
        var people = Questions(output).Where(q => q.GetProperty("kind").GetString() == "who" && q.GetProperty("type").GetString() == "choice")
            .SelectMany(q => q.GetProperty("distractors").EnumerateArray().Select(d => d.GetString())).ToHashSet();
        Assert.Contains(people, p => p is "Vladimir Putin" or "Donald Trump" or "Kirill Dmitriev" or "Elon Musk" or "Ingrid Tamm");
        Assert.DoesNotContain(people, p => p is "Scott Bessent" or "Yulia Svyrydenko" or "Sergei Lavrov" or "Marco Rubio" or "Mette Frederiksen");
    }

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", ".."));

    private static List<JsonElement> Questions(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.GetProperty("questions").EnumerateArray().Select(q => q.Clone()).ToList();
    }

    [Fact]
    public void A_bad_input_is_named_the_others_are_still_used_and_the_exit_is_two()
    {
        var good = Path.Combine(_dir, "good.md");
        File.WriteAllText(good, Article);
        var binary = Path.Combine(_dir, "broken.md");
        File.WriteAllBytes(binary, [0x41, 0x00, 0x42, 0x43]);
        var output = Path.Combine(_dir, "out.yaml");

        var result = PolicyQuizProgram.Run(["generate", binary, good, "-o", output, "--pack", "water"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("broken.md", result.Error, StringComparison.Ordinal);
        Assert.Contains("binary", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(output));
        Assert.Contains("pack: water", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_that_is_not_a_pack_file_is_a_usage_error()
    {
        var input = Path.Combine(_dir, "a.md");
        File.WriteAllText(input, Article);

        var result = PolicyQuizProgram.Run(["generate", input, "-o", Path.Combine(_dir, "out.txt")]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(".yaml, .yml or .json", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Escape_sequences_in_an_article_do_not_reach_the_terminal_or_the_pack()
    {
        var input = Path.Combine(_dir, "esc\u001b[31m.md");
        File.WriteAllText(input, Article.Replace("Petra Holmsen", "Petra \u001b]0;pwned\u0007Holmsen", StringComparison.Ordinal));
        var output = Path.Combine(_dir, "esc.json");

        var result = PolicyQuizProgram.Run(["generate", input, "-o", output]);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain('\u001b', result.Output + result.Error);
        Assert.DoesNotContain("\\u001b", File.ReadAllText(output), StringComparison.Ordinal);
        Assert.DoesNotContain("\\u0007", File.ReadAllText(output), StringComparison.Ordinal);
    }

    private static string Flat(string text) =>
        string.Join(' ', new string(text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray()).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
