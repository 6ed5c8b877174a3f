using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Generation.Tests;

public sealed class NewsShapeTests
{
    [Fact]
    public void A_verb_like_recall_with_an_object_and_a_later_after_clause_reports_nothing()
    {
        var prompts = Given.Prompts("Norway recalled its ambassadors to Chile and Peru on Monday, two days after Lima cancelled a fishing contract with Oslo.");

        Assert.Contains("When did Norway recall its ambassadors to Chile and Peru?", prompts);
        Assert.DoesNotContain(prompts, p => p.StartsWith("When did its", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("about A$40 million")]
    [InlineData("NZ$3 billion")]
    public void A_dollar_amount_keeps_its_country_letters(string amount)
    {
        var doc = Given.Analyzed("The grant was worth about A$40 million when it was approved, and NZ$3 billion later.");

        Assert.Equal(EntityType.Money, Given.Mention(doc, amount).Type);
    }

    [Fact]
    public void An_agent_joined_to_an_unnamed_counterpart_is_not_asked_as_the_only_signer()
    {
        var prompts = Given.Prompts("The treaty was signed in Vilnius by Estonian Foreign Minister Liis Tamm and her Latvian counterpart, Juris Ozols.");

        Assert.DoesNotContain(prompts, p => p.Contains("Vilnius Latvian", StringComparison.Ordinal));
        Assert.Contains("Who is the Estonian Foreign Minister?", prompts);
    }

    [Fact]
    public void A_past_perfect_passive_keeps_had_in_the_agent_question()
    {
        var prompts = Given.Prompts("The measures had been stalled by Hungary.");

        Assert.Contains("Which country had stalled the measures?", prompts);
    }

    [Fact]
    public void A_name_joined_by_for_the_stays_one_organisation()
    {
        var doc = Given.Analyzed("Kinshasa must neutralise the Democratic Forces for the Liberation of Rwanda (FDLR), a militia.");

        Assert.Equal(EntityType.Organisation, Given.Mention(doc, "Democratic Forces for the Liberation of Rwanda").Type);
    }

    [Fact]
    public void A_surname_that_is_also_a_groups_short_name_stays_a_person_after_a_role()
    {
        var doc = Given.Analyzed("The pact was praised by Defence Minister Karl Wagner on Monday.");

        Assert.Equal(EntityType.Person, Given.Mention(doc, "Karl Wagner").Type);
    }

    [Fact]
    public void A_ranked_noun_whose_defining_clause_follows_a_comma_is_not_asked_without_it()
    {
        var prompts = Given.Prompts("Chile will become only the second country, after Peru in 1990, with which Spain shares its satellite data.");

        Assert.DoesNotContain(prompts, p => p.EndsWith("the second country?", StringComparison.Ordinal));
    }
}
