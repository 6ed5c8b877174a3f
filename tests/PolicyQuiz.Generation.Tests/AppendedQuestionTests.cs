using PolicyQuiz.Core.Model;
using PolicyQuiz.Packs;

namespace PolicyQuiz.Generation.Tests;

public sealed class AppendedQuestionTests
{
    private const string Body =
        "The two parliaments ratified the water treaty on March 10. "
        + "On February 4, the foreign ministers signed the draft in Vilnius. "
        + "Negotiators first met in Tallinn in January. "
        + "The agreement took effect on Friday. "
        + "Lena Brandt signed the accord with Paul Okafor in a brief ceremony. "
        + "Maria Costa praised the deal as a turning point.";

    private static Pack Generated() => new QuestionGenerator().Generate([Given.Article(Body)], "baltic-water", "Baltic water treaty");

    [Fact]
    public void True_false_and_order_questions_come_after_every_ranked_question()
    {
        var questions = Generated().Questions;

        var appended = questions.Select((q, i) => (q, i)).Where(x => x.q.Type is QuestionType.TrueFalse or QuestionType.Order).ToList();
        Assert.Contains(appended, x => x.q.Type == QuestionType.TrueFalse);
        Assert.Contains(appended, x => x.q.Type == QuestionType.Order);
        Assert.Equal(Enumerable.Range(questions.Count - appended.Count, appended.Count), appended.Select(x => x.i));
    }

    [Fact]
    public void The_ranked_questions_are_the_same_as_without_the_appended_ones()
    {
        var doc = Given.Analyzed(Body);
        var ranked = QuestionGenerator.Draft(doc).Select(c => c.Prompt).ToList();

        var kept = Generated().Questions.Where(q => q.Type is not (QuestionType.TrueFalse or QuestionType.Order)).Select(q => q.Prompt).ToList();

        Assert.Equal(ranked.Take(kept.Count), kept);
    }

    [Theory]
    [InlineData(PackFormat.Yaml, "generated.yaml")]
    [InlineData(PackFormat.Json, "generated.json")]
    public void A_generated_pack_with_true_false_and_order_questions_reads_back_unchanged(PackFormat format, string name)
    {
        var pack = Generated();
        var text = format == PackFormat.Yaml ? PackWriter.ToYaml(pack) : PackWriter.ToJson(pack);

        var read = PackReader.ReadText(text, name, format);

        Assert.True(read.Ok, string.Join(Environment.NewLine, read.Diagnostics));
        var appended = pack.Questions.Where(q => q.Type is QuestionType.TrueFalse or QuestionType.Order).ToList();
        Assert.Equal(appended, read.Pack!.Questions.Where(q => q.Type is QuestionType.TrueFalse or QuestionType.Order));
    }
}
