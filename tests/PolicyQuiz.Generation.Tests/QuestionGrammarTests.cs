namespace PolicyQuiz.Generation.Tests;

public sealed class QuestionGrammarTests
{
    [Fact]
    public void A_past_tense_verb_gets_do_support_in_a_when_question()
    {
        var prompts = Given.Prompts("The Hungarian government approved the pipeline deal on Wednesday.");

        Assert.Contains("When did the Hungarian government approve the pipeline deal?", prompts);
    }

    [Fact]
    public void A_present_tense_verb_gets_does()
    {
        var prompts = Given.Prompts("The committee meets in Nairobi every spring.");

        Assert.Contains("Where does the committee meet every spring?", prompts);
    }

    [Fact]
    public void An_auxiliary_is_inverted_instead_of_adding_do()
    {
        var prompts = Given.Prompts("Officials from both countries are expected to meet in Oslo in early May.");

        Assert.Contains("Where are officials from both countries expected to meet in early May?", prompts);
        Assert.Contains("When are officials from both countries expected to meet in Oslo?", prompts);
    }

    [Fact]
    public void The_subject_question_keeps_the_sentences_own_predicate()
    {
        var prompts = Given.Prompts("Senator Rachel Moore proposed a cap on drone exports last week.");

        Assert.Contains("Who proposed a cap on drone exports last week?", prompts);
    }

    [Fact]
    public void A_passive_with_by_becomes_an_active_who_question()
    {
        var drafts = Given.Drafts("The border treaty was signed by Foreign Minister Lena Brandt in Vilnius.");

        var agent = drafts.First(c => c.Rule == "agent");
        Assert.Equal("Who signed the border treaty in Vilnius?", agent.Prompt);
        Assert.Equal(["Lena Brandt"], agent.Answer);
    }

    [Fact]
    public void A_passive_without_an_agent_keeps_its_voice()
    {
        var prompts = Given.Prompts("The accord was signed in Lisbon on Thursday.");

        Assert.Contains("Where was the accord signed on Thursday?", prompts);
        Assert.Contains("When was the accord signed in Lisbon?", prompts);
    }

    [Fact]
    public void A_fronted_time_phrase_is_moved_out_of_the_question()
    {
        var prompts = Given.Prompts("On March 3, the two ministries signed a memorandum on water sharing.");

        Assert.Contains("When did the two ministries sign a memorandum on water sharing?", prompts);
    }

    [Fact]
    public void A_trailing_attribution_yields_a_who_said_question()
    {
        var drafts = Given.Drafts("The port will reopen within weeks, harbour master Pieter Smit said on Friday.");

        var said = drafts.First(c => c.Rule == "speaker");
        Assert.Equal("Who said the port will reopen within weeks?", said.Prompt);
        Assert.Equal(["Pieter Smit"], said.Answer);
    }

