namespace PolicyQuiz.Generation.Tests;

public sealed class ClauseAttachmentTests
{
    [Fact]
    public void A_participle_after_a_common_noun_is_not_taken_for_the_verb()
    {
        var prompts = Given.Prompts("A vote planned for early June was postponed after the speaker fell ill in Vilnius.");

        Assert.DoesNotContain(prompts, p => p.Contains("did a vote plan", StringComparison.Ordinal));
        Assert.DoesNotContain(prompts, p => p.StartsWith("When was a vote planned postponed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_followed_by_said_keeps_said_as_its_verb()
    {
        var prompts = Given.Prompts("Norway said on Monday it had frozen the accounts of two shipping firms.");

        Assert.Contains("Which country said on Monday it had frozen the accounts of two shipping firms?", prompts);
    }

    [Fact]
    public void A_time_inside_the_subject_stays_in_the_question()
    {
        var prompts = Given.Prompts("The road to Tuesday's summit was cleared in late March by the two envoys.");

        Assert.Contains("When was the road to Tuesday's summit cleared by the two envoys?", prompts);
    }

    [Fact]
    public void A_time_that_belongs_to_a_participle_further_in_is_not_asked_for_the_main_verb()
    {
        var prompts = Given.Prompts("The ministry demanded the return of three buildings confiscated in Warsaw in 2019.");

        Assert.DoesNotContain(prompts, p => p.StartsWith("When did the ministry demand", StringComparison.Ordinal));
        Assert.DoesNotContain(prompts, p => p.StartsWith("Where did the ministry demand", StringComparison.Ordinal));
    }

    [Fact]
    public void A_duration_before_after_is_an_offset_not_a_length()
    {
        var prompts = Given.Prompts("The sanctions came three days after the Brazilian government expelled the ambassador.");

        Assert.DoesNotContain(prompts, p => p.StartsWith("How long did the sanctions come", StringComparison.Ordinal));
    }

    [Fact]
    public void Have_as_the_main_verb_gets_do_support_with_its_base_form()
    {
        var prompts = Given.Prompts("The Commerce Department has 90 days to report back to the White House.");

        Assert.DoesNotContain(prompts, p => p.Contains("does the Commerce Department has", StringComparison.Ordinal));
        Assert.Contains(prompts, p => p.StartsWith("How long does the Commerce Department have", StringComparison.Ordinal));
    }

    [Fact]
    public void She_after_a_sentence_naming_someone_else_refers_to_that_person()
    {
        const string body = "Anders Lind, the deputy trade minister, told Reuters the text was final. "
            + "The talks had opened in March. "
            + "On April 3, the two governments signed a protocol, which Maria Holm announced on television that night. "
            + "She signed in Oslo; the Danish envoy signed in Copenhagen.";
        var drafts = Given.Drafts(body);

        var where = drafts.First(c => c.Answer.Contains("Oslo") && c.Rule == "where");
        Assert.Contains("Maria Holm", where.Prompt, StringComparison.Ordinal);
    }
}
