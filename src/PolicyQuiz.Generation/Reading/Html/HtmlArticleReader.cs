namespace PolicyQuiz.Generation.Reading.Html;

/// <summary>
/// Reads an HTML page as one article: the main content (the article, not the navigation, asides,
/// share and related blocks around it) as paragraphs, with title, date, publisher and canonical
/// address from the page's metadata. Broken markup is read as a browser would; a page with no
/// text at all is refused.
/// </summary>
public sealed class HtmlArticleReader : IArticleReader
{
    public bool CanRead(string path, ReadOnlySpan<char> head)
    {
        var ext = Path.GetExtension(path);
        if (ext.Equals(".html", StringComparison.OrdinalIgnoreCase) || ext.Equals(".htm", StringComparison.OrdinalIgnoreCase)
            || ext.Equals(".xhtml", StringComparison.OrdinalIgnoreCase) || ext.Equals(".shtml", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var start = head.TrimStart("\uFEFF \t\r\n");
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (start.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && start.Contains("<html", StringComparison.OrdinalIgnoreCase));
    }

    public IReadOnlyList<Article> Read(string path, string text)
    {
        var root = HtmlTreeBuilder.Build(text);
        var content = HtmlContent.Of(root);
        var main = content.Main();
        var body = HtmlTextWriter.Write(main, content.Skip).Trim();
        if (body.Length == 0 && !ReferenceEquals(main, root))
        {
            body = HtmlTextWriter.Write(root, content.Skip).Trim();
        }

        if (body.Length == 0)
        {
            // everything was boilerplate: take any text outside scripts and styles rather than nothing
            body = HtmlTextWriter.Write(root, static e => e.Name is "script" or "style" or "template" or "head" or "noscript").Trim();
        }

        body = Clean.Body(body);
        if (body.Length == 0)
        {
            throw new ArticleFormatException("the HTML page has no readable text");
        }

        var meta = HtmlMetadata.Read(root, main);
        var title = meta.BestTitle() ?? Path.GetFileNameWithoutExtension(path);
        return [new Article(Clean.Line(title), meta.Published, Clean.Optional(meta.Publisher), Clean.Optional(meta.Url), body, path)];
    }
}
