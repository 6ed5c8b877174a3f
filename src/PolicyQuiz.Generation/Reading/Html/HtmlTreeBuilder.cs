namespace PolicyQuiz.Generation.Reading.Html;

/// <summary>
/// Builds a tree from tokens the way a forgiving browser would, in miniature: void elements never
/// hold children, a new block closes an open paragraph, list items and table cells close their
/// open siblings, an end tag with no open element is ignored, and whatever is open at the end of the
/// file is closed there. Nesting deeper than <see cref="MaxDepth"/> is flattened.
/// </summary>
internal static class HtmlTreeBuilder
{
    public const int MaxDepth = 200;

    public static HtmlElement Build(string html)
    {
        var root = new HtmlElement("#document", []);
        var open = new List<HtmlElement> { root };
        foreach (var token in HtmlTokenizer.Tokenize(html))
        {
            var current = open[^1];
            switch (token.Kind)
            {
                case HtmlTokenKind.Text:
                    current.Add(new HtmlTextNode(token.Text));
                    break;
                case HtmlTokenKind.StartTag:
                    Start(open, token);
                    break;
                case HtmlTokenKind.EndTag:
                    End(open, token.Name);
                    break;
                default:
                    break;
            }
        }

        return root;
    }

    private static void Start(List<HtmlElement> open, HtmlToken token)
    {
        var name = token.Name;
        if (name is "html" or "body" or "head" && open.Exists(e => e.Name == name))
        {
            return; // a second <body> and the like add nothing
        }

        if (name is not ("title" or "meta" or "link" or "style" or "script" or "base" or "noscript" or "template")
            && OpenHead(open) is var head and > 0)
        {
            open.RemoveRange(head, open.Count - head); // a head never closed ends where the page content starts
        }

        if (ClosesParagraph(name))
        {
            CloseParagraph(open);
        }

        switch (name)
        {
            case "li":
                CloseUntil(open, "li", static n => n is "ul" or "ol" or "menu");
                break;
            case "dt" or "dd":
                CloseUntil(open, "dt", static n => n == "dl");
                CloseUntil(open, "dd", static n => n == "dl");
                break;
            case "tr":
                CloseUntil(open, "tr", static n => n is "table" or "thead" or "tbody" or "tfoot");
                break;
            case "td" or "th":
                CloseUntil(open, "td", static n => n is "tr" or "table");
                CloseUntil(open, "th", static n => n is "tr" or "table");
                break;
            case "option":
                CloseUntil(open, "option", static n => n is "select" or "datalist");
                break;
            default:
                break;
        }

        var element = new HtmlElement(name, token.Attributes);
        open[^1].Add(element);
        if (!IsVoid(name) && !token.SelfClosing && open.Count < MaxDepth)
        {
            open.Add(element);
        }
    }

    /// <summary>Where head sits on the open stack (it can only be right under the document or html), or -1.</summary>
    private static int OpenHead(List<HtmlElement> open)
    {
        for (var i = 1; i < Math.Min(open.Count, 3); i++)
        {
            if (open[i].Name == "head")
            {
                return i;
            }
        }

        return -1;
    }

    private static void End(List<HtmlElement> open, string name)
    {
        if (name == "br")
        {
            open[^1].Add(new HtmlElement("br", []));
            return;
        }

        for (var i = open.Count - 1; i > 0; i--)
        {
            if (open[i].Name == name)
            {
                open.RemoveRange(i, open.Count - i);
                return;
            }
        }
    }

    private static void CloseParagraph(List<HtmlElement> open)
    {
        for (var i = open.Count - 1; i > 0; i--)
        {
            var n = open[i].Name;
            if (n == "p")
            {
                open.RemoveRange(i, open.Count - i);
                return;
            }

            if (!IsPhrasing(n))
            {
                return;
            }
        }
    }

    private static void CloseUntil(List<HtmlElement> open, string name, Func<string, bool> boundary)
    {
        for (var i = open.Count - 1; i > 0; i--)
        {
            var n = open[i].Name;
            if (n == name)
            {
                open.RemoveRange(i, open.Count - i);
                return;
            }

            if (boundary(n))
            {
                return;
            }
        }
    }

    private static bool ClosesParagraph(string name) => name is "p" or "div" or "address" or "article" or "aside"
        or "blockquote" or "details" or "dl" or "fieldset" or "figure" or "footer" or "form" or "h1" or "h2" or "h3"
        or "h4" or "h5" or "h6" or "header" or "hr" or "main" or "nav" or "ol" or "pre" or "section" or "table" or "ul"
        or "li" or "figcaption" or "menu";

    internal static bool IsVoid(string name) => name is "area" or "base" or "br" or "col" or "embed" or "hr" or "img"
        or "input" or "link" or "meta" or "param" or "source" or "track" or "wbr" or "keygen";

    private static bool IsPhrasing(string name) => name is "a" or "abbr" or "b" or "bdi" or "bdo" or "cite" or "code"
        or "data" or "dfn" or "em" or "i" or "kbd" or "mark" or "q" or "s" or "samp" or "small" or "span" or "strong"
        or "sub" or "sup" or "time" or "u" or "var" or "font" or "big" or "tt" or "strike" or "del" or "ins" or "label";
}
