using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation;

/// <summary>Builds question text from token ranges: spacing as in the article, skipped ranges left out.</summary>
internal sealed class Phrase
{
    private static readonly SearchValues<char> QuotesAndBrackets = SearchValues.Create("\"()");

    private readonly Document _doc;
    private readonly StringBuilder _builder = new(128);
    private int _last = -1;

    // the builder's last character, kept as it is written (the StringBuilder indexer walks its chunks)
    private char _tail;

    public Phrase(Document doc) => _doc = doc;

    public int Length => _builder.Length;

    /// <summary>A cloze gap standing for tokens [start, end): spaced as those tokens were ("\"_____\"", "_____'s").</summary>
    public Phrase Gap(int start, int end)
    {
        var t = _doc.Tokens;
        var glue = _last >= 0 && _last == start - 1 && t[start - 1].End == t[start].Start;
        if (_builder.Length > 0 && !glue && _tail != ' ' && _tail is not ('(' or '$'))
        {
            Append(' ');
        }

        Append("_____");
        _last = end - 1;
        return this;
    }

    public Phrase Word(string word)
    {
        if (word.Length == 0)
        {
            return this;
        }

        if (_builder.Length > 0 && _tail != ' ')
        {
            Append(' ');
        }

        Append(word);
        _last = -1;
        return this;
    }

    /// <summary>Appends tokens [start, end) except those in <paramref name="clause"/>'s skips and the excluded ranges.</summary>
    public Phrase Tokens(int start, int end, Clause? clause = null, (int Start, int End) exclude = default, (int Start, int End) exclude2 = default, bool lowerFirst = false)
    {
        var t = _doc.Tokens;
        for (var k = start; k < end; k++)
        {
            if ((clause is not null && clause.Skipped(k)) || (k >= exclude.Start && k < exclude.End) || (k >= exclude2.Start && k < exclude2.End))
            {
                continue;
            }

            var tok = t[k];
            var text = tok.Text;
            if (lowerFirst && _builder.Length == 0 || lowerFirst && k == start && ShouldLower(tok, k))
            {
                if (ShouldLower(tok, k))
                {
                    text = tok.Lower;
                }
            }

            var glue = _last >= 0 && _last == k - 1 && t[k - 1].End == tok.Start;
            var noSpace = glue || tok.Lower == "'s" || (tok.Kind == TokenKind.Punct && tok.Text[0] is ',' or '.' or ')' or ';' or ':' or '%') || (_builder.Length > 0 && _tail is '(' or '$');
            if (_builder.Length > 0 && !noSpace && _tail != ' ')
            {
                Append(' ');
            }

            Append(text);
            _last = k;
        }

        return this;
    }

    private void Append(char c)
    {
        _builder.Append(c);
        _tail = c;
    }

    private void Append(string text)
    {
        if (text.Length > 0)
        {
            _builder.Append(text);
            _tail = text[^1];
        }
    }

    private bool ShouldLower(Token tok, int k) =>
        tok.IsCapitalized && _doc.MentionOf(k) is null && !_doc.RoleTokens.Contains(k) && !tok.IsAllCaps
        && (Lexicon.IsCommon(tok.Lower) || _doc.Sentences[_doc.SentenceOf[k]].Start == k);

    public string Question()
    {
        var text = Clean(_builder.ToString());
        if (text.Length == 0)
        {
            return text;
        }

        ReadOnlySpan<char> first = [char.ToUpperInvariant(text[0])];
        return string.Concat(first, text.AsSpan(1), "?");
    }

    public override string ToString() => Clean(_builder.ToString());

    internal static string Clean(string text)
    {
        var s = text.Trim().TrimEnd(',', ';', ':', '-', '\u2014', ' ');
        if (Tidy(s))
        {
            return s.Trim();
        }

        // unbalanced quotes and brackets read badly in a question
        if (Count(s, '"') % 2 == 1)
        {
            s = s.Replace("\"", string.Empty, StringComparison.Ordinal);
        }

        if (Count(s, '(') != Count(s, ')'))
        {
            s = s.Replace("(", string.Empty, StringComparison.Ordinal).Replace(")", string.Empty, StringComparison.Ordinal);
        }

        while (s.Contains("  ", StringComparison.Ordinal))
        {
            s = s.Replace("  ", " ", StringComparison.Ordinal);
        }

        return s.Replace(" ,", ",", StringComparison.Ordinal).Trim();
    }

    private static int Count(string s, char c) => s.AsSpan().Count(c);

    /// <summary>
    /// Whether <see cref="Clean"/> surely has nothing to mend: no quote or bracket at all, no double space and no space
    /// before a comma. Eight characters at a time: every candidate's prompt passes here.
    /// </summary>
    private static bool Tidy(string s)
    {
        var span = s.AsSpan();
        if (span.ContainsAny(QuotesAndBrackets))
        {
            return false;
        }

        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(span));
            var space = Vector128.Create((ushort)' ');
            var comma = Vector128.Create((ushort)',');
            for (; i + Vector128<ushort>.Count < span.Length; i += Vector128<ushort>.Count)
            {
                var here = Vector128.LoadUnsafe(ref start, (nuint)i);
                var next = Vector128.LoadUnsafe(ref start, (nuint)(i + 1));
                if ((Vector128.Equals(here, space) & (Vector128.Equals(next, space) | Vector128.Equals(next, comma))) != Vector128<ushort>.Zero)
                {
                    return false;
                }
            }
        }

        for (; i + 1 < span.Length; i++)
        {
            if (span[i] == ' ' && span[i + 1] is ' ' or ',')
            {
                return false;
            }
        }

        return true;
    }
}
