namespace PolicyQuiz.Generation.Reading.Html;

/// <summary>
/// Finds the element that holds the article: the &lt;article&gt; with the most paragraph text (when it
/// holds a fair share of the page's), else &lt;main&gt;, else the element whose own paragraphs hold the
/// most text. Boilerplate is skipped throughout; a block marked by class as sharing, related links
/// and the like is skipped only when it holds little of the page's paragraph text.
/// </summary>
internal sealed class HtmlContent
{
    private readonly Dictionary<HtmlElement, int> _paragraphText = new(ReferenceEqualityComparer.Instance);
    private readonly int _total;

    private HtmlContent(HtmlElement root)
    {
        Root = root;
        _total = Measure(root);
    }

    public HtmlElement Root { get; }

    public static HtmlContent Of(HtmlElement root) => new(root);

    /// <summary>Whether the writer leaves the element out.</summary>
    public bool Skip(HtmlElement element)
    {
        if (HtmlBoilerplate.IsBoilerplate(element) || element.Name == "h1")
        {
            return true;
        }

        if (HtmlBoilerplate.HasMarkerClass(element) && ParagraphText(element) * 2 < _total)
        {
            return true;
        }

        return IsLinkList(element);
    }

    /// <summary>The element whose text is the article.</summary>
    public HtmlElement Main()
    {
        HtmlElement? bestArticle = null, main = null, bestContainer = null;
        var bestArticleText = 0;
        var bestContainerScore = 0;
        foreach (var e in Visible())
        {
            if (e.Name == "article" && ParagraphText(e) > bestArticleText)
            {
                bestArticle = e;
                bestArticleText = ParagraphText(e);
            }
            else if (main is null && (e.Name == "main" || string.Equals(e.Attribute("role"), "main", StringComparison.OrdinalIgnoreCase)))
            {
                main = e;
            }

            var score = OwnParagraphText(e);
            if (score > bestContainerScore)
            {
                bestContainer = e;
                bestContainerScore = score;
            }
        }

        if (bestArticle is not null && bestArticleText * 2 >= bestContainerScore)
        {
            return bestArticle;
        }

        if (main is not null && ParagraphText(main) >= bestContainerScore)
        {
            return main;
        }

        return bestContainer ?? Body();
    }

    public HtmlElement Body() => Visible().FirstOrDefault(e => e.Name == "body") ?? Root;

    /// <summary>Elements not inside skipped ones, in document order.</summary>
    public IEnumerable<HtmlElement> Visible()
    {
        var stack = new Stack<HtmlElement>();
        stack.Push(Root);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            yield return e;
            for (var i = e.Children.Count - 1; i >= 0; i--)
            {
                if (e.Children[i] is HtmlElement child && !Skip(child))
                {
                    stack.Push(child);
                }
            }
        }
    }

    private int ParagraphText(HtmlElement element) => _paragraphText.GetValueOrDefault(element);

    /// <summary>Text in the element's own &lt;p&gt; children (and bare text directly in it).</summary>
    private static int OwnParagraphText(HtmlElement element)
    {
        var sum = 0;
        foreach (var child in element.Children)
        {
            if (child is HtmlElement { Name: "p" or "blockquote" } p && !HtmlBoilerplate.IsBoilerplate(p))
            {
                sum += TextLength(p);
            }
            else if (child is HtmlTextNode text)
            {
                sum += text.Text.AsSpan().Trim().Length;
            }
        }

        return sum;
    }

    /// <summary>Fills the paragraph-text table bottom-up (iteratively) and returns the page total.</summary>
    private int Measure(HtmlElement root)
    {
        var order = root.Descendants().ToList();
        for (var i = order.Count - 1; i >= 0; i--)
        {
            var e = order[i];
            if (HtmlBoilerplate.IsBoilerplate(e))
            {
                _paragraphText[e] = 0;
                continue;
            }

            var sum = e.Name == "p" ? TextLength(e) : 0;
            if (e.Name != "p")
            {
                foreach (var child in e.Children)
                {
                    if (child is HtmlElement c)
                    {
                        sum += _paragraphText.GetValueOrDefault(c);
                    }
                }
            }

            _paragraphText[e] = sum;
        }

        return _paragraphText.GetValueOrDefault(root);
    }

    /// <summary>A list, or a short paragraph, whose text is nearly all links ("Read more: …").</summary>
    private static bool IsLinkList(HtmlElement element)
    {
        if (element.Name is not ("ul" or "ol" or "p" or "div" or "li"))
        {
            return false;
        }

        var (all, linked) = LinkText(element, inLink: false);
        if (all == 0 || linked * 10 < all * 8)
        {
            return false;
        }

        return element.Name is "ul" or "ol" || all < 200;
    }

    private static (int All, int Linked) LinkText(HtmlElement element, bool inLink)
    {
        int all = 0, linked = 0;
        foreach (var child in element.Children)
        {
            if (child is HtmlTextNode text)
            {
                var n = text.Text.AsSpan().Trim().Length;
                all += n;
                linked += inLink ? n : 0;
            }
            else if (child is HtmlElement e && !HtmlBoilerplate.IsBoilerplate(e))
            {
                var (a, l) = LinkText(e, inLink || e.Name == "a");
                all += a;
                linked += l;
            }
        }

        return (all, linked);
    }

    private static int TextLength(HtmlElement element)
    {
        var n = 0;
        foreach (var child in element.Children)
        {
            n += child switch
            {
                HtmlTextNode t => t.Text.AsSpan().Trim().Length,
                HtmlElement e when !HtmlBoilerplate.IsBoilerplate(e) => TextLength(e),
                _ => 0,
            };
        }

        return n;
    }
}
