using PolicyQuiz.Core.Model;
using PolicyQuiz.Generation.Reading.Html;

namespace PolicyQuiz.Generation.Reading.Feeds;

/// <summary>Makes an article of one feed item: HTML in its title and content goes through the page text extraction.</summary>
internal static class FeedItem
{
    public static Article? ToArticle(string path, int index, string? title, string? content, bool contentIsHtml, string? published, string? publisher, string? url)
    {
        var body = Clean.Body(content is null ? string.Empty : contentIsHtml ? HtmlText.FromFragment(content) : content);
        if (body.Length == 0)
        {
            return null;
        }

        var heading = title is null ? string.Empty : Clean.Line(HtmlText.FromFragment(title));
        var fileSlug = Slug.From(Path.GetFileNameWithoutExtension(path), 40);
        var slug = heading.Length > 0 ? Slug.From(heading, 60) : string.Empty;
        return new Article(
            heading.Length > 0 ? heading : $"{publisher ?? Path.GetFileNameWithoutExtension(path)} item {index}",
            PageDates.Parse(published),
            Clean.Optional(publisher),
            Clean.Optional(url),
            body,
            path)
        {
            SourceId = Slug.IsValid(slug) ? slug : $"{(Slug.IsValid(fileSlug) ? fileSlug : "feed")}-{index}",
        };
    }
}
