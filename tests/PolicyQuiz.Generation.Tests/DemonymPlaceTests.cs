namespace PolicyQuiz.Generation.Tests;

public sealed class DemonymPlaceTests
{
    [Fact]
    public void A_nationality_and_a_place_noun_after_a_preposition_answer_where()
    {
        var drafts = Given.Drafts("Grain exports have stalled at most Brazilian ports during the strike, the union said.");

        var where = drafts.First(c => c.Rule == "where");
        Assert.Equal("Where have grain exports stalled during the strike?", where.Prompt);
        Assert.Equal(["Brazilian ports"], where.Answer);
    }

    [Fact]
    public void A_count_of_a_nationalitys_places_answers_where_without_the_count()
    {
        var drafts = Given.Drafts("Ferries were cancelled at three Greek ports on Sunday.");

        var where = drafts.First(c => c.Rule == "where");
        Assert.Equal("Where were ferries cancelled on Sunday?", where.Prompt);
        Assert.Equal(["Greek ports"], where.Answer);
        Assert.Contains("three Greek ports", where.Accept);
    }

    [Fact]
    public void The_options_are_other_nationalities_with_the_same_noun()
    {
        var doc = Given.Analyzed("A Norwegian trawler was detained in Icelandic waters on Friday, the coast guard said.");
        var where = QuestionGenerator.Draft(doc).First(c => c.Rule == "where");

        var options = new Distractors(doc).For(where);

        Assert.Equal(["Icelandic waters"], where.Answer);
        Assert.Equal(3, options.Count);
        Assert.Contains("Norwegian waters", options);
        Assert.All(options, o => Assert.EndsWith(" waters", o, StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_noun_that_only_modifies_the_next_noun_is_not_the_place()
    {
        var drafts = Given.Drafts("The aid was stored in Mexican border towns for a month.");

        Assert.DoesNotContain(drafts, c => c.Answer.Contains("Mexican border"));
    }

    [Fact]
    public void A_nationality_alone_after_a_preposition_asks_no_where_question()
    {
        var drafts = Given.Drafts("Tariffs were raised on Canadian lumber in March, the ministry said.");

        Assert.DoesNotContain(drafts, c => c.Rule == "where");
    }
}
