using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Generation.Tests;

public sealed class CommonWordNameTests
{
    [Fact]
    public void A_capitalised_opening_word_the_article_also_writes_in_lower_case_is_no_person()
    {
        var doc = Given.Analyzed(
            "The partners met in Oslo on Monday to discuss fishing quotas. "
            + "Partners said they would meet again in the spring.");

        Assert.DoesNotContain(doc.Mentions, m => m.Text == "Partners" && m.Type == EntityType.Person);
    }

    [Fact]
    public void A_name_written_with_a_number_after_it_is_no_person_anywhere_in_the_article()
    {
        var doc = Given.Analyzed(
            "Regulators halted work on the Blue Corridor pipelines last week. "
            + "Both Blue Corridor 1 and Blue Corridor 2 carry gas from the coast.");

        Assert.DoesNotContain(doc.Mentions, m => m.Text == "Blue Corridor" && m.Type == EntityType.Person);
    }

    [Fact]
    public void A_name_never_written_with_a_number_stays_a_person()
    {
        var doc = Given.Analyzed("Lena Brandt said the talks would resume in Vilnius.");

        Assert.Contains(doc.Mentions, m => m.Text == "Lena Brandt" && m.Type == EntityType.Person);
    }

    [Fact]
    public void An_organisation_after_a_fronted_time_without_a_comma_keeps_its_article()
    {
        var prompts = Given.Prompts("In March the Arab League had chosen Governor Samir Haddad as its envoy to the talks.");

        Assert.DoesNotContain(prompts, p => p.EndsWith(" the?", StringComparison.Ordinal));
        Assert.Contains(prompts, p => p.Contains("had the Arab League chosen", StringComparison.Ordinal));
    }
}
