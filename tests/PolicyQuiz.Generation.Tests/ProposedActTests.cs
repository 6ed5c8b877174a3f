namespace PolicyQuiz.Generation.Tests;

public sealed class ProposedActTests
{
    [Fact]
    public void What_a_proposed_action_acts_on_is_asked_with_the_rest_of_the_predicate()
    {
        var drafts = Given.Drafts("The Hungarian Interior Ministry proposed reopening rail crossings near the border.");

        Assert.Contains(drafts, c => c.Prompt == "What did the Hungarian Interior Ministry propose reopening near the border?" && c.Answer[0] == "rail crossings");
    }

    [Fact]
    public void An_object_owning_an_of_phrase_is_not_cut_from_it()
    {
        var drafts = Given.Drafts("The Hungarian Interior Ministry proposed restoring the rights of seasonal workers.");

        Assert.DoesNotContain(drafts, c => c.Answer[0] == "rights");
    }

    [Fact]
    public void A_proposal_of_nothing_is_not_an_action()
    {
        var drafts = Given.Drafts("The Hungarian Interior Ministry proposed nothing new at the meeting.");

        Assert.DoesNotContain(drafts, c => c.Answer[0] == "new");
    }

    [Fact]
    public void A_gerund_that_often_modifies_a_noun_is_read_as_part_of_the_noun_phrase()
    {
        var drafts = Given.Drafts("The Hungarian Interior Ministry proposed spending cuts for the border police.");

        Assert.DoesNotContain(drafts, c => c.Answer[0] == "cuts");
    }

    [Fact]
    public void The_same_gerund_before_an_article_is_an_action()
    {
        var drafts = Given.Drafts("The Hungarian Interior Ministry proposed building a fence along the border.");

        Assert.Contains(drafts, c => c.Prompt == "What did the Hungarian Interior Ministry propose building along the border?" && c.Answer[0] == "fence");
    }

    [Fact]
    public void A_phrase_on_the_object_goes_into_the_answer_rather_than_dangling_in_the_prompt()
    {
        var drafts = Given.Drafts("The Lithuanian Defence Ministry proposed halting strikes on power plants for a month.");

        Assert.Contains(drafts, c => c.Prompt == "What did the Lithuanian Defence Ministry propose halting for a month?" && c.Answer[0] == "strikes on power plants");
        Assert.DoesNotContain(drafts, c => c.Prompt.Contains("halting on", StringComparison.Ordinal));
    }

    [Fact]
    public void An_inquiry_into_something_is_one_answer()
    {
        var drafts = Given.Drafts("The Latvian Justice Ministry proposed opening an inquiry into the collapse of the bridge.");

        Assert.DoesNotContain(drafts, c => c.Prompt.Contains("opening into", StringComparison.Ordinal));
    }
}
