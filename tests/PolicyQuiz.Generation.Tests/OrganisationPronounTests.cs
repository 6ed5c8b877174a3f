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

    [Fact]
    public void A_country_s_ministry_in_lowercase_is_an_organisation_too()
    {
        var prompts = Given.Prompts("Chile's foreign ministry described the talks as frank. It said it had proposed reopening consulates in both capitals.");

        Assert.Contains("What had Chile's foreign ministry proposed reopening in both capitals?", prompts);
    }

    [Fact]
    public void An_organisation_with_its_acronym_is_named_without_the_bracket()
    {
        var prompts = Given.Prompts("The Ministry of Commerce (MOFCOM) announced new export rules on Friday. It said it would require licences for seven metals from May 1.");

        Assert.Contains("When would the Ministry of Commerce require licences for seven metals?", prompts);
    }

    [Fact]
    public void An_adverb_between_it_and_its_verb_is_left_out_with_the_pronoun()
    {
        var prompts = Given.Prompts("The European Union imposed tariffs on steel. It also signed a trade deal with Japan in Tokyo on Monday.");

        Assert.Contains("Where did the European Union sign a trade deal with Japan on Monday?", prompts);
    }

    [Fact]
    public void An_it_after_a_person_is_not_read_as_that_person()
    {
        var prompts = Given.Prompts("Mayor Anna Weber opened the session. It said the border would reopen in May.");

        Assert.DoesNotContain(prompts, p => p.Contains("Anna Weber", StringComparison.Ordinal) && p.Contains("reopen", StringComparison.Ordinal));
    }

    [Fact]
    public void A_seat_of_power_the_gazetteer_lists_as_an_organisation_counts_as_one()
    {
        var prompts = Given.Prompts("The Kremlin also rejected the plan. It said it would send Sergei Lavrov to Geneva on Monday.");

        Assert.Contains(prompts, p => p.StartsWith("When would the Kremlin send Sergei Lavrov to Geneva", StringComparison.Ordinal));
    }
}
