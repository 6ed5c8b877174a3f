namespace PolicyQuiz.Generation.Text;

/// <summary>
/// Article text with typographic variants folded (quotes, dashes, spaces), control characters and
/// escape sequences removed, and a map back to the raw text so evidence is quoted as written.
/// </summary>
public sealed class NormalizedText
{
    private readonly string _raw;
    private readonly OffsetMap _map;

    private NormalizedText(string raw, string text, OffsetMap map)
    {
        _raw = raw;
        Text = text;
        _map = map;
    }

    public string Text { get; }

    /// <summary>The raw text between two normalised offsets, whitespace runs collapsed to one space.</summary>
    public string Original(int start, int end)
    {
        if (end <= start)
        {
            return string.Empty;
        }

        var rawStart = _map.Raw(start);
        var rawEnd = _map.Raw(end - 1) + 1;
        var raw = _raw.AsSpan(rawStart, rawEnd - rawStart);
        if (raw.Length > 0 && raw[0] != ' ' && raw[^1] != ' ' && !raw.ContainsAnyExceptInRange(' ', '~') && !raw.Contains("  ", StringComparison.Ordinal))
        {
            // printable ASCII with single spaces: nothing to collapse or drop
            return _raw.Substring(rawStart, rawEnd - rawStart);
        }

        var builder = new System.Text.StringBuilder(rawEnd - rawStart);
        var space = false;
        for (var i = rawStart; i < rawEnd; i++)
        {
            var c = _raw[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (char.IsWhiteSpace(c) && c != '\u00a0' && c != '\u200b')
                {
                    space = true;
                }
                else if (c == '\u00a0')
                {
                    space = true;
                }

                continue;
            }

            if (TextNormalizer.IsInvisible(c))
            {
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    internal static NormalizedText Create(string raw, string text, OffsetMap map) => new(raw, text, map);
}
