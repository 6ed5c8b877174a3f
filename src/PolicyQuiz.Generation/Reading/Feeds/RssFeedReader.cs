namespace PolicyQuiz.Generation.Reading.Feeds;

/// <summary>
/// RSS 2.0 (and RSS 1.0/RDF) feeds: one article per item with its title, pubDate (or dc:date),
/// link, and text from content:encoded or else the description.
/// </summary>
public sealed class RssFeedReader : IArticleReader
{
    private const string ContentNs = "http://purl.org/rss/1.0/modules/content/";

    public bool CanRead(string path, ReadOnlySpan<char> head)
    {
        var ext = Path.GetExtension(path);
        if (ext.Equals(".rss", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (head.IsEmpty)
        {
            return ext.Equals(".xml", StringComparison.OrdinalIgnoreCase);
        }

        return FeedXml.LooksLikeXml(path, head) && (head.Contains("<rss", StringComparison.Ordinal) || head.Contains("<rdf:RDF", StringComparison.Ordinal));
    }

    public IReadOnlyList<Article> Read(string path, string text)
    {
        var root = FeedXml.Load(text).Root!;
        if (root.Name.LocalName is not ("rss" or "RDF"))
        {
            throw new ArticleFormatException($"not an RSS feed: the root element is <{root.Name.LocalName}>") { Line = FeedXml.LineOf(root) };
        }

        var channel = FeedXml.First(root, "channel");
        var publisher = channel is null ? null : FeedXml.Child(channel, "title");
        var items = (channel?.Elements() ?? []).Concat(root.Elements()).Where(e => e.Name.LocalName == "item").ToList();
        if (items.Count == 0)
        {
            throw new ArticleFormatException("the RSS feed has no items") { Line = FeedXml.LineOf(root) };
        }

        var articles = new List<Article>(items.Count);
        var index = 0;
        foreach (var item in items)
        {
            index++;
            var encoded = FeedXml.Child(item, "encoded", ContentNs);
            var content = string.IsNullOrWhiteSpace(encoded) ? FeedXml.Child(item, "description") : encoded;
            var link = FeedXml.Child(item, "link")?.Trim();
            if (string.IsNullOrEmpty(link) && FeedXml.First(item, "guid") is { } guid
                && !string.Equals(guid.Attribute("isPermaLink")?.Value, "false", StringComparison.OrdinalIgnoreCase))
            {
                link = guid.Value.Trim();
            }

            var published = FeedXml.Child(item, "pubDate") ?? FeedXml.Child(item, "date");
            var article = FeedItem.ToArticle(path, index, FeedXml.Child(item, "title"), content, contentIsHtml: true, published, publisher, link);
            if (article is not null)
            {
                articles.Add(article);
            }
        }

        return articles.Count > 0
            ? articles
            : throw new ArticleFormatException($"none of the feed's {items.Count} items has any text") { Line = FeedXml.LineOf(items[0]) };
    }
}
