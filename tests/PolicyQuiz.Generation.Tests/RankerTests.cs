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
}
