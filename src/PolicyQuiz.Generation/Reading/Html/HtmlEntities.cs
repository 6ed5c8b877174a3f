using System.Globalization;
using System.Text;

namespace PolicyQuiz.Generation.Reading.Html;

/// <summary>
/// Decodes character references (&amp;amp; &amp;#8217; &amp;#x2019; &amp;nbsp; …). Unknown names and a bare
/// ampersand stay as written; references to NUL or invalid code points are dropped (control characters
/// are kept for the readers' sanitizing to remove with any escape sequence they start), and 128–159 map to the Windows-1252 characters that pages mean by them.
/// </summary>
internal static class HtmlEntities
{
    private static readonly Dictionary<string, string> Named = new(StringComparer.Ordinal)
    {
        ["amp"] = "&",
        ["lt"] = "<",
        ["gt"] = ">",
        ["quot"] = "\"",
        ["apos"] = "'",
        ["nbsp"] = "\u00a0",
        ["ensp"] = "\u2002",
        ["emsp"] = "\u2003",
        ["thinsp"] = "\u2009",
        ["zwnj"] = "\u200c",
        ["zwj"] = "\u200d",
        ["shy"] = "\u00ad",
        ["ndash"] = "\u2013",
        ["mdash"] = "\u2014",
        ["minus"] = "\u2212",
        ["hyphen"] = "\u2010",
        ["lsquo"] = "\u2018",
        ["rsquo"] = "\u2019",
        ["sbquo"] = "\u201a",
        ["ldquo"] = "\u201c",
        ["rdquo"] = "\u201d",
        ["bdquo"] = "\u201e",
        ["laquo"] = "\u00ab",
        ["raquo"] = "\u00bb",
        ["lsaquo"] = "\u2039",
        ["rsaquo"] = "\u203a",
        ["prime"] = "\u2032",
        ["Prime"] = "\u2033",
        ["hellip"] = "\u2026",
        ["bull"] = "\u2022",
        ["middot"] = "\u00b7",
        ["dagger"] = "\u2020",
        ["Dagger"] = "\u2021",
        ["permil"] = "\u2030",
        ["sect"] = "\u00a7",
        ["para"] = "\u00b6",
        ["copy"] = "\u00a9",
        ["reg"] = "\u00ae",
        ["trade"] = "\u2122",
        ["deg"] = "\u00b0",
        ["plusmn"] = "\u00b1",
        ["times"] = "\u00d7",
        ["divide"] = "\u00f7",
        ["frac12"] = "\u00bd",
        ["frac14"] = "\u00bc",
        ["frac34"] = "\u00be",
        ["sup1"] = "\u00b9",
        ["sup2"] = "\u00b2",
        ["sup3"] = "\u00b3",
        ["micro"] = "\u00b5",
        ["euro"] = "\u20ac",
        ["pound"] = "\u00a3",
        ["yen"] = "\u00a5",
        ["cent"] = "\u00a2",
        ["curren"] = "\u00a4",
        ["iexcl"] = "\u00a1",
        ["iquest"] = "\u00bf",
        ["ordf"] = "\u00aa",
        ["ordm"] = "\u00ba",
        ["not"] = "\u00ac",
        ["macr"] = "\u00af",
        ["acute"] = "\u00b4",
        ["cedil"] = "\u00b8",
        ["uml"] = "\u00a8",
        ["brvbar"] = "\u00a6",
        ["larr"] = "\u2190",
        ["rarr"] = "\u2192",
        ["uarr"] = "\u2191",
        ["darr"] = "\u2193",
        ["harr"] = "\u2194",
        ["le"] = "\u2264",
        ["ge"] = "\u2265",
        ["ne"] = "\u2260",
        ["asymp"] = "\u2248",
        ["infin"] = "\u221e",
        ["szlig"] = "\u00df",
        ["Agrave"] = "\u00c0",
        ["Aacute"] = "\u00c1",
        ["Acirc"] = "\u00c2",
        ["Atilde"] = "\u00c3",
        ["Auml"] = "\u00c4",
        ["Aring"] = "\u00c5",
        ["AElig"] = "\u00c6",
        ["Ccedil"] = "\u00c7",
        ["Egrave"] = "\u00c8",
        ["Eacute"] = "\u00c9",
        ["Ecirc"] = "\u00ca",
        ["Euml"] = "\u00cb",
        ["Igrave"] = "\u00cc",
        ["Iacute"] = "\u00cd",
        ["Icirc"] = "\u00ce",
        ["Iuml"] = "\u00cf",
        ["ETH"] = "\u00d0",
        ["Ntilde"] = "\u00d1",
        ["Ograve"] = "\u00d2",
        ["Oacute"] = "\u00d3",
        ["Ocirc"] = "\u00d4",
        ["Otilde"] = "\u00d5",
        ["Ouml"] = "\u00d6",
        ["Oslash"] = "\u00d8",
        ["Ugrave"] = "\u00d9",
        ["Uacute"] = "\u00da",
        ["Ucirc"] = "\u00db",
        ["Uuml"] = "\u00dc",
        ["Yacute"] = "\u00dd",
        ["THORN"] = "\u00de",
        ["agrave"] = "\u00e0",
        ["aacute"] = "\u00e1",
        ["acirc"] = "\u00e2",
        ["atilde"] = "\u00e3",
        ["auml"] = "\u00e4",
        ["aring"] = "\u00e5",
        ["aelig"] = "\u00e6",
        ["ccedil"] = "\u00e7",
        ["egrave"] = "\u00e8",
        ["eacute"] = "\u00e9",
        ["ecirc"] = "\u00ea",
        ["euml"] = "\u00eb",
        ["igrave"] = "\u00ec",
        ["iacute"] = "\u00ed",
        ["icirc"] = "\u00ee",
        ["iuml"] = "\u00ef",
        ["eth"] = "\u00f0",
        ["ntilde"] = "\u00f1",
        ["ograve"] = "\u00f2",
        ["oacute"] = "\u00f3",
        ["ocirc"] = "\u00f4",
        ["otilde"] = "\u00f5",
        ["ouml"] = "\u00f6",
        ["oslash"] = "\u00f8",
        ["ugrave"] = "\u00f9",
        ["uacute"] = "\u00fa",
        ["ucirc"] = "\u00fb",
        ["uuml"] = "\u00fc",
        ["yacute"] = "\u00fd",
        ["thorn"] = "\u00fe",
        ["yuml"] = "\u00ff",
        ["Scaron"] = "\u0160",
        ["scaron"] = "\u0161",
        ["Zcaron"] = "\u017d",
        ["zcaron"] = "\u017e",
        ["OElig"] = "\u0152",
        ["oelig"] = "\u0153",
        ["Yuml"] = "\u0178",
        ["fnof"] = "\u0192",
        ["circ"] = "\u02c6",
        ["tilde"] = "\u02dc",
        ["Ccaron"] = "\u010c",
        ["ccaron"] = "\u010d",
        ["Alpha"] = "\u0391",
        ["alpha"] = "\u03b1",
        ["Beta"] = "\u0392",
        ["beta"] = "\u03b2",
        ["Gamma"] = "\u0393",
        ["gamma"] = "\u03b3",
        ["Delta"] = "\u0394",
        ["delta"] = "\u03b4",
        ["pi"] = "\u03c0",
        ["mu"] = "\u03bc",
        ["Omega"] = "\u03a9",
        ["omega"] = "\u03c9",
    };

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> NamedBySpan = Named.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Windows-1252 meanings of the references 128–159 (0 where the code point is unassigned).</summary>
    private static readonly char[] Windows1252 =
    [
        '\u20ac', '\0', '\u201a', '\u0192', '\u201e', '\u2026', '\u2020', '\u2021', '\u02c6', '\u2030', '\u0160', '\u2039', '\u0152', '\0', '\u017d', '\0',
        '\0', '\u2018', '\u2019', '\u201c', '\u201d', '\u2022', '\u2013', '\u2014', '\u02dc', '\u2122', '\u0161', '\u203a', '\u0153', '\0', '\u017e', '\u0178',
    ];

