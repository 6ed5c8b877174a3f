namespace PolicyQuiz.Generation.Tests;

public sealed class ArticleNamesTests
{
    [Theory]
    [InlineData("kirill dmitriev", "dmitriev", true)]
    [InlineData("kirill dmitriev", "kirill dmitriev", true)]
    [InlineData("kirill dmitriev", "kirill", true)]
    [InlineData("kirill dmitriev", "dmitri", false)]
    [InlineData("kirill dmitriev", "ill dmit", false)]
    [InlineData("new york new", "new", true)]
    [InlineData("york new yorker", "new york", false)]
    [InlineData("new yorker new york", "new york", true)]
    [InlineData("riyadh", "", false)]
    public void HasWords_matches_whole_words_only(string text, string phrase, bool expected) =>
        Assert.Equal(expected, ArticleNames.HasWords(text, phrase));

    [Fact]
    public void Naming_finds_the_sentences_whose_mentions_have_the_words()
    {
        var doc = Analyzer.Analyze(new PolicyQuiz.Generation.Reading.Article(
            "Talks", null, null, null,
            "Kirill Dmitriev met Steve Witkoff in Riyadh on Tuesday. Witkoff later flew to Moscow. Dmitriev stayed in Riyadh.",
            "a.md"));
        var names = new ArticleNames(doc);

        Assert.Equal([0, 1], names.Naming("steve witkoff", ["steve", "witkoff"], person: true));
        Assert.Equal([0, 2], names.Naming("riyadh", ["riyadh"], person: false));
        Assert.Empty(names.Naming("riyad", ["riyad"], person: false));
        Assert.True(names.Written("tuesday"));
        Assert.True(names.Has(1, "moscow"));
        Assert.False(names.Has(1, "u s"));
    }
}
