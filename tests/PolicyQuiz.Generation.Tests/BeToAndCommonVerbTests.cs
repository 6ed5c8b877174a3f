namespace PolicyQuiz.Generation.Tests;

public sealed class BeToAndCommonVerbTests
{
    [Fact]
    public void An_answer_that_was_to_do_something_is_no_modal()
    {
        var prompts = Given.Prompts("Kollar's answer was to scrap the Danube Bridge Programme, the Slovak plan that Hungary joined in 2019.");

        Assert.DoesNotContain(prompts, p => p.Contains("answer to scrap", StringComparison.Ordinal));
    }

    [Fact]
    public void A_thing_that_is_to_run_somewhere_still_reads_be_to_as_a_modal()
    {
        var prompts = Given.Prompts("The new line is to run through the Tatra region.");

        Assert.Contains("Through which region is the new line to run?", prompts);
    }

    [Fact]
    public void Followed_is_the_verb_of_its_clause_not_the_later_one()
    {
        var prompts = Given.Prompts("A second truce followed in Vienna on 3 June, when both sides agreed to cut their duties for 60 days.");

        Assert.Contains("When did a second truce follow in Vienna?", prompts);
        Assert.DoesNotContain(prompts, p => p.Contains("truce followed in", StringComparison.Ordinal) && !p.Contains("_____", StringComparison.Ordinal));
    }

    [Fact]
    public void Applies_is_read_as_the_verb()
    {
        var prompts = Given.Prompts("The tax applies to fuel bought in Austria by foreign drivers.");

        Assert.DoesNotContain(prompts, p => p.Contains("tax applies to fuel buy", StringComparison.Ordinal));
    }

    [Fact]
    public void A_time_after_what_a_meeting_followed_dates_that_thing_not_the_meeting()
    {
        var prompts = Given.Prompts("The Vienna meeting followed a phone call between the Slovak and Czech leaders on May 3.");

        Assert.DoesNotContain(prompts, p => p.StartsWith("When did the Vienna meeting follow", StringComparison.Ordinal));
    }

    [Fact]
    public void A_role_that_names_a_party_is_not_asked_with_who_is()
    {
        var prompts = Given.Prompts("Its leader Jan Kral had won the election in Bratislava on 11 March, beating Nova Liga, the party of the outgoing prime minister, Petr Dusek.");

        Assert.DoesNotContain("Who is the party of the outgoing prime minister?", prompts);
    }

    [Fact]
    public void A_person_who_chairs_a_committee_is_still_asked_with_who_is()
    {
        var prompts = Given.Prompts("Slovakia was represented by Jan Kral, a veteran diplomat who chairs the foreign affairs committee of the Slovak parliament.");

        Assert.Contains(prompts, p => p.StartsWith("Who is a veteran diplomat who chairs", StringComparison.Ordinal));
    }
}
