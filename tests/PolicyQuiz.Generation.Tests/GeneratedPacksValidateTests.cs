using PolicyQuiz.Generation.Reading;
using PolicyQuiz.Packs;

namespace PolicyQuiz.Generation.Tests;

public sealed class GeneratedPacksValidateTests
{
    public static TheoryData<string> Articles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot(), "questions", "articles"), "*.md").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void A_pack_generated_from_a_bundled_article_passes_the_pack_validator(string name)
    {
        var loaded = new ArticleLoader().Load(Path.Combine(RepositoryRoot(), "questions", "articles", name));
        Assert.True(loaded.Ok, loaded.Describe());

        var pack = new QuestionGenerator().Generate(loaded.Articles);
        var read = PackReader.ReadText(PackWriter.ToYaml(pack), name + ".yaml", PackFormat.Yaml);

        Assert.True(read.Ok, string.Join(Environment.NewLine, read.Diagnostics));
        Assert.Equal(pack.Questions.Count, read.Pack!.Questions.Count);
    }

    [Fact]
    public void All_bundled_articles_generated_into_one_pack_pass_the_pack_validator()
    {
        var loader = new ArticleLoader();
        var articles = Directory.GetFiles(Path.Combine(RepositoryRoot(), "questions", "articles"), "*.md").Order(StringComparer.Ordinal)
            .SelectMany(f => loader.Load(f).Articles).ToList();

        var pack = new QuestionGenerator().Generate(articles, "bundled-articles");
        var read = PackReader.ReadText(PackWriter.ToJson(pack), "all.json", PackFormat.Json);

        Assert.True(read.Ok, string.Join(Environment.NewLine, read.Diagnostics));
        Assert.Contains(pack.Questions, q => q.Type == Core.Model.QuestionType.Multi);
    }

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", ".."));
}
