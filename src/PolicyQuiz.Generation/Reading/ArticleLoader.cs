using System.Text;

namespace PolicyQuiz.Generation.Reading;

/// <summary>
/// Reads input files (or folders of them) into articles with a reader chosen per file.
/// Empty, binary, non-UTF-8 and oversized files are refused with a message naming the file.
/// </summary>
public sealed class ArticleLoader
{
    public const long MaxBytes = 50L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly IReadOnlyList<IArticleReader> _readers;

    public ArticleLoader(IEnumerable<IArticleReader>? readers = null) =>
        _readers = readers?.ToArray() ?? [new Feeds.RssFeedReader(), new Feeds.AtomFeedReader(), new Html.HtmlArticleReader(), new MarkdownArticleReader()];

    /// <summary>Expands folders into the files inside them (sorted, readable extensions only).</summary>
    public IReadOnlyList<string> Expand(IEnumerable<string> inputs)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                var inside = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                    .Where(f => _readers.Any(r => r.CanRead(f, default)) && Path.GetExtension(f).Length > 0)
                    .Order(StringComparer.Ordinal);
                files.AddRange(inside);
            }
            else
            {
                files.Add(input);
            }
        }

        return files;
    }

    /// <summary>Loads one file; on failure returns the message (without the file name) instead.</summary>
    public LoadResult Load(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return LoadResult.Failed(path, "no such file");
            }

            if (info.Length == 0)
            {
                return LoadResult.Failed(path, "the file is empty");
            }

            if (info.Length > MaxBytes)
            {
                return LoadResult.Failed(path, $"the file is larger than {MaxBytes / (1024 * 1024)} MB");
            }

            var bytes = File.ReadAllBytes(path);
            return Parse(path, bytes);
        }
        catch (IOException e)
        {
            return LoadResult.Failed(path, e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            return LoadResult.Failed(path, e.Message);
        }
    }

    /// <summary>Parses file content already in memory.</summary>
    public LoadResult Parse(string path, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            return LoadResult.Failed(path, "the file is empty");
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            return LoadResult.Failed(path, "the file is binary, not text");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return LoadResult.Failed(path, "the file is not valid UTF-8 text");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return LoadResult.Failed(path, "the file has no text");
        }

        var reader = _readers.FirstOrDefault(r => r.CanRead(path, text.AsSpan(0, Math.Min(text.Length, 512))));
        if (reader is null)
        {
            return LoadResult.Failed(path, "no reader understands this kind of file");
        }

        try
        {
            var articles = reader.Read(path, text);
            return articles.Count == 0
                ? LoadResult.Failed(path, "no article found in the file")
                : new LoadResult(path, articles, null, null);
        }
        catch (ArticleFormatException e)
        {
            return LoadResult.Failed(path, e.Message, e.Line);
        }
    }
}

/// <summary>The articles read from one file, or why none could be read.</summary>
public sealed record LoadResult(string Path, IReadOnlyList<Article> Articles, string? Error, int? Line)
{
    public bool Ok => Error is null;

    public static LoadResult Failed(string path, string error, int? line = null) => new(path, [], error, line);

    /// <summary>FILE[:LINE]: message.</summary>
    public string Describe() => Line is { } l ? $"{Path}:{l}: {Error}" : $"{Path}: {Error}";
}
