using CsCheck;
using PolicyQuiz.Core.Model;
using PolicyQuiz.Packs;

namespace PolicyQuiz.Generation.Tests;

public sealed class AppendedQuestionProperties
{
    private static readonly Gen<string> Subject = Gen.OneOfConst(
        "Lena Brandt", "Foreign Minister Paul Okafor", "Brandt", "He", "We", "The accord", "Estonia", "The two governments", "Officials in Riga", "A new report", "It");

    private static readonly Gen<string> Predicate = Gen.OneOfConst(
        "signed the border treaty", "met the Latvian delegation", "was postponed", "will vote on the plan", "raised tariffs to 25 percent",
        "said the talks had stalled", "was due to be signed", "opened a consulate", "agreed to rebuild the bridge and to reopen the crossing", "also attended");

    private static readonly Gen<string> Place = Gen.OneOfConst("", " in Vilnius", " in Riga", " in Tallinn", " at the White House");

    private static readonly Gen<string> Time = Gen.OneOfConst("", " on March 3", " on Friday", " in January", " next Thursday", " last week", " on February 28", " in 2023", " a day later");

    private static readonly Gen<string> Tail = Gen.OneOfConst("", ", the minister said", " after talks collapsed", ", officials said on Monday", " pledging to end the dispute");

    private static readonly Gen<string> Sentence = Gen.Select(Subject, Predicate, Place, Time, Tail).Select((s, p, place, time, tail) => s + " " + p + place + time + tail + ".");

    private static readonly Gen<string> Body = Sentence.Array[1, 8].Select(sentences => string.Join(" ", sentences));

    private static readonly string[] DateWords =
        ["January", "February", "March", "Monday", "Friday", "Thursday", "2023", "today", "yesterday", "week", "month", "year"];

    private static IEnumerable<Question> Appended(string body) =>
        new QuestionGenerator().Generate(Given.Article(body), "test").Where(q => q.Type is QuestionType.TrueFalse or QuestionType.Order);

    [Fact]
    public void Every_true_false_question_is_a_statement_answered_true_or_false_with_its_sentence_as_evidence()
    {
        var seen = 0;
        Body.Sample(body =>
        {
            foreach (var q in Appended(body).Where(q => q.Type == QuestionType.TrueFalse))
            {
                Interlocked.Increment(ref seen);
                Assert.StartsWith("True or false: ", q.Prompt, StringComparison.Ordinal);
                Assert.EndsWith(".", q.Prompt, StringComparison.Ordinal);
                Assert.Contains(q.Answer.Single(), new[] { "true", "false" });
                Assert.Contains(q.Evidence!, body, StringComparison.Ordinal);
                Assert.DoesNotMatch(@"^True or false: (He|She|It|We|They|I) ", q.Prompt);
            }
        });
        Assert.True(seen > 0, "no true/false question was generated");
    }

    [Fact]
    public void A_true_statement_uses_only_words_of_the_article() =>
        Body.Sample(body =>
        {
            var words = Words(body);
            foreach (var q in Appended(body).Where(q => q.Type == QuestionType.TrueFalse && q.Answer[0] == "true"))
            {
                Assert.All(Words(q.Prompt["True or false: ".Length..]), w => Assert.Contains(w, words));
            }
        });

    [Fact]
    public void Every_order_question_has_three_to_five_different_items_without_date_words()
    {
        var seen = 0;
        Body.Sample(body =>
        {
            foreach (var q in Appended(body).Where(q => q.Type == QuestionType.Order))
            {
                Interlocked.Increment(ref seen);
                Assert.InRange(q.Answer.Count, 3, 5);
                Assert.Equal(q.Answer.Count, q.Answer.Distinct(StringComparer.OrdinalIgnoreCase).Count());
                Assert.All(q.Answer, item => Assert.DoesNotContain(item.Split(' '), w => DateWords.Contains(w.Trim(',', '.'))));
                Assert.Contains(q.Evidence!, body, StringComparison.Ordinal);
            }
        }, iter: 400);
        Assert.True(seen > 0, "no order question was generated");
    }

    [Fact]
    public void A_generated_pack_with_questions_always_passes_the_pack_validator() =>
        Body.Sample(body =>
        {
            var pack = new QuestionGenerator().Generate([Given.Article(body)], "generated");
            if (pack.Questions.Count == 0)
            {
                // "It also attended after talks collapsed." gives nothing to ask; an empty pack is not a pack
                return;
            }

            var read = PackReader.ReadText(PackWriter.ToYaml(pack), "generated.yaml", PackFormat.Yaml);
            Assert.True(read.Ok, string.Join(Environment.NewLine, read.Diagnostics));
        }, iter: 30);

    private static HashSet<string> Words(string text) =>
        text.Split([' ', ',', '.'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
}
