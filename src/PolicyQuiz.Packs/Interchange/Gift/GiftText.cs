using System.Text;

namespace PolicyQuiz.Packs.Interchange.Gift;

/// <summary>
/// GIFT escaping: the characters ~ = # { } : and the backslash itself take a backslash before them;
/// a line break is written \n (a blank line would end the question).
/// </summary>
internal static class GiftText
{
    public const string Specials = "~=#{}:\\";

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\r':
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                default:
                    if (Specials.Contains(c, StringComparison.Ordinal))
                    {
                        builder.Append('\\');
                    }

                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Undoes <see cref="Escape"/>: \x becomes x for the special characters, \n a line break; other backslashes stay.</summary>
    public static string Unescape(string text)
    {
        if (!text.Contains('\\', StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                var next = text[i + 1];
                if (Specials.Contains(next, StringComparison.Ordinal))
                {
                    builder.Append(next);
                    i++;
                    continue;
                }

                if (next == 'n')
                {
                    builder.Append('\n');
                    i++;
                    continue;
                }
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
