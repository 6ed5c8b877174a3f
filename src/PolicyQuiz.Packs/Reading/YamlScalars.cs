using System.Runtime.CompilerServices;

namespace PolicyQuiz.Packs.Reading;

/// <summary>How the YAML 1.2 core schema resolves a plain (unquoted) scalar: null, bool, integer, float or string.</summary>
internal static class YamlScalars
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ScalarKind ResolvePlain(string text)
    {
        if (text.Length == 0)
        {
            return ScalarKind.Null;
        }

        var first = text[0];
        if (!(first is >= '0' and <= '9' || first is '-' or '+' or '.' or '~' or 'n' or 'N' or 't' or 'T' or 'f' or 'F'))
        {
            return ScalarKind.String;
        }

        return text switch
        {
            "~" or "null" or "Null" or "NULL" => ScalarKind.Null,
            "true" or "True" or "TRUE" or "false" or "False" or "FALSE" => ScalarKind.Bool,
            ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF" or "-.inf" or "-.Inf" or "-.INF" => ScalarKind.Float,
            ".nan" or ".NaN" or ".NAN" => ScalarKind.Float,
            _ when IsInteger(text) => ScalarKind.Integer,
            _ when IsFloat(text) => ScalarKind.Float,
            _ => ScalarKind.String,
        };
    }

    /// <summary>Whether <paramref name="text"/> is a number exactly as JSON spells numbers.</summary>
    public static bool IsJsonNumber(string text)
    {
        var i = 0;
        if (i < text.Length && text[i] == '-')
        {
            i++;
        }

        if (i >= text.Length || !char.IsAsciiDigit(text[i]))
        {
            return false;
        }

        if (text[i] == '0')
        {
            i++;
        }
        else
        {
            i = SkipDigits(text, i);
        }

        if (i < text.Length && text[i] == '.')
        {
            var start = ++i;
            i = SkipDigits(text, i);
            if (i == start)
            {
                return false;
            }
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-')
            {
                i++;
            }

            var start = i;
            i = SkipDigits(text, i);
            if (i == start)
            {
                return false;
            }
        }

        return i == text.Length;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsInteger(string text)
    {
        if (text.Length > 2 && text[0] == '0' && text[1] == 'o')
        {
            return AllOf(text, 2, c => c is >= '0' and <= '7');
        }

        if (text.Length > 2 && text[0] == '0' && text[1] == 'x')
        {
            return AllOf(text, 2, char.IsAsciiHexDigit);
        }

        var start = text[0] is '-' or '+' ? 1 : 0;
        return text.Length > start && AllOf(text, start, char.IsAsciiDigit);
    }

    // [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsFloat(string text)
    {
        var i = text[0] is '-' or '+' ? 1 : 0;
        var digitsBefore = SkipDigits(text, i) - i;
        i += digitsBefore;
        if (i < text.Length && text[i] == '.')
        {
            i++;
            var digitsAfter = SkipDigits(text, i) - i;
            i += digitsAfter;
            if (digitsBefore == 0 && digitsAfter == 0)
            {
                return false;
            }
        }
        else if (digitsBefore == 0)
        {
            return false;
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-')
            {
                i++;
            }

            var exponentDigits = SkipDigits(text, i) - i;
            if (exponentDigits == 0)
            {
                return false;
            }

            i += exponentDigits;
        }

        return i == text.Length;
    }

    private static int SkipDigits(string text, int i)
    {
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool AllOf(string text, int start, Func<char, bool> predicate)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (!predicate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
