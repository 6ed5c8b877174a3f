using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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
        if (raw.Length > 0 && raw[0] != ' ' && raw[^1] != ' ' && IsPlainSingleSpaced(raw))
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

    /// <summary>
    /// Whether the text is printable ASCII with no two spaces in a row (<c>!ContainsAnyExceptInRange(' ', '~') &amp;&amp; !Contains("  ")</c>),
    /// read in one pass of eight characters a step.
    /// </summary>
    internal static bool IsPlainSingleSpaced(ReadOnlySpan<char> text)
    {
        var i = 0;
        ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        for (; i + 9 <= text.Length; i += 8)
        {
            // the eight characters from i and the eight from i + 1: a space in both at one lane is a space followed by a space
            var here = Vector128.LoadUnsafe(ref chars, (nuint)i);
            var next = Vector128.LoadUnsafe(ref chars, (nuint)i + 1);
            var outside = Vector128.GreaterThan(here - Vector128.Create((ushort)' '), Vector128.Create((ushort)('~' - ' ')));
            var doubled = Vector128.Equals(here, Vector128.Create((ushort)' ')) & Vector128.Equals(next, Vector128.Create((ushort)' '));
            if ((outside | doubled) != Vector128<ushort>.Zero)
            {
                return false;
            }
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c is < ' ' or > '~' || (c == ' ' && i + 1 < text.Length && text[i + 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }

    internal static NormalizedText Create(string raw, string text, OffsetMap map) => new(raw, text, map);
}
