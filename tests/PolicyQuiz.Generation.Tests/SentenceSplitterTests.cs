namespace PolicyQuiz.Generation.Tests;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Abbreviations_and_initialisms_do_not_end_a_sentence()
    {
        var sentences = Given.Sentences("Mr. Okafor met Gen. Alvarez in the U.S. capital on Feb. 3. The talks lasted an hour.");

        Assert.Equal(["Mr. Okafor met Gen. Alvarez in the U.S. capital on Feb. 3.", "The talks lasted an hour."], sentences);
    }

    [Fact]
    public void An_initialism_before_an_ordinary_sentence_start_ends_the_sentence()
    {
        var sentences = Given.Sentences("The envoy said the plan mattered for U.S. security. It was the third such visit.");

        Assert.Equal(2, sentences.Count);
        Assert.EndsWith("U.S. security.", sentences[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_one_letter_name_before_a_title_ends_a_sentence()
    {
        var sentences = Given.Sentences("The minister confirmed the truce in a post on X. Prime Minister Ola Berg thanked him.");

        Assert.Equal(2, sentences.Count);
        Assert.EndsWith("on X.", sentences[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_clock_time_with_a_named_time_zone_does_not_end_a_sentence()
    {
        var sentences = Given.Sentences("The truce took effect at 5 p.m. Indian time, the minister said. Talks follow.");

        Assert.Equal(2, sentences.Count);
        Assert.Contains("5 p.m. Indian time, the minister said.", sentences[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Initials_inside_a_name_do_not_end_a_sentence()
    {
        var sentences = Given.Sentences("The report was written by J. R. Hollis and colleagues. Nobody disputed it.");

        Assert.Equal(2, sentences.Count);
        Assert.Contains("J. R. Hollis", sentences[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_that_ends_a_sentence_stays_with_it()
    {
        var sentences = Given.Sentences("She called the offer \"a trap.\" Officials in Lima disagreed.");

        Assert.Equal(["She called the offer \"a trap.\"", "Officials in Lima disagreed."], sentences);
    }

    [Fact]
    public void A_time_with_a_m_followed_by_a_new_sentence_is_split()
    {
        var sentences = Given.Sentences("The vote closed at 9:40 a.m. Turnout was low across the region.");

        Assert.Equal(2, sentences.Count);
    }

    [Fact]
    public void Paragraph_breaks_and_headings_end_sentences()
    {
        var sentences = Given.Sentences("Border talks resume in Vienna\nNegotiators from both sides arrived on Monday.\n\nA second round is planned");

        Assert.Equal(3, sentences.Count);
        Assert.Equal("Border talks resume in Vienna", sentences[0]);
    }
}
