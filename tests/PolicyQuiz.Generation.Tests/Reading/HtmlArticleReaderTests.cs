using System.Text;
using CsCheck;
using PolicyQuiz.Generation.Reading;
using PolicyQuiz.Generation.Reading.Html;

namespace PolicyQuiz.Generation.Tests.Reading;

public sealed class HtmlArticleReaderTests
{
    private static Article ReadPage(string name)
    {
        var path = TestFiles.Path(name);
        return Assert.Single(new HtmlArticleReader().Read(path, File.ReadAllText(path)));
    }

    [Fact]
    public void The_article_text_is_kept_and_the_page_boilerplate_is_dropped()
    {
        var body = ReadPage("page-with-boilerplate.html").Body;

        Assert.Contains("Foreign ministers from Turkey and Ukraine agreed on Friday to reopen a grain corridor through the Black Sea, officials said.", body);
        Assert.Contains("Inspectors will meet in Istanbul next week to agree on checks for the first convoys.", body);
        foreach (var boilerplate in (string[])["cookies", "Share", "Subscribe", "Most read", "Business", "Related", "Earlier talks stalled",
                     "All rights reserved", "dataLayer", "font-family", "editor's note", "By A. Writer", "Sign up", "football"])
        {
            Assert.DoesNotContain(boilerplate, body);
        }
    }

    [Fact]
    public void Entities_are_decoded()
    {
        var body = ReadPage("page-with-boilerplate.html").Body;

        Assert.Contains("ports in Egypt & Lebanon \u2014 two of the largest buyers \u2014 from April 1.", body);
        Assert.Contains("Hakan Fidan, Turkey\u2019s foreign minister, called it \u201ca practical step\u201d", body);
    }

    [Fact]
    public void Block_elements_become_paragraphs_and_the_headline_is_not_repeated_in_the_body()
    {
        var body = ReadPage("page-with-boilerplate.html").Body;
        var paragraphs = body.Split("\n\n");

        Assert.Equal(5, paragraphs.Length);
        Assert.StartsWith("Foreign ministers", paragraphs[0]);
        Assert.Equal("## What comes next", paragraphs[3]);
        Assert.DoesNotContain("Ministers agree grain corridor", body);
    }

    [Fact]
    public void Title_date_publisher_and_canonical_address_come_from_the_page_metadata()
    {
        var article = ReadPage("page-with-boilerplate.html");

        Assert.Equal("Ministers agree grain corridor in Ankara", article.Title);
        Assert.Equal(new DateOnly(2025, 3, 14), article.Published);
        Assert.Equal("The Daily Ledger", article.Publisher);
        Assert.Equal("https://ledger.example/world/grain-corridor", article.Url);
    }

    [Fact]
    public void Without_metadata_the_title_is_the_document_title_less_its_site_name_and_the_date_comes_from_a_time_element()
    {
        const string page = "<html><head><title>Border reopens after talks | Valley Post</title></head><body>"
            + "<div class=\"content\"><time datetime=\"2024-11-02T08:00\">2 Nov</time><p>The border between the two countries reopened on Saturday.</p></div></body></html>";

        var article = Assert.Single(new HtmlArticleReader().Read("border.html", page));

        Assert.Equal("Border reopens after talks", article.Title);
        Assert.Equal(new DateOnly(2024, 11, 2), article.Published);
        Assert.Null(article.Publisher);
        Assert.Null(article.Url);
    }

    [Fact]
    public void Without_article_or_main_the_container_with_the_most_paragraph_text_is_chosen()
    {
        const string page = "<body><div id=\"top\"><p>Short promo line.</p></div>"
            + "<div id=\"story\"><p>The first paragraph of the story is long enough to count as the article text here.</p>"
            + "<p>The second paragraph of the story adds more words about the summit and its outcome.</p></div>"
            + "<div id=\"bottom\"><p>Another short line.</p></div></body>";

        var article = Assert.Single(new HtmlArticleReader().Read("story.html", page));

        Assert.StartsWith("The first paragraph of the story", article.Body);
        Assert.EndsWith("the summit and its outcome.", article.Body);
        Assert.DoesNotContain("promo", article.Body);
        Assert.Equal("story", article.Title);
    }

    [Fact]
    public void Broken_html_is_read_as_far_as_it_goes()
    {
        var article = ReadPage("broken.html");

        Assert.Equal("Talks resume in Doha", article.Title);
        Assert.Contains("Negotiators returned to Doha on Monday for a third round of talks on a prisoner exchange.", article.Body);
        Assert.Contains("the gap between the sides had narrowed < but not closed.", article.Body);
        Assert.Contains("A fourth round is planned for next month.", article.Body);
        Assert.Contains("Unclosed span and div at the end", article.Body);
    }

    [Fact]
    public void A_page_with_no_text_is_refused_with_a_clear_message()
    {
        var e = Assert.Throws<ArticleFormatException>(() => ReadPage("no-text.html"));

        Assert.Equal("the HTML page has no readable text", e.Message);
    }

    [Fact]
    public void Escape_sequences_in_a_page_never_reach_the_article()
    {
        var article = ReadPage("escapes.html");

        Assert.Equal("Envoys met in Rome on Friday to talk.\n\nThe second paragraph ends here.", article.Body);
        Assert.DoesNotContain(article.Body, c => c != '\n' && char.IsControl(c));
    }

    [Fact]
    public void Deeply_nested_unclosed_elements_do_not_exhaust_the_stack()
    {
        var page = new StringBuilder("<html><body>");
        for (var i = 0; i < 20_000; i++)
        {
            page.Append("<div><span>");
        }

        page.Append("<p>Still read after twenty thousand open elements.</p>");

        var article = Assert.Single(new HtmlArticleReader().Read("deep.html", page.ToString()));

        Assert.Equal("Still read after twenty thousand open elements.", article.Body);
    }

    [Fact]
    public void Any_markup_soup_either_reads_or_is_refused_with_a_format_error()
    {
        Gen.Char["<>/!-=\"' abcdiptv&#;x\n"].Array[0, 300].Select(cs => new string(cs)).Sample(text =>
        {
            try
            {
                var article = Assert.Single(new HtmlArticleReader().Read("soup.html", text));
                Assert.False(string.IsNullOrWhiteSpace(article.Body));
            }
            catch (ArticleFormatException)
            {
            }
        }, iter: 3000);
    }

    [Theory]
    [InlineData("page.html", "", true)]
    [InlineData("page.HTM", "", true)]
    [InlineData("page", "<!DOCTYPE html><html>", true)]
    [InlineData("page.dat", "\n  <html lang=\"en\">", true)]
    [InlineData("notes.md", "# Notes", false)]
    [InlineData("feed.xml", "<?xml version=\"1.0\"?><rss>", false)]
    public void Pages_are_recognised_by_name_or_by_their_first_characters(string path, string head, bool expected) =>
        Assert.Equal(expected, new HtmlArticleReader().CanRead(path, head));
}
