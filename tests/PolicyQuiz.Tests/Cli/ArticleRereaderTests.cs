using PolicyQuiz.Cli;
using PolicyQuiz.Generation.Reading;

namespace PolicyQuiz.Tests.Cli;

public sealed class ArticleRereaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("policyquiz-reread-").FullName;
    private readonly ArticleLoader _loader = new();
    private readonly List<string> _reports = [];

    [Fact]
    public void An_article_read_again_has_its_body_and_the_front_matter_read_first()
    {
        var file = Write("talks.md", "Talks", "The ministers met in Riyadh on Tuesday.");
        var again = Rereader(file);

        var article = again.Article(0);

        Assert.NotNull(article);
        Assert.Equal("Talks", article.Title);
        Assert.Contains("met in Riyadh", article.Body);
        Assert.Empty(_reports);
    }

    [Fact]
    public void An_article_whose_file_vanished_is_skipped_and_reported_with_the_file_name()
    {
        var file = Write("talks.md", "Talks", "The ministers met in Riyadh on Tuesday.");
        var again = Rereader(file);
        File.Delete(file);

        Assert.Null(again.Article(0));
        Assert.Equal([$"{file}: no such file"], _reports);
    }

    [Fact]
    public void An_article_whose_front_matter_changed_is_skipped_and_reported()
    {
        var file = Write("talks.md", "Talks", "The ministers met in Riyadh on Tuesday.");
        var again = Rereader(file);
        Write("talks.md", "Other talks", "The ministers met in Riyadh on Tuesday.");

        Assert.Null(again.Article(0));
        Assert.Single(_reports);
        Assert.StartsWith($"{file}: the file changed", _reports[0]);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private ArticleRereader Rereader(string file)
    {
        var first = _loader.Load(file);
        Assert.True(first.Ok);
        var headers = first.Articles.Select(a => a with { Body = string.Empty }).ToList();
        return new ArticleRereader(_loader, headers, headers.Select((_, i) => (file, i)).ToList(), _reports.Add);
    }

    private string Write(string name, string title, string body)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, $"---\ntitle: {title}\npublished: 2025-03-01\n---\n{body}\n");
        return path;
    }
}
