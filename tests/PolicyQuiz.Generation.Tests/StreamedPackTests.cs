using PolicyQuiz.Generation.Reading;
using PolicyQuiz.Packs;

namespace PolicyQuiz.Generation.Tests;

public sealed class StreamedPackTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("policyquiz-streamed-").FullName;

    [Theory]
    [InlineData("pack.json")]
    [InlineData("pack.yaml")]
    public void A_pack_streamed_to_its_file_has_the_bytes_of_the_pack_generated_whole(string name)
    {
        var articles = BundledArticles();
        var whole = Path.Combine(_folder, "whole-" + name);
        var streamed = Path.Combine(_folder, "streamed-" + name);

        PackWriter.WriteFile(new QuestionGenerator().Generate(articles, "bundled-articles"), whole);
        var (header, questions) = new QuestionGenerator().Stream(articles, "bundled-articles");
        PackWriter.WriteFile(header, questions, streamed);

        Assert.Equal(File.ReadAllBytes(whole), File.ReadAllBytes(streamed));
    }

    [Fact]
    public void The_streamed_header_and_questions_are_those_of_the_pack_generated_whole()
    {
        var articles = BundledArticles();
        var (header, questions) = new QuestionGenerator().Stream(articles, "bundled-articles");
        var whole = new QuestionGenerator().Generate(articles, "bundled-articles");

        Assert.Empty(header.Questions);
        Assert.Equal(whole with { Questions = Core.Model.EquatableList<Core.Model.Question>.Empty }, header);
        Assert.Equal(whole.Questions, questions.ToList());
    }

    [Fact]
    public void Articles_given_without_their_bodies_and_read_again_in_turn_make_the_pack_generated_whole()
    {
        var articles = BundledArticles();
        var headers = articles.Select(a => a with { Body = string.Empty }).ToList();
        var asked = new List<int>();

        var (header, questions) = new QuestionGenerator().Stream(headers, i => { asked.Add(i); return articles[i]; }, "bundled-articles");
        var whole = new QuestionGenerator().Generate(articles, "bundled-articles");

        Assert.Empty(asked);
        Assert.Equal(whole with { Questions = Core.Model.EquatableList<Core.Model.Question>.Empty }, header);
        Assert.Equal(whole.Questions, questions.ToList());
        Assert.Equal(Enumerable.Range(0, articles.Count), asked);
    }

    [Fact]
    public void An_article_that_cannot_be_read_again_gets_no_questions_and_the_others_keep_theirs()
    {
        var articles = BundledArticles();
        var headers = articles.Select(a => a with { Body = string.Empty }).ToList();

        var (header, questions) = new QuestionGenerator().Stream(headers, i => i == 0 ? null : articles[i], "bundled-articles");
        var drafted = questions.ToList();

        Assert.Equal(articles.Count, header.Sources.Count);
        Assert.DoesNotContain(drafted, q => q.Source == header.Sources[0].Id);
        foreach (var source in header.Sources.Skip(1))
        {
            Assert.Contains(drafted, q => q.Source == source.Id);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static List<Article> BundledArticles()
    {
        var loader = new ArticleLoader();
        return Directory.GetFiles(Path.Combine(RepositoryRoot(), "questions", "articles"), "*.md").Order(StringComparer.Ordinal)
            .SelectMany(f => loader.Load(f).Articles).ToList();
    }

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", ".."));
}
