using System.Net;
using System.Text.RegularExpressions;

namespace PolicyQuiz.Packs.Interchange.MoodleXml;

/// <summary>Plain text to the HTML Moodle stores (escaped, line breaks as &lt;br&gt;) and back (tags dropped, entities decoded).</summary>
public static partial class HtmlText
{
    public static string FromPlain(string text)
    {
        var encoded = WebUtility.HtmlEncode(text.Replace("\r", string.Empty, StringComparison.Ordinal));
        return encoded.Replace("\n", "<br>", StringComparison.Ordinal);
    }

    public static string ToPlain(string html)
    {
        if (!html.Contains('<', StringComparison.Ordinal) && !html.Contains('&', StringComparison.Ordinal))
        {
            return html;
        }

        var text = SourceBreak().Replace(html, " ");
        text = LineBreak().Replace(text, "\n");
        text = BlockEnd().Replace(text, "\n");
        text = Tag().Replace(text, string.Empty);
        return WebUtility.HtmlDecode(text).Trim();
    }

    [GeneratedRegex(@"[\r\n\t]+")]
    private static partial Regex SourceBreak();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"</(p|div|li|h[1-6])\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();
}
