namespace PolicyQuiz.Generation.Tests;

public sealed class OrganisationPronounTests
{
    [Fact]
    public void An_it_opening_the_next_sentence_stands_for_the_organisation_that_opened_the_one_before()
    {
        var prompts = Given.Prompts("The Hungarian Interior Ministry called the meeting useful. It said it had proposed restoring direct trains between the two cities.");

        Assert.Contains("What had the Hungarian Interior Ministry proposed restoring between the two cities?", prompts);
    }

    [Fact]
    public void An_it_opening_a_new_paragraph_is_not_read_as_the_last_paragraph_s_organisation()
    {
        var prompts = Given.Prompts("The Hungarian Interior Ministry called the meeting useful.\n\nIt said it had proposed restoring direct trains between the two cities.");

        Assert.DoesNotContain(prompts, p => p.Contains("Interior Ministry proposed", StringComparison.Ordinal));
    }

    [Fact]
    public void An_it_after_a_country_is_not_read_as_that_country()
    {
        var prompts = Given.Prompts("Norway called the meeting useful. It said it had proposed restoring direct trains between the two cities.");

        Assert.DoesNotContain(prompts, p => p.Contains("Norway", StringComparison.Ordinal) && p.Contains("restoring", StringComparison.Ordinal));
    }

    [Fact]
    public void An_it_with_a_verb_no_organisation_does_stays_unresolved()
    {
        var prompts = Given.Prompts("The Hungarian Interior Ministry opened a new border post on Monday. It lies two kilometres from the river at Sopron.");

        Assert.DoesNotContain(prompts, p => p.Contains("Interior Ministry lie", StringComparison.Ordinal));
    }
}
