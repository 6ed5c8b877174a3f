using System.Xml.Linq;

namespace PolicyQuiz.Generation.Reading.Feeds;

/// <summary>
/// Atom feeds: one article per entry with its title, published (or updated) date, alternate link,
/// and text from content or else summary (text, html or xhtml).
/// </summary>
public sealed class AtomFeedReader : IArticleReader
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";

    public bool CanRead(string path, ReadOnlySpan<char> head)
    {
        var ext = Path.GetExtension(path);
        if (ext.Equals(".atom", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (head.IsEmpty)
        {
            return ext.Equals(".xml", StringComparison.OrdinalIgnoreCase);
        }

        return FeedXml.LooksLikeXml(path, head) && head.Contains("<feed", StringComparison.Ordinal);
    }

    public IReadOnlyList<Article> Read(string path, string text)
    {
        var root = FeedXml.Load(text).Root!;
        if (root.Name.LocalName != "feed")
        {
            throw new ArticleFormatException($"not an Atom feed: the root element is <{root.Name.LocalName}>") { Line = FeedXml.LineOf(root) };
        }

        var publisher = TextOf(FeedXml.First(root, "title", AtomNs));
        var entries = root.Elements().Where(e => e.Name.LocalName == "entry").ToList();
        if (entries.Count == 0)
        {
            throw new ArticleFormatException("the Atom feed has no entries") { Line = FeedXml.LineOf(root) };
        }

        var articles = new List<Article>(entries.Count);
        var index = 0;
        foreach (var entry in entries)
        {
            index++;
            var content = FeedXml.First(entry, "content", AtomNs);
            if (content is null || content.Attribute("src") is not null || string.IsNullOrWhiteSpace(content.Value))
            {
                content = FeedXml.First(entry, "summary", AtomNs);
            }

            var published = FeedXml.Child(entry, "published", AtomNs) ?? FeedXml.Child(entry, "updated", AtomNs);
            var article = FeedItem.ToArticle(
                path, index, AsHtml(FeedXml.First(entry, "title", AtomNs)), AsHtml(content), contentIsHtml: true, published, publisher, Link(entry));
            if (article is not null)
            {
                articles.Add(article);
            }
        }

        return articles.Count > 0
            ? articles
            : throw new ArticleFormatException($"none of the feed's {entries.Count} entries has any text") { Line = FeedXml.LineOf(entries[0]) };
    }

    private static string? Link(XElement entry)
    {
        string? any = null;
        foreach (var link in entry.Elements().Where(e => e.Name.LocalName == "link"))
        {
            var rel = link.Attribute("rel")?.Value;
            var href = link.Attribute("href")?.Value;
            if (href is null)
            {
                continue;
            }

            if (rel is null or "alternate")
            {
                return href;
            }

            any ??= href;
        }

        return any;
    }

    /// <summary>An Atom text construct as HTML: text is escaped, html is taken as is, xhtml is the markup inside its div.</summary>
    private static string? AsHtml(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        return element.Attribute("type")?.Value switch
        {
            "html" or "text/html" => element.Value,
            "xhtml" or "application/xhtml+xml" => string.Concat(element.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting))),
            _ => System.Net.WebUtility.HtmlEncode(element.Value),
        };
    }

    private static string? TextOf(XElement? element) =>
        element is null ? null : Html.HtmlText.FromFragment(AsHtml(element) ?? string.Empty);
}
