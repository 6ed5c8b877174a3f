namespace PolicyQuiz.Generation.Reading;

/// <summary>Turns the text of one input file into articles (a feed may hold many).</summary>
public interface IArticleReader
{
    /// <summary>Whether this reader understands the file, judged by its name and first characters.</summary>
    bool CanRead(string path, ReadOnlySpan<char> head);

    /// <summary>Reads the articles; throws <see cref="ArticleFormatException"/> on malformed input.</summary>
    IReadOnlyList<Article> Read(string path, string text);

    /// <summary>
    /// As <see cref="Read(string, string)"/> from characters the loader decoded into a reused buffer: a reader
    /// that keeps only part of the text (a markdown body without its front matter) copies just that part.
    /// </summary>
    IReadOnlyList<Article> Read(string path, ReadOnlySpan<char> text) => Read(path, text.ToString());
}
