using System.Text;

namespace PolicyQuiz.Generation.Reading.Html;

/// <summary>
/// A tolerant HTML tokenizer: comments, doctypes and processing instructions are skipped; a stray
/// `&lt;` is text; a tag cut off by the end of the file ends there; script, style and the like hold
/// raw text up to their end tag. Never throws on any input.
/// </summary>
internal static class HtmlTokenizer
{
    private static readonly KeyValuePair<string, string>[] NoAttributes = [];

    public static IEnumerable<HtmlToken> Tokenize(string html)
    {
        var i = 0;
        var text = new StringBuilder();
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0)
            {
                HtmlEntities.Append(text, html.AsSpan(i));
                break;
            }

            HtmlEntities.Append(text, html.AsSpan(i, lt - i));
            i = lt;
            var next = lt + 1 < html.Length ? html[lt + 1] : '\0';
            if (next == '!' || next == '?')
            {
                i = SkipMarkup(html, lt);
                continue;
            }

            var isEnd = next == '/';
            var nameStart = isEnd ? lt + 2 : lt + 1;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                if (isEnd && nameStart < html.Length && html[nameStart] == '>')
                {
                    i = nameStart + 1; // "</>" is nothing
                    continue;
                }

                text.Append('<');
                i = lt + 1;
                continue;
            }

            if (text.Length > 0)
            {
                yield return new HtmlToken(HtmlTokenKind.Text, string.Empty, text.ToString(), NoAttributes, false);
                text.Clear();
            }

            var nameEnd = nameStart;
            while (nameEnd < html.Length && !IsNameEnd(html[nameEnd]))
            {
                nameEnd++;
            }

            var name = html[nameStart..nameEnd].ToLowerInvariant();
            if (isEnd)
            {
                var close = html.IndexOf('>', nameEnd);
                i = close < 0 ? html.Length : close + 1;
                yield return new HtmlToken(HtmlTokenKind.EndTag, name, string.Empty, NoAttributes, false);
                continue;
            }

            var attributes = ReadAttributes(html, nameEnd, out i, out var selfClosing);
            yield return new HtmlToken(HtmlTokenKind.StartTag, name, string.Empty, attributes, selfClosing);
            if (!selfClosing && IsRawText(name))
            {
                var end = FindEndTag(html, i, name);
                var raw = html.AsSpan(i, end - i);
                if (raw.Length > 0)
                {
                    var content = name is "title" or "textarea" ? HtmlEntities.Decode(raw) : raw.ToString();
                    yield return new HtmlToken(HtmlTokenKind.Text, string.Empty, content, NoAttributes, false);
                }

                i = end;
            }
        }

        if (text.Length > 0)
        {
            yield return new HtmlToken(HtmlTokenKind.Text, string.Empty, text.ToString(), NoAttributes, false);
        }
    }

    private static bool IsRawText(string name) =>
        name is "script" or "style" or "title" or "textarea" or "xmp" or "iframe" or "noembed" or "noframes" or "noscript" or "template";

    private static bool IsNameEnd(char c) => char.IsWhiteSpace(c) || c is '>' or '/' or '<';

    private static int SkipMarkup(string html, int lt)
    {
        if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
        {
            var close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
            return close < 0 ? html.Length : close + 3;
        }

        if (string.CompareOrdinal(html, lt, "<![CDATA[", 0, 9) == 0)
        {
            var close = html.IndexOf("]]>", lt + 9, StringComparison.Ordinal);
            return close < 0 ? html.Length : close + 3;
        }

        var end = html.IndexOf('>', lt + 1);
        return end < 0 ? html.Length : end + 1;
    }

    /// <summary>Position of "&lt;/name" (any case) at or after <paramref name="from"/>, or the end of the text.</summary>
    private static int FindEndTag(string html, int from, string name)
    {
        var i = from;
        while (true)
        {
            var lt = html.IndexOf("</", i, StringComparison.Ordinal);
            if (lt < 0)
            {
                return EndOfUnclosed(html, from);
            }

            var after = lt + 2 + name.Length;
            if (after <= html.Length
                && html.AsSpan(lt + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (after == html.Length || IsNameEnd(html[after])))
            {
                return lt;
            }

            i = lt + 2;
        }
    }

    /// <summary>A raw-text element never closed (a lost &lt;/title&gt;) ends where the next tag starts, not at the end of the page.</summary>
    private static int EndOfUnclosed(string html, int from)
    {
        var i = from;
        while (true)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                return html.Length;
            }

            if (char.IsAsciiLetter(html[lt + 1]) || html[lt + 1] is '/' or '!')
            {
                return lt;
            }

            i = lt + 1;
        }
    }

    private static KeyValuePair<string, string>[] ReadAttributes(string html, int from, out int next, out bool selfClosing)
    {
        List<KeyValuePair<string, string>>? attributes = null;
        selfClosing = false;
        var i = from;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '>')
            {
                next = i + 1;
                return attributes?.ToArray() ?? NoAttributes;
            }

            if (c == '<')
            {
                // a tag never closed: the next tag starts here
                next = i;
                return attributes?.ToArray() ?? NoAttributes;
            }

            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (c == '/')
            {
                selfClosing = i + 1 < html.Length && html[i + 1] == '>';
                i++;
                continue;
            }

            selfClosing = false;
            var nameStart = i++;
            while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('=' or '>' or '/' or '<'))
            {
                i++;
            }

            var name = html[nameStart..i].ToLowerInvariant();
            while (i < html.Length && char.IsWhiteSpace(html[i]))
            {
                i++;
            }

            var value = string.Empty;
            if (i < html.Length && html[i] == '=')
            {
                i++;
                while (i < html.Length && char.IsWhiteSpace(html[i]))
                {
                    i++;
                }

                if (i < html.Length && html[i] is '"' or '\'')
                {
                    var quote = html[i];
                    var close = html.IndexOf(quote, i + 1);
                    if (close < 0)
                    {
                        // a quote never closed ends at the end of the tag
                        close = html.IndexOf('>', i + 1);
                        close = close < 0 ? html.Length : close;
                        value = HtmlEntities.Decode(html.AsSpan(i + 1, close - i - 1));
                        i = close;
                    }
                    else
                    {
                        value = HtmlEntities.Decode(html.AsSpan(i + 1, close - i - 1));
                        i = close + 1;
                    }
                }
                else
                {
                    var start = i;
                    while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>')
                    {
                        i++;
                    }

                    value = HtmlEntities.Decode(html.AsSpan(start, i - start));
                }
            }

            (attributes ??= []).Add(new(name, value));
        }

        next = html.Length;
        return attributes?.ToArray() ?? NoAttributes;
    }
}
