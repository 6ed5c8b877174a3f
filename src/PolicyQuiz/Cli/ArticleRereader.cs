using PolicyQuiz.Generation.Reading;

namespace PolicyQuiz.Cli;

/// <summary>
/// Reads an article again, with its body, when its questions are drafted: `generate` keeps only the articles'
/// front matter between the first reading and the drafting. A file that changed or vanished in between is reported
/// and skipped.
/// </summary>
internal sealed class ArticleRereader(ArticleLoader loader, IReadOnlyList<Article> headers, IReadOnlyList<(string File, int Index)> readFrom, Action<string> report)
{
    private string? _file;
    private LoadResult? _loaded;

    /// <summary>Article <paramref name="i"/> in full, or null when its file can no longer be read as it was.</summary>
    public Article? Article(int i)
    {
        var (file, index) = readFrom[i];
        if (!ReferenceEquals(file, _file))
        {
            _file = file;
            _loaded = loader.Load(file);
            if (!_loaded.Ok)
            {
                report(_loaded.Describe());
            }
        }

        if (_loaded is not { Ok: true } loaded)
        {
            return null;
        }

        if (index >= loaded.Articles.Count || loaded.Articles[index] with { Body = string.Empty } != headers[i])
        {
            report($"{file}: the file changed while questions were drafted from it; its article was skipped");
            return null;
        }

        return loaded.Articles[index];
    }
}
