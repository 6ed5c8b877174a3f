using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Generation.Tests;

public sealed class DistractorPoolTests
{
    private const string OnePerson = "Finance Minister Karl Berg signed the loan agreement in Tallinn on Monday. The loan is worth 40 million euros.";

    [Fact]
    public void A_person_named_alone_gets_people_from_the_pool_as_distractors()
    {
        var pool = new DistractorPool();
        foreach (var name in new[] { "Anna Lind", "Mikko Rautio", "Lena Falk", "Jonas Holm" })
        {
            pool.Add(name, EntityType.Person);
        }

        var questions = new QuestionGenerator { Pool = pool }.Generate([Given.Article(OnePerson)]).Questions;

        var who = questions.First(q => q.Kind == QuestionKind.Who && q.Answer[0] == "Karl Berg");
        Assert.Equal(QuestionType.Choice, who.Type);
        Assert.Equal(3, who.Distractors.Count);
        Assert.All(who.Distractors, d => Assert.Contains(d, new[] { "Anna Lind", "Mikko Rautio", "Lena Falk", "Jonas Holm" }));
    }

    [Fact]
    public void Without_a_pool_the_same_question_is_typed_in()
    {
        var questions = new QuestionGenerator().Generate([Given.Article(OnePerson)]).Questions;

        Assert.Equal(QuestionType.Short, questions.First(q => q.Kind == QuestionKind.Who && q.Answer[0] == "Karl Berg").Type);
    }

    [Fact]
    public void The_packs_earlier_articles_lend_their_people_to_later_ones()
    {
        var first = Given.Article("Anna Lind, Mikko Rautio and Lena Falk met in Oslo on Friday to discuss fishing quotas.");

        var pack = new QuestionGenerator().Generate([first, Given.Article(OnePerson) with { SourceFile = "second.md" }]);

        var who = pack.Questions.First(q => q.Kind == QuestionKind.Who && q.Answer[0] == "Karl Berg");
        Assert.Equal(QuestionType.Choice, who.Type);
        Assert.Subset(new HashSet<string> { "Anna Lind", "Mikko Rautio", "Lena Falk" }, who.Distractors.ToHashSet());
    }

    [Fact]
    public void Bank_answers_are_typed_by_the_gazetteers_and_the_question_kind()
    {
        Assert.Equal(EntityType.Person, DistractorPool.TypeOf("Kirill Dmitriev", QuestionKind.Who));
        Assert.Equal(EntityType.Country, DistractorPool.TypeOf("Ukraine", QuestionKind.Where));
        Assert.Null(DistractorPool.TypeOf("Ministry of Commerce", QuestionKind.Who));
        Assert.Null(DistractorPool.TypeOf("about 5 percent", QuestionKind.What));
    }

    [Fact]
    public void A_name_the_prompt_shows_is_never_a_distractor()
    {
        var pack = new QuestionGenerator().Generate([Given.Article("The Treasury said the Nordic Investment Bank would work with Riga on the fund. Latvia and the Nordic Investment Bank welcomed the European Commission plan, Brussels said.")]);

        Assert.All(pack.Questions.Where(q => q.Type == QuestionType.Choice), q => Assert.DoesNotContain(q.Distractors, d => q.Prompt.Contains(d, StringComparison.OrdinalIgnoreCase)));
    }
}