    public static string Decode(string text) => text.Contains('&', StringComparison.Ordinal) ? Decode(text.AsSpan()) : text;

    public static string Decode(ReadOnlySpan<char> text)
    {
        var amp = text.IndexOf('&');
        if (amp < 0)
        {
            return text.ToString();
        }

        var builder = new StringBuilder(text.Length);
        Append(builder, text);
        return builder.ToString();
    }

    /// <summary>Appends <paramref name="text"/> with its references decoded.</summary>
    public static void Append(StringBuilder builder, ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var amp = text[i..].IndexOf('&');
            if (amp < 0)
            {
                builder.Append(text[i..]);
                return;
            }

            builder.Append(text.Slice(i, amp));
            i += amp;
            i += AppendReference(builder, text, i);
        }
    }

    /// <summary>Decodes the reference at <paramref name="at"/> (an ampersand) and returns how many characters it used.</summary>
    private static int AppendReference(StringBuilder builder, ReadOnlySpan<char> text, int at)
    {
        var rest = text[(at + 1)..];
        if (rest.Length > 1 && rest[0] == '#')
        {
            return AppendNumeric(builder, rest, out var used) ? used + 1 : KeepAmpersand(builder);
        }

        var length = 0;
        while (length < rest.Length && length < 32 && char.IsAsciiLetterOrDigit(rest[length]))
        {
            length++;
        }

        if (length == 0)
        {
            return KeepAmpersand(builder);
        }

        // the longest known name wins; the semicolon is optional as in browsers for the common ones
        for (var n = length; n > 1; n--)
        {
            if (NamedBySpan.TryGetValue(rest[..n], out var value))
            {
                var withSemicolon = n < rest.Length && rest[n] == ';';
                if (!withSemicolon && n != length)
                {
                    continue;
                }

                builder.Append(value);
                return 1 + n + (withSemicolon ? 1 : 0);
            }
        }

        return KeepAmpersand(builder);
    }

    private static int KeepAmpersand(StringBuilder builder)
    {
        builder.Append('&');
        return 1;
    }

    private static bool AppendNumeric(StringBuilder builder, ReadOnlySpan<char> rest, out int used)
    {
        var hex = rest.Length > 2 && (rest[1] == 'x' || rest[1] == 'X');
        var start = hex ? 2 : 1;
        var end = start;
        while (end < rest.Length && end - start < 8 && (hex ? char.IsAsciiHexDigit(rest[end]) : char.IsAsciiDigit(rest[end])))
        {
            end++;
        }

        if (end == start)
        {
            used = 0;
            return false;
        }

        used = end + (end < rest.Length && rest[end] == ';' ? 1 : 0);
        var value = int.Parse(rest[start..end], hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture);
        if (value is >= 0x80 and <= 0x9f)
        {
            var mapped = Windows1252[value - 0x80];
            if (mapped != '\0')
            {
                builder.Append(mapped);
            }

            return true;
        }

        if (value is 0x09 or 0x0a or 0x0d)
        {
            builder.Append(' ');
            return true;
        }

        if (value == 0 || value > 0x10ffff || value is >= 0xd800 and <= 0xdfff)
        {
            return true;
        }

        builder.Append(char.ConvertFromUtf32(value));
        return true;
    }
}
