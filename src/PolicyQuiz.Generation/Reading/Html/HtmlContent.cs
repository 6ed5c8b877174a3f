namespace PolicyQuiz.Generation.Reading.Html;

/// <summary>
/// Finds the element that holds the article: the &lt;article&gt; with the most paragraph text (when it
/// holds a fair share of the page's), else &lt;main&gt;, else the element whose own paragraphs hold the
/// most text. Boilerplate is skipped throughout; a block marked by class as sharing, related links
/// and the like is skipped only when it holds little of the page's paragraph text.
/// </summary>
internal sealed class HtmlContent
{
    private readonly Dictionary<HtmlElement, Lengths> _lengths = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<HtmlElement, bool> _skip = new(ReferenceEqualityComparer.Instance);
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
        if (!_skip.TryGetValue(element, out var skip))
        {
            skip = HtmlBoilerplate.IsBoilerplate(element)
                || element.Name == "h1"
                || (HtmlBoilerplate.HasMarkerClass(element) && ParagraphText(element) * 2 < _total)
                || IsLinkList(element);
            _skip[element] = skip;
        }

        return skip;
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

    private int ParagraphText(HtmlElement element) => _lengths.GetValueOrDefault(element).Paragraphs;

    /// <summary>Text in the element's own &lt;p&gt; children (and bare text directly in it).</summary>
    private int OwnParagraphText(HtmlElement element)
    {
        var sum = 0;
        foreach (var child in element.Children)
        {
            if (child is HtmlElement { Name: "p" or "blockquote" } p)
            {
                sum += _lengths.GetValueOrDefault(p).Text;
            }
            else if (child is HtmlTextNode text)
            {
                sum += text.Text.AsSpan().Trim().Length;
            }
        }

        return sum;
    }

    /// <summary>Fills the length table bottom-up (iteratively, so any depth is safe) and returns the page's paragraph text.</summary>
    private int Measure(HtmlElement root)
    {
        var order = root.Descendants().ToList();
        for (var i = order.Count - 1; i >= 0; i--)
        {
            var e = order[i];
            if (HtmlBoilerplate.IsBoilerplate(e))
            {
                _lengths[e] = default;
                continue;
            }

            int text = 0, linked = 0, paragraphs = 0;
            foreach (var child in e.Children)
            {
                if (child is HtmlTextNode t)
                {
                    text += t.Text.AsSpan().Trim().Length;
                }
                else if (child is HtmlElement c)
                {
                    var l = _lengths.GetValueOrDefault(c);
                    text += l.Text;
                    linked += c.Name == "a" ? l.Text : l.Linked;
                    paragraphs += l.Paragraphs;
                }
            }

            _lengths[e] = new Lengths(text, linked, e.Name == "p" ? text : paragraphs);
        }

        return _lengths.GetValueOrDefault(root).Paragraphs;
    }

    /// <summary>A list, or a short block, whose text is nearly all links ("Read more: …").</summary>
    private bool IsLinkList(HtmlElement element)
    {
        if (element.Name is not ("ul" or "ol" or "p" or "div" or "li"))
        {
            return false;
        }

        var l = _lengths.GetValueOrDefault(element);
        if (l.Text == 0 || l.Linked * 10 < l.Text * 8)
        {
            return false;
        }

        return element.Name is "ul" or "ol" || l.Text < 200;
    }

    /// <summary>Characters of text under an element (boilerplate left out), of them inside links, and inside paragraphs.</summary>
    private readonly record struct Lengths(int Text, int Linked, int Paragraphs);
}
