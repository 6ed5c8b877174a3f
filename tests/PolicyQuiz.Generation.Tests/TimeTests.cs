namespace PolicyQuiz.Generation.Tests;

public sealed class TimeTests
{
    // the article date is Friday 14 March 2025
    [Theory]
    [InlineData("The ministers will meet in mid-April to review progress.", "mid-April", "2025-04-15")]
    [InlineData("The parliament votes next Thursday on the bill.", "next Thursday", "2025-03-20")]
    [InlineData("Exports fell last month after the new rules.", "last month", "2025-02-14")]
    [InlineData("The envoy arrived on Friday with a proposal.", "Friday", "2025-03-14")]
    [InlineData("The envoy arrived on Tuesday with a proposal.", "Tuesday", "2025-03-11")]
    [InlineData("The deal was signed on April 17 in Kyiv.", "April 17", "2025-04-17")]
    [InlineData("Talks began in September 2023 in Doha.", "September 2023", "2023-09-01")]
    public void Time_expressions_resolve_against_the_article_date_and_keep_their_words(string sentence, string words, string date)
    {
        var doc = Given.Analyzed(sentence);

        var time = Given.Mention(doc, words);
        Assert.Equal(EntityType.Time, time.Type);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), time.Date);
    }

    [Fact]
    public void A_when_question_answers_with_the_articles_own_words()
    {
        var drafts = Given.Drafts("The two leaders will meet next Thursday in Madrid to sign the accord.");

        var when = drafts.First(c => c.Rule == "when");
        Assert.Equal("When will the two leaders meet in Madrid to sign the accord?", when.Prompt);
        Assert.Equal(["next Thursday"], when.Answer);
    }

    [Fact]
    public void Durations_are_not_dates()
    {
        var doc = Given.Analyzed("The truce will last 60 days under the plan.");

        Assert.Equal(EntityType.Duration, Given.Mention(doc, "60 days").Type);
    }

    [Theory]
    [InlineData("Anna Lind met Petr Novak in March.", "March")]
    [InlineData("The talks began in May.", "May")]
    public void A_bare_may_or_march_after_a_time_word_is_a_month(string body, string month)
    {
        var doc = Given.Analyzed(body);

        Assert.Equal(EntityType.Time, Given.Mention(doc, month).Type);
    }
}
