using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace PolicyQuiz.Generation.Reading.Feeds;

/// <summary>
/// Loads feed XML safely (no DTDs, no external resolution) and turns XML errors into
/// <see cref="ArticleFormatException"/>s that say what is wrong and where ("LINE:COLUMN: …").
/// </summary>
internal static partial class FeedXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CheckCharacters = false,
        MaxCharactersFromEntities = 1024,
    };

    public static XDocument Load(string text)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), Settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            var what = LineInfo().Replace(e.Message, string.Empty).Trim();
            if (e.LineNumber <= 0)
            {
                var doctype = text.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
                if (doctype >= 0)
                {
                    var line = text.AsSpan(0, doctype).Count('\n') + 1;
                    throw new ArticleFormatException("the feed declares a DTD (<!DOCTYPE …>), which is not accepted", e) { Line = line };
                }

                throw new ArticleFormatException($"malformed feed: {what}", e);
            }

            throw new ArticleFormatException($"malformed feed (column {e.LinePosition}): {what}", e) { Line = e.LineNumber };
        }
    }

    /// <summary>Whether a file that is not named as a feed still looks like one: it starts with markup and is not named as another kind of article.</summary>
    public static bool LooksLikeXml(string path, ReadOnlySpan<char> head)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        return ext is not (".md" or ".markdown" or ".txt" or ".html" or ".htm" or ".xhtml")
            && head.TrimStart("\uFEFF \t\r\n").StartsWith('<');
    }

    /// <summary>The text of a child element with this local name (any namespace), or null.</summary>
    public static string? Child(XElement parent, string localName, string? ns = null) =>
        First(parent, localName, ns)?.Value;

    public static XElement? First(XElement parent, string localName, string? ns = null)
    {
        foreach (var e in parent.Elements())
        {
            if (e.Name.LocalName == localName && (ns is null || e.Name.NamespaceName == ns))
            {
                return e;
            }
        }

        return null;
    }

    public static int LineOf(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    [GeneratedRegex(@"\s*Line \d+, position \d+\.\s*$")]
    private static partial Regex LineInfo();
}
