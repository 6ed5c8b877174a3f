namespace PolicyQuiz.Generation.Reading.Html;

/// <summary>Text of an HTML fragment (a feed item's content): entities decoded, boilerplate dropped, blocks as paragraphs.</summary>
public static class HtmlText
{
    public static string FromFragment(string html)
    {
        if (!html.Contains('<', StringComparison.Ordinal) && !html.Contains('&', StringComparison.Ordinal))
        {
            return html.Trim();
        }

        var root = HtmlTreeBuilder.Build(html);
        var content = HtmlContent.Of(root);
        return HtmlTextWriter.Write(root, content.Skip).Trim();
    }
}
