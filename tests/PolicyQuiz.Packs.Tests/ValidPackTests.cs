using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Packs.Tests;

public sealed class ValidPackTests
{
    [Fact]
    public void A_pack_with_every_question_type_reads_into_the_expected_model()
    {
        var result = PackReader.ReadFile(TestFiles.Sample("every-type.yaml"));

        Assert.Empty(result.Diagnostics);
        Assert.True(result.Ok);
        Assert.Equal(SamplePack.Expected, result.Pack);
    }

    [Fact]
    public void The_json_twin_of_the_sample_reads_into_the_same_model()
    {
        var result = PackReader.ReadFile(TestFiles.Sample("every-type.json"));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(SamplePack.Expected, result.Pack);
    }

    [Fact]
    public void The_sample_uses_every_question_type_and_kind_it_is_meant_to_show()
    {
        var types = SamplePack.Expected.Questions.Select(q => q.Type).ToHashSet();

        Assert.Equal(Enum.GetValues<QuestionType>().ToHashSet(), types);
    }

    [Fact]
    public void Language_defaults_to_english_and_optional_keys_may_be_left_out()
    {
        const string Yaml = """
            pack: minimal
            title: Minimal
            version: 1
            questions:
              - id: q1
                type: short
                kind: who
                prompt: Who runs the Russian Direct Investment Fund?
                answer: Kirill Dmitriev
            """;

        var result = PackReader.ReadText(Yaml, "minimal.yaml", PackFormat.Yaml);

        Assert.True(result.Ok);
        var pack = result.Pack!;
        Assert.Equal("en", pack.Language);
        Assert.Null(pack.Description);
        Assert.Null(pack.ExtraJson);
        Assert.Empty(pack.Sources);
        Assert.Empty(pack.Tags);
        var question = Assert.Single(pack.Questions);
        Assert.Null(question.Source);
        Assert.Empty(question.Accept);
    }

    [Theory]
    [InlineData("answer: true", "true")]
    [InlineData("answer: False", "false")]
    [InlineData("answer: \"true\"", "true")]
    [InlineData("answer: ' FALSE '", "false")]
    public void A_truefalse_answer_may_be_a_boolean_or_the_text_true_or_false(string answerLine, string expected)
    {
        var yaml = $"""
            pack: tf
            title: True or false
            version: 1
            questions:
              - id: q1
                type: truefalse
                kind: what
                prompt: The talks began in March.
                {answerLine}
            """;

        var result = PackReader.ReadText(yaml, "tf.yaml", PackFormat.Yaml);

        Assert.True(result.Ok, string.Join("\n", result.Diagnostics));
        Assert.Equal(Texts.Of(expected), result.Pack!.Questions[0].Answer);
    }

    [Fact]
    public void Numbers_and_dates_written_unquoted_are_kept_as_the_text_written()
    {
        const string Yaml = """
            pack: years
            title: Years
            version: 2
            questions:
              - id: q1
                type: short
                kind: when
                prompt: In which year did the Soviet Union dissolve?
                answer: 1991
                accept: [1991.0]
                tags: [2025-03-24]
            """;

        var result = PackReader.ReadText(Yaml, "years.yaml", PackFormat.Yaml);

        Assert.True(result.Ok, string.Join("\n", result.Diagnostics));
        var question = result.Pack!.Questions[0];
        Assert.Equal(Texts.Of("1991"), question.Answer);
        Assert.Equal(Texts.Of("1991.0"), question.Accept);
        Assert.Equal(Texts.Of("2025-03-24"), question.Tags);
    }

    [Fact]
    public void Sources_may_follow_the_questions_that_cite_them()
    {
        const string Yaml = """
            pack: late-sources
            title: Sources last
            version: 1
            questions:
              - id: q1
                type: short
                kind: who
                prompt: Who?
                answer: Putin
                source: izvestia
            sources:
              - id: izvestia
                title: An interview
            """;

        var result = PackReader.ReadText(Yaml, "late.yaml", PackFormat.Yaml);

        Assert.True(result.Ok, string.Join("\n", result.Diagnostics));
        Assert.Equal("izvestia", result.Pack!.Questions[0].Source);
    }

    [Fact]
    public void A_byte_order_mark_is_allowed_before_the_text()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(File.ReadAllBytes(TestFiles.Sample("every-type.json"))).ToArray();

        var result = PackReader.ReadBytes(bytes, "bom.json", PackFormat.Json);

        Assert.Equal(SamplePack.Expected, result.Pack);
    }

    [Fact]
    public void Every_bundled_pack_in_the_questions_folder_is_valid()
    {
        var folder = Path.Combine(TestFiles.RepositoryRoot(), "questions");
        var files = PackFiles.Expand([folder]);

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var result = PackReader.ReadFile(file);
            Assert.True(result.Ok, string.Join("\n", result.Diagnostics));
        }
    }
}
