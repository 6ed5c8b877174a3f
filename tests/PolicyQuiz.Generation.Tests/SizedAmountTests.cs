namespace PolicyQuiz.Generation.Tests;

public sealed class SizedAmountTests
{
    [Fact]
    public void A_figure_after_a_noun_and_of_asks_how_large_the_noun_is()
    {
        var drafts = Given.Drafts("The fund approved a loan of $3 billion for Ghana on Friday.");

        var amount = drafts.First(c => c.Rule == "amount");
        Assert.Equal("How large a loan did the fund approve for Ghana on Friday?", amount.Prompt);
        Assert.Equal(["$3 billion"], amount.Answer);
    }

    [Fact]
    public void What_a_count_measures_stays_with_the_noun_and_the_answer_keeps_its_unit()
    {
        var drafts = Given.Drafts("Norway will open a duty-free quota of 8,000 tonnes of cheese for Swiss exporters.");

        var amount = drafts.First(c => c.Rule == "amount");
        Assert.Equal("How large a duty-free quota of cheese will Norway open for Swiss exporters?", amount.Prompt);
        Assert.Equal(["8,000 tonnes"], amount.Answer);
    }

    [Fact]
    public void A_noun_that_only_frames_a_count_is_not_asked_how_large()
    {
        var prompts = Given.Prompts("The army will release a total of 40 prisoners next week.");

        Assert.DoesNotContain(prompts, p => p.StartsWith("How large", StringComparison.Ordinal));
    }

    [Fact]
    public void A_figure_with_a_rate_after_it_or_a_noun_after_a_preposition_is_not_asked_how_large()
    {
        var prompts = Given.Prompts("The bank paid a bonus of 40 cents a share. The city will spend money on a bridge of 900 metres.");

        Assert.DoesNotContain(prompts, p => p.StartsWith("How large", StringComparison.Ordinal));
    }

    [Fact]
    public void A_figure_in_a_fronted_for_phrase_is_asked_before_the_inverted_clause()
    {
        var drafts = Given.Drafts("For a quota of 20,000 tractors a year, the duty will fall to 4 percent.");

        var amount = drafts.First(c => c.Rule == "amount" && c.Answer[0] == "20,000");
        Assert.Equal("For a quota of how many tractors a year will the duty fall to 4 percent?", amount.Prompt);
    }

    [Fact]
    public void A_fronted_phrase_with_a_comma_inside_is_not_asked()
    {
        var prompts = Given.Prompts("For 300 buses, 20 of them electric, the city will pay $90 million.");

        Assert.DoesNotContain(prompts, p => p.StartsWith("For how many", StringComparison.Ordinal));
    }
}
