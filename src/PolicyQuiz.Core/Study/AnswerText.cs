using System.Globalization;
using System.Text;

namespace PolicyQuiz.Core.Study;

/// <summary>
/// Normalises typed answers so that only what matters is compared: case, diacritics, punctuation,
/// spacing and a leading article (the, a, an) are ignored. "The Strait of Hormuz." and
/// "strait of hormuz" normalise alike; "U.S." becomes "us"; "&amp;" reads as "and".
/// </summary>
public static class AnswerText
{
    private static readonly string[] Articles = ["the ", "a ", "an "];

    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text)
        {
            var c = raw;
            if (c >= '\u0080')
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
                {
                    continue;
                }

                c = Diacritics.Fold(c);
            }

            // Dots and apostrophes join what they separate: "U.S." → "us", "O'Neil" → "oneil".
            if (c is '.' or '\'' or '’' or '‘' or 'ʼ' or '`' or '´')
            {
                continue;
            }

            c = char.ToLowerInvariant(c);
            var letters = c switch
            {
                'ß' => "ss",
                'æ' => "ae",
                'œ' => "oe",
                'þ' => "th",
                _ => null,
            };
            var word = c switch
            {
                '&' => "and",
                '%' => "percent",
                _ => null,
            };
            c = c switch
            {
                'ø' => 'o',
                'đ' or 'ð' => 'd',
                'ł' => 'l',
                'ı' => 'i',
                _ => c,
            };

            if (word is not null)
            {
                if (builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(word);
                pendingSpace = true;
            }
            else if (letters is not null || char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                if (letters is not null)
                {
                    builder.Append(letters);
                }
                else
                {
                    builder.Append(c);
                }
            }
            else
            {
                pendingSpace = true;
            }
        }

        // every leading article, not just the first ("a a team" → "team"), so that normalising twice changes nothing
        var result = builder.ToString();
        var start = 0;
        for (var stripped = true; stripped;)
        {
            stripped = false;
            foreach (var article in Articles)
            {
                if (result.Length - start > article.Length && result.AsSpan(start).StartsWith(article, StringComparison.Ordinal))
                {
                    start += article.Length;
                    stripped = true;
                    break;
                }
            }
        }

        return start == 0 ? result : result[start..];
    }

    /// <summary>The digits of a normalised answer, in order: numbers must match exactly, never as a typo.</summary>
    public static string Digits(string normalized)
    {
        var builder = new StringBuilder();
        foreach (var c in normalized)
        {
            if (c is >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>How many letters and digits a normalised answer has (spaces do not count).</summary>
    public static int LetterCount(string normalized) => normalized.Count(c => c != ' ');
}
