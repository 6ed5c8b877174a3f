namespace PolicyQuiz.Generation.Reading.Html;

/// <summary>A node of the parsed page: an element or a run of text.</summary>
internal abstract class HtmlNode
{
    public HtmlElement? Parent { get; set; }
}

/// <summary>Decoded text between tags.</summary>
internal sealed class HtmlTextNode(string text) : HtmlNode
{
    public string Text { get; } = text;
}

/// <summary>An element with lowercase name, attributes as written (values decoded) and children.</summary>
internal sealed class HtmlElement(string name, IReadOnlyList<KeyValuePair<string, string>> attributes) : HtmlNode
{
    public string Name { get; } = name;

    public IReadOnlyList<KeyValuePair<string, string>> Attributes { get; } = attributes;

    public List<HtmlNode> Children { get; } = [];

    public string? Attribute(string name)
    {
        foreach (var (key, value) in Attributes)
        {
            if (key == name)
            {
                return value;
            }
        }

        return null;
    }

    public void Add(HtmlNode node)
    {
        node.Parent = this;
        Children.Add(node);
    }

    /// <summary>This element and all elements below it, in document order (no recursion, so any depth is safe).</summary>
    public IEnumerable<HtmlElement> Descendants()
    {
        var stack = new Stack<(HtmlElement Element, int Next)>();
        yield return this;
        stack.Push((this, 0));
        while (stack.Count > 0)
        {
            var (element, next) = stack.Pop();
            for (var i = next; i < element.Children.Count; i++)
            {
                if (element.Children[i] is HtmlElement child)
                {
                    yield return child;
                    stack.Push((element, i + 1));
                    stack.Push((child, 0));
                    break;
                }
            }
        }
    }

    public bool IsInside(HtmlElement ancestor)
    {
        for (var e = Parent; e is not null; e = e.Parent)
        {
            if (ReferenceEquals(e, ancestor))
            {
                return true;
            }
        }

        return false;
    }
}
