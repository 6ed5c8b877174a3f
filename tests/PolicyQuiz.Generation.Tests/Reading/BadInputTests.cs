using PolicyQuiz.Generation.Reading;

namespace PolicyQuiz.Generation.Tests.Reading;

public sealed class BadInputTests
{
    private static readonly ArticleLoader Loader = new();

    [Fact]
    public void An_empty_file_is_refused_naming_the_file()
    {
        using var folder = new TempFolder();
        var path = folder.Write("empty.html", string.Empty);

        Assert.Equal($"{path}: the file is empty", Loader.Load(path).Describe());
    }

    [Fact]
    public void A_binary_file_is_refused_naming_the_file()
    {
        using var folder = new TempFolder();
        var path = folder.Write("image.html", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]);

        Assert.Equal($"{path}: the file is binary, not text", Loader.Load(path).Describe());
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_refused_naming_the_file()
    {
        using var folder = new TempFolder();
        var path = folder.Write("latin1.rss", [.. "<rss><channel><item><title>Caf"u8, 0xe9, .. "</title></item></channel></rss>"u8]);

        Assert.Equal($"{path}: the file is not valid UTF-8 text", Loader.Load(path).Describe());
    }

    [Fact]
    public void A_file_over_50_megabytes_is_refused_naming_the_file()
    {
        using var folder = new TempFolder();
        var path = System.IO.Path.Combine(folder.Path, "huge.html");
        using (var stream = File.Create(path))
        {
            stream.SetLength(ArticleLoader.MaxBytes + 1);
        }

        Assert.Equal($"{path}: the file is larger than 50 MB", Loader.Load(path).Describe());
    }

    [Fact]
    public void A_malformed_feed_is_refused_with_file_line_and_column()
    {
        using var folder = new TempFolder();
        var path = folder.Copy("malformed.rss");

        Assert.Equal(
            $"{path}:8: malformed feed (column 5): The 'item' start tag on line 5 position 6 does not match the end tag of 'channel'.",
            Loader.Load(path).Describe());
    }

    [Fact]
    public void A_page_without_text_is_refused_naming_the_file()
    {
        using var folder = new TempFolder();
        var path = folder.Copy("no-text.html");

        Assert.Equal($"{path}: the HTML page has no readable text", Loader.Load(path).Describe());
    }

    [Fact]
    public void A_folder_of_mixed_inputs_reads_every_good_one_and_names_every_bad_one()
    {
        using var folder = new TempFolder();
        folder.Copy("page-with-boilerplate.html");
        folder.Copy("broken.html");
        folder.Copy("feed.rss.xml");
        folder.Copy("feed.atom");
        folder.Copy("malformed.rss");
        folder.Write("article.md", "---\ntitle: Talks in Oslo\npublished: 2025-01-10\n---\nDiplomats met in Oslo on Friday.\n");
        folder.Write("empty.txt", string.Empty);
        folder.Write("binary.htm", [0x00, 0x01, 0x02]);
        folder.Write("ignored.png", [0x89, 0x50]);

        var files = Loader.Expand([folder.Path]);
        var results = files.Select(Loader.Load).ToList();

        Assert.Equal(
            ["article.md", "binary.htm", "broken.html", "empty.txt", "feed.atom", "feed.rss.xml", "malformed.rss", "page-with-boilerplate.html"],
            files.Select(System.IO.Path.GetFileName));
        Assert.Equal(1 + 1 + 3 + 2 + 1, results.Where(r => r.Ok).Sum(r => r.Articles.Count));
        Assert.Equal(
            ["binary.htm: the file is binary, not text", "empty.txt: the file is empty", "malformed.rss:8: malformed feed (column 5): The 'item' start tag on line 5 position 6 does not match the end tag of 'channel'."],
            results.Where(r => !r.Ok).Select(r => r.Describe()[(folder.Path.Length + 1)..]));
    }

    [Fact]
    public void Nothing_in_an_article_puts_a_control_character_into_the_generated_pack()
    {
        using var folder = new TempFolder();
        var articles = new[] { folder.Copy("escapes.md"), folder.Copy("escapes.html") }
            .Select(Loader.Load)
            .SelectMany(r => Assert.IsType<LoadResult>(r).Ok ? r.Articles : throw new InvalidOperationException(r.Describe()))
            .ToList();

        var pack = new QuestionGenerator().Generate(articles);

        var texts = pack.Sources.SelectMany(s => new[] { s.Title, s.Publisher, s.Url })
            .Concat(pack.Questions.SelectMany(q => q.Answer.Concat(q.Distractors).Concat(q.Accept).Append(q.Prompt).Append(q.Evidence)))
            .Append(pack.Title)
            .OfType<string>()
            .ToList();
        Assert.NotEmpty(pack.Questions);
        Assert.All(texts, t => Assert.DoesNotContain(t, c => char.IsControl(c)));
        Assert.All(texts, t => Assert.DoesNotContain("[31m", t, StringComparison.Ordinal));
    }
}
