using System.Globalization;
using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation.Reading;

/// <summary>
/// Markdown or plain text with optional front matter between `---` lines. Only flat `key: value`
/// pairs are read (title, published, publisher, url); other keys are ignored.
/// </summary>
public sealed class MarkdownArticleReader : IArticleReader
{
    public bool CanRead(string path, ReadOnlySpan<char> head)
    {
        var ext = Path.GetExtension(path);
        return ext.Equals(".md", StringComparison.OrdinalIgnoreCase)
            || ext.Equals(".markdown", StringComparison.OrdinalIgnoreCase)
            || ext.Equals(".txt", StringComparison.OrdinalIgnoreCase)
            || ext.Length == 0;
    }

    public IReadOnlyList<Article> Read(string path, string text) => Read(path, text, text);

    /// <summary>From the loader's buffer: only the body is copied into a string.</summary>
    public IReadOnlyList<Article> Read(string path, ReadOnlySpan<char> text) => Read(path, text, null);

    /// <summary>Reads <paramref name="text"/>; <paramref name="whole"/> is the same text as a string when there is one (the body without front matter is then that string, not a copy).</summary>
    private static IReadOnlyList<Article> Read(string path, ReadOnlySpan<char> text, string? whole)
    {
        string? title = null, publisher = null, url = null;
        DateOnly? published = null;
        var bodyStart = 0;
        var start = text.StartsWith('\uFEFF') ? 1 : 0;
        if (text[start..].StartsWith("---") && IsFenceLine(text, start, out var firstEnd))
        {
            var close = FindClosingFence(text, firstEnd, out var afterClose);
            if (close < 0)
            {
                throw new ArticleFormatException("front matter opened with '---' is never closed") { Line = 1 };
            }

            // line by line over the buffer: only the values of the keys read become strings
            var line = 2;
            var frontMatter = text[firstEnd..close];
            Span<char> key = stackalloc char[16];
            foreach (var range in frontMatter.Split('\n'))
            {
                var entry = frontMatter[range].TrimEnd('\r');
                var colon = entry.IndexOf(':');
                var name = colon > 0 ? entry[..colon].Trim() : default;
                if (colon > 0 && !char.IsWhiteSpace(entry[0]) && entry[0] != '#' && name.Length <= key.Length)
                {
                    IgnoreCase.ToLowerInvariant(name, key);
                    switch (key[..name.Length])
                    {
                        case "title":
                            title = Value(entry[(colon + 1)..]);
                            break;
                        case "publisher":
                            publisher = Value(entry[(colon + 1)..]);
                            break;
                        case "url":
                        case "link":
                            url = Value(entry[(colon + 1)..]);
                            break;
                        case "published":
                        case "date":
                            published = ParseDate(Value(entry[(colon + 1)..]), line);
                            break;
                        default:
                            break;
                    }
                }

                line++;
            }

            bodyStart = afterClose;
        }

        var body = bodyStart == 0 && whole is not null ? whole : text[bodyStart..].ToString();
        if (string.IsNullOrWhiteSpace(title))
        {
            title = FirstHeading(body) ?? Path.GetFileNameWithoutExtension(path);
        }

        return [new Article(title, published, NullIfEmpty(publisher), NullIfEmpty(url), body, path)];
    }

    private static bool IsFenceLine(ReadOnlySpan<char> text, int start, out int nextLine)
    {
        var end = text[start..].IndexOf('\n');
        end = end < 0 ? text.Length : start + end;
        nextLine = end < text.Length ? end + 1 : text.Length;
        return text[start..end].TrimEnd().SequenceEqual("---");
    }

    private static int FindClosingFence(ReadOnlySpan<char> text, int from, out int afterClose)
    {
        var pos = from;
        while (pos < text.Length)
        {
            var end = text[pos..].IndexOf('\n');
            end = end < 0 ? -1 : pos + end;
            var lineEnd = end < 0 ? text.Length : end;
            var line = text[pos..lineEnd].TrimEnd();
            if (line.SequenceEqual("---") || line.SequenceEqual("..."))
            {
                afterClose = end < 0 ? text.Length : end + 1;
                return pos;
            }

            pos = lineEnd + 1;
        }

        afterClose = text.Length;
        return -1;
    }

    /// <summary>A front-matter value: a trailing comment dropped (unless quoted), trimmed, unquoted.</summary>
    private static string Value(ReadOnlySpan<char> value) => Unquote(StripComment(value).Trim()).ToString();

    private static ReadOnlySpan<char> StripComment(ReadOnlySpan<char> value)
    {
        var trimmed = value.TrimStart();
        if (trimmed.StartsWith('"') || trimmed.StartsWith('\''))
        {
            return value;
        }

        var hash = value.IndexOf(" #", StringComparison.Ordinal);
        return hash >= 0 ? value[..hash] : value;
    }

    private static ReadOnlySpan<char> Unquote(ReadOnlySpan<char> value) =>
        value.Length >= 2 && ((value[0] == '"' && value[^1] == '"') || (value[0] == '\'' && value[^1] == '\''))
            ? value[1..^1]
            : value;

    private static DateOnly? ParseDate(string value, int line)
    {
        if (value.Length == 0)
        {
            return null;
        }

        var head = value.Length >= 10 ? value[..10] : value;
        if (DateOnly.TryParseExact(head, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var stamp))
        {
            return DateOnly.FromDateTime(stamp.UtcDateTime);
        }

        throw new ArticleFormatException($"'published' is not a date: {value}") { Line = line };
    }

    private static string? FirstHeading(string body)
    {
        // line by line without splitting the whole body: only the first non-empty line matters
        foreach (var range in body.AsSpan().Split('\n'))
        {
            var line = body.AsSpan(range).Trim();
            if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                return line[2..].Trim().ToString();
            }

            if (line.Length > 0)
            {
                return null;
            }
        }

        return null;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
