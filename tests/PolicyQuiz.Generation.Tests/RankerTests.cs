using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Generation.Tests;

public sealed class RankerTests
{
    private const string Body = "The parliament will vote next Thursday on the treaty that the two governments signed this week, lawmakers said.";

    private static Candidate When(Document doc, string prompt) => new()
    {
        Kind = QuestionKind.When,
        Type = QuestionType.Choice,
        Prompt = prompt,
        Answer = ["next Thursday"],
        Answers = [doc.Mentions.First(m => m.Text == "next Thursday")],
        Sentence = 0,
        AnswerType = EntityType.Time,
        Rule = "when",
    };

    [Fact]
    public void A_when_question_that_states_another_time_of_its_verb_reads_as_garbled()
    {
        var doc = Given.Analyzed(Body);

        Assert.True(Ranker.Garbled(When(doc, "When will the parliament vote this week on the treaty?"), doc) > 0);
    }

    [Fact]
    public void A_time_inside_a_relative_clause_of_the_prompt_is_not_a_second_answer()
    {
        var doc = Given.Analyzed(Body);

        Assert.Equal(0, Ranker.Garbled(When(doc, "When will the parliament vote on the treaty that the two governments signed this week?"), doc));
    }

    [Fact]
    public void The_same_time_in_another_sentence_is_not_pushed_down_like_a_repeated_name()
    {
        var doc = Given.Analyzed("The parliament will vote next Thursday. The treaty will be signed next Thursday. Anna Lind leads the talks.");
        Candidate Make(string prompt, string answer, int sentence, EntityType type, double score) => new()
        {
            Kind = QuestionKind.When,
            Type = QuestionType.Choice,
            Prompt = prompt,
            Answer = [answer],
            Sentence = sentence,
            AnswerType = type,
            Rule = "when",
            Score = score,
        };

        var order = Ranker.Order(
            [
                Make("When will the parliament vote?", "next Thursday", 0, EntityType.Time, 3.0),
                Make("When will the treaty be signed?", "next Thursday", 1, EntityType.Time, 2.8),
                Make("Who leads the talks?", "Anna Lind", 2, EntityType.Person, 2.0),
            ],
            doc);

        Assert.Equal(["When will the parliament vote?", "When will the treaty be signed?", "Who leads the talks?"], order.Select(c => c.Prompt));
    }
}
