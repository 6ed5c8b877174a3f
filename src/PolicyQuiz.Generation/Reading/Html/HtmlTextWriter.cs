using System.Text;

namespace PolicyQuiz.Generation.Reading.Html;

/// <summary>
/// Writes the text of an element as Markdown-like paragraphs: block elements become paragraph
/// breaks, headings "## …", list items "- …", white space inside a paragraph collapses to one space.
/// </summary>
internal sealed class HtmlTextWriter(Func<HtmlElement, bool> skip)
{
    private readonly StringBuilder _out = new();
    private bool _pendingSpace;
    private bool _pendingBreak;

    public static string Write(HtmlElement element, Func<HtmlElement, bool> skip)
    {
        var writer = new HtmlTextWriter(skip);
        writer.Visit(element);
        return writer._out.ToString();
    }

    private void Visit(HtmlElement element)
    {
        foreach (var child in element.Children)
        {
            if (child is HtmlTextNode text)
            {
                Append(text.Text);
                continue;
            }

            var e = (HtmlElement)child;
            if (skip(e))
            {
                continue;
            }

            if (e.Name is "br" or "hr")
            {
                Break();
                continue;
            }

            if (e.Name is "img" or "wbr")
            {
                continue;
            }

            var block = IsBlock(e.Name);
            if (block)
            {
                Break();
                if (e.Name is "h2" or "h3" or "h4" or "h5" or "h6")
                {
                    Prefix("## ");
                }
                else if (e.Name == "li")
                {
                    Prefix("- ");
                }
            }
            else if (e.Name is "td" or "th")
            {
                _pendingSpace = true;
            }

            Visit(e);
            if (block)
            {
                Break();
            }
        }
    }

    private void Prefix(string marker)
    {
        FlushBreak();
        _out.Append(marker);
        _pendingSpace = false;
    }

    private void Break()
    {
        if (_out.Length > 0)
        {
            _pendingBreak = true;
        }

        _pendingSpace = false;
    }

    private void FlushBreak()
    {
        if (_pendingBreak)
        {
            // a paragraph that ended with only a list or heading marker is dropped
            TrimDanglingMarker();
            if (_out.Length > 0)
            {
                _out.Append("\n\n");
            }

            _pendingBreak = false;
        }
    }

    private void TrimDanglingMarker()
    {
        foreach (var marker in (string[])["- ", "## "])
        {
            var at = _out.Length - marker.Length;
            if (at >= 0 && (at == 0 || _out[at - 1] == '\n') && _out.ToString(at, marker.Length) == marker)
            {
                _out.Length = at;
                while (_out.Length > 0 && _out[^1] == '\n')
                {
                    _out.Length--;
                }

                return;
            }
        }
    }

    private void Append(string text)
    {
        foreach (var raw in text)
        {
            var c = raw;
            if (char.IsWhiteSpace(c))
            {
                _pendingSpace = true;
                continue;
            }

            if (c is '\u00ad' or '\u200b' or '\ufeff')
            {
                continue; // soft hyphen, zero-width space and BOM are invisible
            }

            FlushBreak();
            if (_pendingSpace && _out.Length > 0 && _out[^1] != '\n' && _out[^1] != ' ')
            {
                _out.Append(' ');
            }

            _pendingSpace = false;
            _out.Append(c);
        }
    }

    private static bool IsBlock(string name) => name is "p" or "div" or "section" or "article" or "main" or "body"
        or "blockquote" or "pre" or "ul" or "ol" or "li" or "dl" or "dt" or "dd" or "table" or "thead" or "tbody"
        or "tfoot" or "tr" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "address" or "details" or "summary"
        or "center" or "caption" or "html" or "fieldset" or "legend" or "header" or "footer" or "nav" or "aside"
        or "figure" or "figcaption" or "hgroup" or "option";
}
