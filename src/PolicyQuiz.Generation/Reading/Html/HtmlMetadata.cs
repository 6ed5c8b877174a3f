namespace PolicyQuiz.Generation.Reading.Html;

/// <summary>What a page says about itself: title, date, publisher and canonical address.</summary>
internal sealed record HtmlMetadata(string? Title, string? DocumentTitle, string? Heading, DateOnly? Published, string? Publisher, string? Url)
{
    public static HtmlMetadata Read(HtmlElement root, HtmlElement main)
    {
        string? ogTitle = null, docTitle = null, firstHeading = null, mainHeading = null, publisher = null, canonical = null, ogUrl = null;
        string? metaDate = null, timeInMain = null, firstTime = null;
        foreach (var e in root.Descendants())
        {
            switch (e.Name)
            {
                case "title":
                    docTitle ??= Text(e);
                    break;
                case "meta":
                    var key = (e.Attribute("property") ?? e.Attribute("name") ?? e.Attribute("itemprop"))?.Trim().ToLowerInvariant();
                    var content = e.Attribute("content")?.Trim();
                    if (key is null || string.IsNullOrEmpty(content))
                    {
                        break;
                    }

                    switch (key)
                    {
                        case "og:title" or "twitter:title":
                            ogTitle ??= content;
                            break;
                        case "og:site_name" or "publisher" or "dc.publisher" or "citation_publisher" or "application-name":
                            publisher ??= content;
                            break;
                        case "og:url":
                            ogUrl ??= content;
                            break;
                        case "article:published_time" or "datepublished" or "date" or "pubdate" or "publishdate"
                            or "publish-date" or "dc.date" or "dc.date.issued" or "dcterms.created" or "dcterms.date"
                            or "og:published_time" or "citation_publication_date" or "parsely-pub-date" or "sailthru.date":
                            metaDate ??= content;
                            break;
                        default:
                            break;
                    }

                    break;
                case "link":
                    if (canonical is null && e.Attribute("rel") is { } rel
                        && rel.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("canonical", StringComparer.OrdinalIgnoreCase))
                    {
                        canonical = NullIfEmpty(e.Attribute("href")?.Trim());
                    }

                    break;
                case "time":
                    var stamp = NullIfEmpty(e.Attribute("datetime")?.Trim());
                    firstTime ??= stamp;
                    if (timeInMain is null && stamp is not null && (e.IsInside(main) || ReferenceEquals(e, main)))
                    {
                        timeInMain = stamp;
                    }

                    break;
                case "h1":
                    firstHeading ??= NullIfEmpty(Text(e));
                    if (mainHeading is null && e.IsInside(main))
                    {
                        mainHeading = NullIfEmpty(Text(e));
                    }

                    break;
                default:
                    if (e.Attribute("itemprop") is "datePublished" && e.Attribute("datetime") is { } dt)
                    {
                        metaDate ??= dt;
                    }

                    break;
            }
        }

        var date = PageDates.Parse(metaDate) ?? PageDates.Parse(timeInMain) ?? PageDates.Parse(firstTime);
        return new HtmlMetadata(NullIfEmpty(ogTitle), NullIfEmpty(docTitle), mainHeading ?? firstHeading, date, NullIfEmpty(publisher), canonical ?? NullIfEmpty(ogUrl));
    }

    /// <summary>The best title: og:title, the article's heading, or the document title without its site suffix.</summary>
    public string? BestTitle()
    {
        if (Title is not null)
        {
            return Title;
        }

        if (Heading is not null)
        {
            return Heading;
        }

        return DocumentTitle is null ? null : WithoutSiteSuffix(DocumentTitle, Publisher);
    }

    private static string WithoutSiteSuffix(string title, string? site)
    {
        foreach (var separator in (string[])[" | ", " – ", " — ", " - ", " :: "])
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
            {
                var tail = title[(at + separator.Length)..].Trim();
                if ((site is not null && tail.Equals(site, StringComparison.OrdinalIgnoreCase))
                    || (tail.Length < at && tail.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4))
                {
                    return title[..at].Trim();
                }
            }
        }

        return title;
    }

    private static string Text(HtmlElement element) => HtmlTextWriter.Write(element, static _ => false).Trim();

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