    [Fact]
    public void A_list_of_people_as_subject_makes_a_multi_question()
    {
        var drafts = Given.Drafts("Travelling with the minister were her deputy, Anna Berg, adviser Jonas Holm and Senator Carl Wik.");

        var multi = drafts.First(c => c.Type == PolicyQuiz.Core.Model.QuestionType.Multi);
        Assert.Equal(["Anna Berg", "Jonas Holm", "Carl Wik"], multi.Answer);
        Assert.StartsWith("Which of these people travelled with the minister", multi.Prompt, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_prompt_is_a_question_or_a_cloze_with_one_gap()
    {
        var drafts = Given.Drafts(
            "Trade Commissioner Nadia Haddad said on Monday that the bloc would cut tariffs on solar panels to 5 percent. "
            + "The decision was announced in Brussels by the European Commission. She will travel to Jakarta next week.");

        Assert.NotEmpty(drafts);
        foreach (var c in drafts)
        {
            if (c.Type == PolicyQuiz.Core.Model.QuestionType.Cloze)
            {
                Assert.Equal(1, CountGaps(c.Prompt));
            }
            else
            {
                Assert.EndsWith("?", c.Prompt, StringComparison.Ordinal);
                Assert.True(char.IsUpper(c.Prompt[0]), c.Prompt);
            }
        }
    }

    private static int CountGaps(string prompt)
    {
        var count = 0;
        var index = 0;
        while ((index = prompt.IndexOf("_____", index, StringComparison.Ordinal)) >= 0)
        {
            count++;
            index += 5;
        }

        return count;
    }

    [Fact]
    public void A_name_owning_the_agent_is_not_the_agent()
    {
        var prompts = Given.Prompts("The mine has been held up by Norway's ban on seabed mining since 2021.");

        Assert.DoesNotContain(prompts, p => p.StartsWith("Which country has held", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cut_off_report_is_not_asked_who_said_it()
    {
        var prompts = Given.Prompts("Lind said Volvo trucks and other vehicle parts would enter Norway free of duty, and that a Danish carrier she did not name would buy 40 ferries.");

        Assert.DoesNotContain("Who said Volvo trucks?", prompts);
        Assert.DoesNotContain(prompts, p => p.EndsWith("she did not name?", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_before_a_past_verb_inside_the_subject_is_that_verbs_subject()
    {
        var prompts = Given.Prompts("The 12 percent duty that Lind applied to Danish cheese in May remains in force.");

        Assert.DoesNotContain(prompts, p => p.StartsWith("When was the 12 percent duty that Lind applied", StringComparison.Ordinal));
    }

    [Fact]
    public void A_phrase_like_close_to_is_not_a_subject()
    {
        var prompts = Given.Prompts("For a quota of 8,000 cars a year, close to the number Korea shipped to Chile last year, the tariff will drop to 5 percent.");

        Assert.DoesNotContain(prompts, p => p.StartsWith("When did close to", StringComparison.Ordinal));
        Assert.Contains("To what level will the tariff drop for a quota of 8,000 cars a year?", prompts);
    }

    [Fact]
    public void That_as_a_demonstrative_still_starts_a_subject()
    {
        var prompts = Given.Prompts("That letter was handed to Lind in Oslo on March 12 by Petr Novak.");

        Assert.Contains("Who handed that letter to Lind in Oslo on March 12?", prompts);
    }

    [Fact]
    public void A_fronted_time_moved_to_the_end_loses_its_sentence_capital()
    {
        var prompts = Given.Prompts("Last month, Anna Lind had proposed a fishing treaty with Norway.");

        Assert.Contains(prompts, p => p.EndsWith(" last month?", StringComparison.Ordinal));
        Assert.DoesNotContain(prompts, p => p.Contains("Last month", StringComparison.Ordinal) && !p.StartsWith("Last month", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reported_it_stands_for_the_reporting_subject()
    {
        var prompts = Given.Prompts("Norway's trade ministry said it would impose its own 20 percent levy on all Chilean salmon from May 1.");

        Assert.Contains("What percentage levy would Norway's trade ministry impose on all Chilean salmon from May 1?", prompts);
    }

    [Fact]
    public void A_base_form_past_after_a_name_is_the_verb_not_a_later_one()
    {
        var prompts = Given.Prompts("In return, Oslo cut the levy it charges on Danish cheese.");

        Assert.DoesNotContain(prompts, p => p.Contains("it charge ", StringComparison.Ordinal));
        Assert.Contains(prompts, p => p.Contains("cut the levy it charges on Danish cheese", StringComparison.Ordinal));
    }

    [Fact]
    public void Where_a_passive_agent_comes_from_is_not_left_in_the_question()
    {
        var prompts = Given.Prompts("On the Swedish side, the talks were led by Anna Lind of the Foreign Ministry and Petr Novak, a senior envoy.");

        Assert.DoesNotContain(prompts, p => p.Contains("talks of the Foreign Ministry", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pronoun_before_the_verb_after_and_makes_a_relative_not_a_new_clause()
    {
        var prompts = Given.Prompts("In return, Oslo resumed the military aid and intelligence sharing it had paused after Novak's clash with Lind in Vilnius.");

        Assert.DoesNotContain(prompts, p => p.StartsWith("Where had intelligence sharing it paused", StringComparison.Ordinal));
    }
}
