namespace PolicyQuiz.Core.Model;

/// <summary>Ids of packs, sources and questions: lowercase ASCII letters and digits in hyphen-separated words.</summary>
public static class Slug
{
    public static bool IsValid(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 100 || text[0] == '-' || text[^1] == '-')
        {
            return false;
        }

        var previousHyphen = false;
        foreach (var c in text)
        {
            var hyphen = c == '-';
            if (!(hyphen || c is >= 'a' and <= 'z' || c is >= '0' and <= '9') || (hyphen && previousHyphen))
            {
                return false;
            }

            previousHyphen = hyphen;
        }

        return true;
    }

    /// <summary>Turns any text into a slug ("Who proposed X?" → "who-proposed-x"), at most <paramref name="maxLength"/> characters.</summary>
    public static string From(string text, int maxLength = 60)
    {
        var builder = new System.Text.StringBuilder(Math.Min(text.Length, maxLength));
        var pendingHyphen = false;
        foreach (var raw in text)
        {
            // fold by table: string.Normalize does nothing under invariant globalization
            var c = char.ToLowerInvariant(Study.Diacritics.Fold(raw));
            if (c is >= 'a' and <= 'z' || c is >= '0' and <= '9')
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    if (builder.Length + 1 >= maxLength)
                    {
                        break;
                    }

                    builder.Append('-');
                }

                if (builder.Length >= maxLength)
                {
                    break;
                }

                builder.Append(c);
                pendingHyphen = false;
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(raw) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                pendingHyphen = true;
            }
        }

        return builder.Length == 0 ? "item" : builder.ToString();
    }
}
