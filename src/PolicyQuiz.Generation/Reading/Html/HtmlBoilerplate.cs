namespace PolicyQuiz.Generation.Reading.Html;

/// <summary>
/// Which elements are not part of an article's text: navigation, page header and footer, asides,
/// scripts and styles, forms, hidden elements, and blocks whose class, id or role marks them as
/// sharing, related links, subscription, comments, cookie banners or advertising.
/// </summary>
internal static class HtmlBoilerplate
{
    private static readonly HashSet<string> MarkerWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "sharing", "sharebar", "social", "related", "subscribe", "subscription", "newsletter", "signup",
        "cookie", "cookies", "consent", "gdpr", "banner", "advert", "advertisement", "ad", "ads", "adslot", "promo",
        "sponsored", "comments", "comment", "breadcrumb", "breadcrumbs", "sidebar", "menu", "nav", "navbar",
        "navigation", "popup", "modal", "paywall", "masthead", "toolbar", "recommended", "recirculation", "outbrain",
        "taboola", "byline", "tags", "footer", "skiplink", "trending", "most-read", "mostread", "disclaimer",
    };

    private static readonly HashSet<string> MarkerRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar",
    };

    /// <summary>Elements dropped whatever they hold.</summary>
    public static bool IsNeverText(HtmlElement element) => element.Name is "script" or "style" or "noscript"
        or "template" or "svg" or "math" or "canvas" or "iframe" or "object" or "embed" or "form" or "button"
        or "input" or "select" or "textarea" or "label" or "nav" or "aside" or "footer" or "header" or "head"
        or "title" or "meta" or "link" or "figure" or "figcaption" or "picture" or "video" or "audio" or "map"
        or "dialog" or "menu" or "noembed" or "noframes" or "xmp";

    /// <summary>Dropped by its tag, role or hidden state.</summary>
    public static bool IsBoilerplate(HtmlElement element)
    {
        if (IsNeverText(element))
        {
            return true;
        }

        if (element.Attribute("hidden") is not null
            || string.Equals(element.Attribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
            || IsHiddenByStyle(element.Attribute("style")))
        {
            return true;
        }

        if (element.Attribute("role") is { } role && MarkerRoles.Contains(role.Trim()))
        {
            return true;
        }

        return false;
    }

    /// <summary>Whether the class or id marks the element as a share, related, cookie (…) block; never the page's frame or its article.</summary>
    public static bool HasMarkerClass(HtmlElement element) =>
        element.Name is not ("html" or "body" or "main" or "article" or "#document")
        && (HasMarker(element.Attribute("class")) || HasMarker(element.Attribute("id")));

    private static bool IsHiddenByStyle(string? style)
    {
        if (style is null)
        {
            return false;
        }

        var compact = style.Replace(" ", string.Empty, StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A class word or one of its hyphen/underscore parts is a marker ("share-tools", "cookie_banner").</summary>
    private static bool HasMarker(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        foreach (var word in value.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.StartsWith("has-", StringComparison.OrdinalIgnoreCase)
                || word.StartsWith("with-", StringComparison.OrdinalIgnoreCase)
                || word.StartsWith("no-", StringComparison.OrdinalIgnoreCase)
                || word.StartsWith("is-", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (MarkerWords.Contains(word))
            {
                return true;
            }

            foreach (var part in word.Split((char[])['-', '_', '.', ':'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (MarkerWords.Contains(part))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
