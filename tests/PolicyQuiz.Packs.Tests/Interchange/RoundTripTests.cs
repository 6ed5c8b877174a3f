using PolicyQuiz.Core.Model;
using PolicyQuiz.Packs.Interchange;

namespace PolicyQuiz.Packs.Tests.Interchange;

public sealed class RoundTripTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(".gift")]
    [InlineData(".xml")]
    public void Our_GIFT_and_Moodle_XML_give_back_the_whole_pack(string extension)
    {
        var pack = SamplePacks.AllTypes();

        var (result, _, _) = SamplePacks.RoundTrip(pack, extension, _folder);

        PackAssert.Same(pack, PackAssert.Valid(result));
    }

    [Fact]
    public void CSV_gives_back_every_question_and_its_source_but_not_the_pack_title_or_version()
    {
        var pack = SamplePacks.AllTypes();

        var (result, _, _) = SamplePacks.RoundTrip(pack, ".csv", _folder);

        var read = PackAssert.Valid(result);
        Assert.Equal(pack.Questions, read.Questions);
        Assert.Equal(pack.Sources, read.Sources);
        Assert.Equal(pack.Id, read.Id);
        Assert.Equal(1, read.Version);
        Assert.Equal(pack.Id, read.Title);
    }

    [Theory]
    [InlineData(".gift")]
    [InlineData(".xml")]
    [InlineData(".csv")]
    public void Every_bundled_pack_survives_each_format(string extension)
    {
        var files = SamplePacks.BundledPackFiles().ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var pack = PackAssert.Valid(PackReader.ReadFile(file));

            var (result, _, _) = SamplePacks.RoundTrip(pack, extension, _folder);

            var read = PackAssert.Valid(result);
            if (extension == ".csv")
            {
                Assert.Equal(pack.Questions.Select(q => q with { ExtraJson = null }), read.Questions);
            }
            else
            {
                PackAssert.Same(pack, read);
            }
        }
    }

    [Fact]
    public void Order_questions_come_with_a_warning_in_GIFT_and_XML_but_not_in_CSV()
    {
        var pack = SamplePacks.AllTypes();

        var gift = PackFileFormats.WriteFile(pack, _folder.File("p.gift"));
        var xml = PackFileFormats.WriteFile(pack, _folder.File("p.xml"));
        var csv = PackFileFormats.WriteFile(pack, _folder.File("p.csv"));

        Assert.Contains(gift, w => w.Contains("order-events", StringComparison.Ordinal));
        Assert.Contains(xml, w => w.Contains("order-events", StringComparison.Ordinal));
        Assert.Empty(csv);
    }

    [Theory]
    [InlineData(".gift")]
    [InlineData(".xml")]
    [InlineData(".csv")]
    public void Writing_twice_gives_the_same_file(string extension)
    {
        var pack = SamplePacks.AllTypes();
        var first = _folder.File("a" + extension);
        var second = _folder.File("b" + extension);

        PackFileFormats.WriteFile(pack, first);
        PackFileFormats.WriteFile(pack, second);

        Assert.Equal(File.ReadAllText(first), File.ReadAllText(second));
    }

    [Fact]
    public void The_dispatcher_knows_every_extension_and_sends_yaml_to_the_native_reader()
    {
        Assert.True(PackFileFormats.IsSupported("x.GIFT"));
        Assert.True(PackFileFormats.IsSupported("x.apkg"));
        Assert.True(PackFileFormats.IsSupported("x.yml"));
        Assert.False(PackFileFormats.IsSupported("x.docx"));
        var pack = SamplePacks.AllTypes();

        var (result, _, warnings) = SamplePacks.RoundTrip(pack, ".yaml", _folder);

        Assert.Empty(warnings);
        PackAssert.Same(pack, PackAssert.Valid(result));
    }

    [Fact]
    public void An_apkg_cannot_be_read_and_says_so()
    {
        var result = PackFileFormats.ReadFile(_folder.File("deck.apkg"));

        Assert.Null(result.Pack);
        Assert.Contains("Anki", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_pack_comment_names_the_pack_otherwise_the_file_name_does()
    {
        var pack = SamplePacks.AllTypes();
        var path = _folder.File("Renamed Download (1).gift");
        PackFileFormats.WriteFile(pack, path);
        var withoutPackComment = string.Join('\n', File.ReadAllLines(path).Where(l => !l.StartsWith("// policyquiz-pack:", StringComparison.Ordinal)));
        var bare = _folder.Write("Renamed Download (2).gift", withoutPackComment);

        Assert.Equal(pack.Id, PackAssert.Valid(PackFileFormats.ReadFile(path)).Id);
        Assert.Equal("renamed-download-2", PackAssert.Valid(PackFileFormats.ReadFile(bare)).Id);
    }

    [Fact]
    public void Without_our_comments_GIFT_keeps_types_prompts_answers_and_explanations()
    {
        // Lost without the comments: order questions (essay items), and the cloze type when the gap ends the prompt.
        var pack = SamplePacks.AllTypes() with
        {
            Questions = SamplePacks.AllTypes().Questions.Where(q => q.Type != QuestionType.Order && q.Id != "cloze-at-end").ToEquatableList(),
        };
        var path = _folder.File("moodle.gift");
        PackFileFormats.WriteFile(pack, path);
        var stripped = string.Join('\n', File.ReadAllLines(path).Where(l => !l.StartsWith("// policyquiz", StringComparison.Ordinal)));
        var bare = _folder.Write("moodle-bare.gift", stripped);

        var read = PackAssert.Valid(PackFileFormats.ReadFile(bare));

        Assert.Equal(
            pack.Questions.Select(q => (q.Id, q.Type, q.Prompt, q.AnswerText, q.Accept, q.Distractors, q.Explanation, q.Tags)),
            read.Questions.Select(q => (q.Id, q.Type, q.Prompt, q.AnswerText, q.Accept, q.Distractors, q.Explanation, q.Tags)));
        Assert.All(read.Questions, q => Assert.Null(q.Evidence));
        Assert.Equal(["envoy-says-talks-have-begun"], read.Sources.Select(s => s.Id));
        Assert.Equal("Envoy says talks have begun, Izvestia, 2025-03-24, https://example.org/a?b=1&c=2", read.Sources[0].Title);
        Assert.Equal(
            pack.Questions.Select(q => q.Source is null ? null : "envoy-says-talks-have-begun"),
            read.Questions.Select(q => q.Source));
    }

    [Fact]
    public void Without_our_comments_a_cloze_whose_gap_ends_the_prompt_reads_back_as_short_answer()
    {
        var question = SamplePacks.AllTypes().Questions.Single(q => q.Id == "cloze-at-end");
        var pack = SamplePacks.AllTypes() with { Questions = EquatableList.From(question) };
        var path = _folder.File("cloze.gift");
        PackFileFormats.WriteFile(pack, path);
        var stripped = string.Join('\n', File.ReadAllLines(path).Where(l => !l.StartsWith("// policyquiz", StringComparison.Ordinal)));

        var read = PackAssert.Valid(PackFileFormats.ReadFile(_folder.Write("cloze-bare.gift", stripped)));

        var only = Assert.Single(read.Questions);
        Assert.Equal(QuestionType.Short, only.Type);
        Assert.Equal("The talks were announced in", only.Prompt);
    }
}
