using PolicyQuiz.Generation.Reading;
using PolicyQuiz.Generation.Reading.Feeds;

namespace PolicyQuiz.Generation.Tests.Reading;

public sealed class FeedReaderTests
{
    [Fact]
    public void Each_rss_item_becomes_an_article_with_its_title_date_link_and_the_channel_as_publisher()
    {
        var path = TestFiles.Path("feed.rss.xml");
        var articles = new RssFeedReader().Read(path, File.ReadAllText(path));

        Assert.Equal(2, articles.Count);
        Assert.Equal("Envoys meet in Geneva over water rights", articles[0].Title);
        Assert.Equal(new DateOnly(2025, 2, 4), articles[0].Published);
        Assert.Equal("https://gazette.example/world/geneva-water", articles[0].Url);
        Assert.Equal("Harbour Gazette: World", articles[0].Publisher);
        Assert.Equal("Parliament approves defence budget", articles[1].Title);
        Assert.Equal(new DateOnly(2025, 2, 5), articles[1].Published);
        Assert.Equal("envoys-meet-in-geneva-over-water-rights", articles[0].SourceId);
        Assert.Equal("parliament-approves-defence-budget", articles[1].SourceId);
    }

    [Fact]
    public void Rss_content_encoded_is_preferred_to_the_description_and_its_html_becomes_text()
    {
        var path = TestFiles.Path("feed.rss.xml");
        var articles = new RssFeedReader().Read(path, File.ReadAllText(path));

        Assert.Equal(
            "Envoys from Egypt and Ethiopia met in Geneva on Tuesday to discuss water rights on the Nile.\n\n"
            + "The talks were hosted by Switzerland\u2019s foreign ministry & lasted six hours.",
            articles[0].Body);
        Assert.Equal("Lawmakers in Warsaw approved a defence budget of 4.7 percent of GDP on Wednesday.", articles[1].Body);
    }

    [Fact]
    public void Each_atom_entry_becomes_an_article_from_its_content_or_summary()
    {
        var path = TestFiles.Path("feed.atom");
        var articles = new AtomFeedReader().Read(path, File.ReadAllText(path));

        Assert.Equal(3, articles.Count);
        Assert.Equal("Leaders sign Arctic fisheries accord", articles[0].Title);
        Assert.Equal(new DateOnly(2025, 6, 1), articles[0].Published);
        Assert.Equal("https://observer.example/arctic-fisheries", articles[0].Url);
        Assert.Equal("Northern Observer", articles[0].Publisher);
        Assert.Equal("Norway and Iceland signed an accord in Reykjavik on Sunday to share fishing quotas in the Arctic.", articles[0].Body);
        Assert.Equal("The Nordic summit planned for Oslo was postponed until September, the organisers said.", articles[1].Body);
        Assert.Equal(new DateOnly(2025, 6, 2), articles[1].Published);
        Assert.Equal("Finland opened a new border crossing with Sweden near Tornio on Monday.", articles[2].Body);
        Assert.Null(articles[2].Url);
    }

    [Fact]
    public void A_malformed_feed_is_refused_with_what_is_wrong_and_where()
    {
        var path = TestFiles.Path("malformed.rss");

        var e = Assert.Throws<ArticleFormatException>(() => new RssFeedReader().Read(path, File.ReadAllText(path)));

        Assert.Equal(8, e.Line);
        Assert.Equal("malformed feed (column 5): The 'item' start tag on line 5 position 6 does not match the end tag of 'channel'.", e.Message);
    }

    [Fact]
    public void A_feed_with_a_dtd_is_refused_and_no_external_entity_is_read()
    {
        const string feed = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>\n"
            + "<rss version=\"2.0\"><channel><title>t</title><item><title>x</title><description>&secret;</description></item></channel></rss>";

        var e = Assert.Throws<ArticleFormatException>(() => new RssFeedReader().Read("dtd.rss", feed));

        Assert.Equal(2, e.Line);
        Assert.Equal("the feed declares a DTD (<!DOCTYPE …>), which is not accepted", e.Message);
    }

    [Fact]
    public void An_xml_file_that_is_not_a_feed_is_refused()
    {
        var e = Assert.Throws<ArticleFormatException>(() => new RssFeedReader().Read("page.rss", "<html><body><p>hi</p></body></html>"));

        Assert.Equal("not an RSS feed: the root element is <html>", e.Message);
        Assert.Equal(1, e.Line);
    }

    [Fact]
    public void A_feed_whose_items_have_no_text_is_refused()
    {
        const string feed = "<rss version=\"2.0\"><channel><title>t</title><item><title>Only a title</title></item></channel></rss>";

        var e = Assert.Throws<ArticleFormatException>(() => new RssFeedReader().Read("empty.rss", feed));

        Assert.Equal("none of the feed's 1 items has any text", e.Message);
    }

    [Fact]
    public void Escape_sequences_in_a_feed_never_reach_the_articles()
    {
        const string feed = "<rss version=\"2.0\"><channel><title>Gazette&#x1b;]0;owned&#7;</title><item>"
            + "<title>Talks &#27;[31mend</title><description>&lt;p&gt;Envoys &#x1b;[2Jleft &amp;#27;[1mRome.&lt;/p&gt;</description></item></channel></rss>";

        var article = Assert.Single(new RssFeedReader().Read("esc.rss", feed));

        Assert.Equal("Talks end", article.Title);
        Assert.Equal("Gazette", article.Publisher);
        Assert.Equal("Envoys left Rome.", article.Body);
    }

    [Theory]
    [InlineData("news.rss", "", true, false)]
    [InlineData("news.atom", "", false, true)]
    [InlineData("news.xml", "", true, true)]
    [InlineData("news.xml", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", true, false)]
    [InlineData("news.xml", "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", false, true)]
    [InlineData("notes.md", "<rss> in a markdown file is prose", false, false)]
    public void Feeds_are_recognised_by_name_or_by_their_first_characters(string path, string head, bool rss, bool atom)
    {
        Assert.Equal(rss, new RssFeedReader().CanRead(path, head));
        Assert.Equal(atom, new AtomFeedReader().CanRead(path, head));
    }
}
