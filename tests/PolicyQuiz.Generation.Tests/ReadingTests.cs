using System.Text;
using PolicyQuiz.Generation.Reading;
using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation.Tests;

public sealed class ReadingTests
{
    [Fact]
    public void Front_matter_gives_title_date_publisher_and_url()
    {
        var text = "---\ntitle: \"Ports deal stalls\"\npublished: 2025-03-28\npublisher: Harbour Weekly\nurl: https://example.org/ports\ntopic: trade\n---\nThe sale was delayed.\n";

        var article = new MarkdownArticleReader().Read("ports-deal.md", text).Single();

        Assert.Equal("Ports deal stalls", article.Title);
        Assert.Equal(new DateOnly(2025, 3, 28), article.Published);
        Assert.Equal("Harbour Weekly", article.Publisher);
        Assert.Equal("https://example.org/ports", article.Url);
        Assert.Equal("The sale was delayed.\n", article.Body);
        Assert.Equal("ports-deal", article.SourceId);
    }

    [Fact]
    public void Unclosed_front_matter_is_reported_with_its_line()
    {
        var result = new ArticleLoader().Parse("broken.md", Encoding.UTF8.GetBytes("---\ntitle: x\nbody without end\n"));

        Assert.False(result.Ok);
        Assert.StartsWith("broken.md:1:", result.Describe(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing.md")]
    [InlineData("no/such/folder/missing.md")]
    public void A_missing_file_is_reported_as_such(string name)
    {
        var result = new ArticleLoader().Load(Path.Combine(Path.GetTempPath(), "policyquiz-reading-absent", name));

        Assert.False(result.Ok);
        Assert.Equal("no such file", result.Error);
    }

    [Fact]
    public void An_article_read_through_a_symbolic_link_is_read_whole()
    {
        var folder = Directory.CreateTempSubdirectory("policyquiz-reading-");
        try
        {
            var text = "---\ntitle: Ports deal stalls\n---\n" + string.Concat(Enumerable.Repeat("The sale of the port was delayed again. ", 40));
            var target = Path.Combine(folder.FullName, "ports-deal.md");
            File.WriteAllText(target, text);
            var link = Path.Combine(folder.FullName, "linked.md");
            File.CreateSymbolicLink(link, target);

            var result = new ArticleLoader().Load(link);

            Assert.True(result.Ok, result.Error);
            Assert.Equal("Ports deal stalls", result.Articles.Single().Title);
            Assert.EndsWith("delayed again. ", result.Articles.Single().Body, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData(new byte[] { 0x41, 0x00, 0x42 }, "binary")]
    [InlineData(new byte[] { 0x41, 0xC3, 0x28 }, "UTF-8")]
    [InlineData(new byte[] { 0x20, 0x0A }, "no text")]
    public void Binary_invalid_and_empty_files_are_refused_with_a_clear_message(byte[] bytes, string expected)
    {
        var result = new ArticleLoader().Parse("input.md", bytes);

        Assert.False(result.Ok);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_and_escape_sequences_never_reach_the_output()
    {
        var body = "The \u001b[31mminister\u001b[0m of trade, Ines Duarte, visited Porto on Monday.\u0007 \u001b]0;title\u0007Talks went well.";
        var pack = new QuestionGenerator().Generate([Given.Article(body)]);

        Assert.NotEmpty(pack.Questions);
        foreach (var q in pack.Questions)
        {
            foreach (var text in q.Answer.Append(q.Prompt).Append(q.Evidence!).Concat(q.Distractors).Concat(q.Accept))
            {
                Assert.DoesNotContain(text, c => char.IsControl(c));
            }
        }
    }

    [Fact]
    public void Evidence_is_quoted_from_the_article_as_written()
    {
        var body = "The minister said the \u201cfirst phase\u201d would end\u2014as planned\u2014in June.";
        var doc = Given.Analyzed(body);

        Assert.Equal(body, doc.Evidence(0));
        Assert.Contains("\"first phase\"", doc.Text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalisation_folds_quotes_and_dashes_and_keeps_offsets()
    {
        var text = TextNormalizer.Normalize("It\u2019s  a \u201cdeal\u201d \u2013 now.");

        Assert.Equal("It's a \"deal\" - now.", text.Text);
        Assert.Equal("\u201cdeal\u201d", text.Original(7, 13));
    }
}
