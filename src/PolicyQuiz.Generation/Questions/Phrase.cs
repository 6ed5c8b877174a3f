using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation;

/// <summary>Builds question text from token ranges: spacing as in the article, skipped ranges left out.</summary>
internal sealed class Phrase
{
    // what Clean trims from the end of a phrase
    private const string TrimmedAtEnd = ",;:-\u2014 ";

    // two buffers kept per thread: a phrase takes one when made and gives it back when its text is taken (every
    // candidate's prompt is written here; phrases are made and finished one after another, or two at once when
    // cloze gaps are cut from a sentence written whole)
    [ThreadStatic]
    private static char[]? t_spare;

    [ThreadStatic]
    private static char[]? t_spare2;

    private readonly Document _doc;
    private char[] _chars;
    private int _length;
    private int _last = -1;
    private bool _taken;

    public Phrase(Document doc)
    {
        _doc = doc;
        if (t_spare is { } spare)
        {
            _chars = spare;
            t_spare = null;
        }
        else if (t_spare2 is { } spare2)
        {
            _chars = spare2;
            t_spare2 = null;
        }
        else
        {
            _chars = new char[256];
        }
    }

    public int Length => _length;

    // the last character written
    private char Tail => _chars[_length - 1];

    /// <summary>A cloze gap standing for tokens [start, end): spaced as those tokens were ("\"_____\"", "_____'s").</summary>
    public Phrase Gap(int start, int end)
    {
        var t = _doc.Tokens;
        var glue = _last >= 0 && _last == start - 1 && t[start - 1].End == t[start].Start;
        if (_length > 0 && !glue && Tail != ' ' && Tail is not ('(' or '$'))
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

        if (_length > 0 && Tail != ' ')
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
        var t = CollectionsMarshal.AsSpan(_doc.Tokens);
        for (var k = start; k < end; k++)
        {
            if ((clause is not null && clause.Skipped(k)) || (k >= exclude.Start && k < exclude.End) || (k >= exclude2.Start && k < exclude2.End))
            {
                continue;
            }

            ref readonly var tok = ref t[k];
            var text = tok.Text;
            if (lowerFirst && _length == 0 || lowerFirst && k == start && ShouldLower(tok, k))
            {
                if (ShouldLower(tok, k))
                {
                    text = tok.Lower;
                }
            }

            WriteToken(t, tok, k, text);
        }

        return this;
    }

    /// <summary>Writes token <paramref name="k"/> as <paramref name="text"/>, after a space when <see cref="SpaceBefore(ReadOnlySpan{Token}, in Token, int)"/> asks for one; returns where the text begins.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int WriteToken(ReadOnlySpan<Token> t, in Token tok, int k, string text)
    {
        // the buffer and length read into locals once (room for the text and a space is made first: the buffer only grows sooner)
        var chars = _chars;
        var length = _length;
        if (length + text.Length >= chars.Length)
        {
            Grow(text.Length + 1);
            chars = _chars;
        }

        if (SpaceBefore(chars, length, _last, t, tok, k))
        {
            chars[length++] = ' ';
        }

        Copy(text, chars, length);
        _length = length + text.Length;
        _last = k;
        return length;
    }

    /// <summary>
    /// Copies <paramref name="text"/> into <paramref name="chars"/> at <paramref name="at"/> (room checked by the slice): a short text by
    /// two overlapping reads of its first and last characters, without a call or a loop.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Copy(string text, char[] chars, int at)
    {
        var n = text.Length;
        var to = chars.AsSpan(at, n);
        if (n > 16)
        {
            text.CopyTo(to);
            return;
        }

        if (n == 0)
        {
            return;
        }

        ref var from = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(text.AsSpan()));
        ref var into = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(to));
        // the text as two blocks of the widest size that fits, the second ending where the text ends (they may overlap)
        if (n >= 8)
        {
            CopyOverlapping<Vector128<byte>>(ref from, ref into, 2 * n);
        }
        else if (n >= 4)
        {
            CopyOverlapping<ulong>(ref from, ref into, 2 * n);
        }
        else if (n >= 2)
        {
            CopyOverlapping<uint>(ref from, ref into, 2 * n);
        }
        else
        {
            to[0] = text[0];
        }
    }

    /// <summary>Copies <paramref name="bytes"/> bytes (at least one <typeparamref name="T"/>'s size, at most two) as a
    /// first block and a last block: both lie inside the source and the target.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CopyOverlapping<T>(ref byte from, ref byte into, int bytes)
        where T : unmanaged
    {
        var tail = bytes - Unsafe.SizeOf<T>();
        var head = Unsafe.ReadUnaligned<T>(ref from);
        var last = Unsafe.ReadUnaligned<T>(ref Unsafe.Add(ref from, tail));
        Unsafe.WriteUnaligned(ref into, head);
        Unsafe.WriteUnaligned(ref Unsafe.Add(ref into, tail), last);
    }

    /// <summary>Whether a space goes before token <paramref name="k"/> written next, after what the phrase holds now.</summary>
    private bool SpaceBefore(ReadOnlySpan<Token> t, in Token tok, int k) => SpaceBefore(_chars, _length, _last, t, tok, k);

    /// <summary>
    /// Whether a space goes before token <paramref name="k"/> written next, after the <paramref name="length"/> characters of
    /// <paramref name="chars"/> whose last token was <paramref name="last"/> (-1 when the text does not end with a token).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SpaceBefore(char[] chars, int length, int last, ReadOnlySpan<Token> t, in Token tok, int k)
    {
        // the cheap tests first: nothing written yet, or after a space, "(" or "$"
        if (length == 0 || chars[length - 1] is ' ' or '(' or '$')
        {
            return false;
        }

        var glue = last >= 0 && last == k - 1 && t[k - 1].End == tok.Start;
        return !glue && !(tok.Kind == TokenKind.Punct && tok.Text[0] is ',' or '.' or ')' or ';' or ':' or '%') && tok.Lower != "'s";
    }

    /// <summary>
    /// Writes tokens [start, end) as <see cref="Tokens"/> does, noting for each token k where the text before it ends
    /// (<paramref name="before"/>[k - start], ahead of any space) and where its own text begins (<paramref name="at"/>[k - start]).
    /// </summary>
    public Phrase TokensNoted(int start, int end, int[] before, int[] at)
    {
        var t = CollectionsMarshal.AsSpan(_doc.Tokens);
        var notedBefore = before.AsSpan(0, end - start);
        var notedAt = at.AsSpan(0, end - start);
        for (var k = start; k < end; k++)
        {
            ref readonly var tok = ref t[k];
            notedBefore[k - start] = _length;
            notedAt[k - start] = WriteToken(t, tok, k, tok.Text);
        }

        return this;
    }

    /// <summary>
    /// The text of <c>new Phrase(doc).Tokens(start, gapStart).Gap(gapStart, gapEnd).Tokens(gapEnd, end).ToString()</c>, cut from
    /// this phrase, which wrote tokens [start, end) with <see cref="TokensNoted"/>: the text before the gap is the same, and so is
    /// the text after the gap's first token, whose space is decided anew after the gap. Null when the cut does not apply.
    /// A cloze cuts up to three gaps into one sentence: it is written once, not once per gap.
    /// </summary>
    public string? WithGap(int start, int end, int gapStart, int gapEnd, int[] before, int[] at)
    {
        var t = CollectionsMarshal.AsSpan(_doc.Tokens);
        if (gapStart < start || gapEnd < gapStart || gapEnd > end || gapEnd < end && t[gapEnd].Text.Length == 0)
        {
            // an empty token would leave a different last character after the gap than after itself
            return null;
        }

        var written = _chars.AsSpan(0, _length);
        var p = new Phrase(_doc);
        p.Append(written[..before[gapStart - start]]);
        p._last = gapStart > start ? gapStart - 1 : -1;
        p.Gap(gapStart, gapEnd);
        if (gapEnd < end)
        {
            if (p.SpaceBefore(t, t[gapEnd], gapEnd))
            {
                p.Append(' ');
            }

            p.Append(written[at[gapEnd - start]..]);
        }

        return p.ToString();
    }

    /// <summary>Gives the buffer back without taking the text (a phrase written only to be cut from).</summary>
    public void Drop()
    {
        if (!_taken)
        {
            _taken = true;
            Release();
        }
    }

    private void Append(char c)
    {
        if (_length == _chars.Length)
        {
            Grow(1);
        }

        _chars[_length++] = c;
    }

    // inlined: every token of every prompt is appended here
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Append(ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _chars.Length)
        {
            Grow(text.Length);
        }

        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
    }

    private void Grow(int more)
    {
        Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + more));
    }

    private bool ShouldLower(in Token tok, int k) =>
        tok.IsCapitalized && !_doc.RoleTokens.Contains(k) && !tok.IsAllCaps
        && (_doc.MentionOf(k) is null && (_doc.Words.IsCommon(k) || _doc.Sentences[_doc.SentenceOf[k]].Start == k)
            || _doc.MentionOf(k) is { Type: EntityType.Time } && _doc.Words.IsCommon(k) && _doc.Sentences[_doc.SentenceOf[k]].Start == k);

    /// <summary>The phrase as a question: cleaned, its first letter capitalised, a question mark at the end. A phrase's text is taken once.</summary>
    public string Question()
    {
        var written = Take();
        if (TryTidy(written, out var tidy))
        {
            var question = tidy.Length == 0 ? string.Empty : string.Create(tidy.Length + 1, tidy, static (chars, text) =>
            {
                chars[0] = char.ToUpperInvariant(text[0]);
                text[1..].CopyTo(chars[1..]);
                chars[^1] = '?';
            });
            Release();
            return question;
        }

        // mended on the stack and written once, capitalised and with its question mark
        Span<char> buffer = tidy.Length <= MaxMendedOnStack ? stackalloc char[tidy.Length] : new char[tidy.Length];
        var mended = Mend(tidy, buffer);
        Release();
        if (mended.Length == 0)
        {
            return string.Empty;
        }

        return string.Create(mended.Length + 1, mended, static (chars, text) =>
        {
            chars[0] = char.ToUpperInvariant(text[0]);
            text[1..].CopyTo(chars[1..]);
            chars[^1] = '?';
        });
    }

    /// <summary>The phrase, cleaned. A phrase's text is taken once.</summary>
    public override string ToString()
    {
        var written = Take();
        var text = TryTidy(written, out var tidy) ? new string(tidy) : Mend(tidy);
        Release();
        return text;
    }

    private ReadOnlySpan<char> Take()
    {
        if (_taken)
        {
            throw new InvalidOperationException("A phrase's text is taken once.");
        }

        _taken = true;
        return _chars.AsSpan(0, _length);
    }

    // the buffer goes back for the next phrase (dropped if both places are taken)
    private void Release()
    {
        if (t_spare is null)
        {
            t_spare = _chars;
        }
        else
        {
            t_spare2 ??= _chars;
        }

        _chars = [];
    }

    internal static string Clean(string text)
    {
        if (TryTidy(text, out var tidy))
        {
            return tidy.Length == text.Length ? text : new string(tidy);
        }

        return Mend(tidy);
    }

    /// <summary>
    /// The text trimmed (and any comma, semicolon, colon or dash at its end dropped) in <paramref name="trimmed"/>; true when
    /// that is all it needed, false when <see cref="Mend"/> has quotes, brackets or spaces to mend in it.
    /// </summary>
    private static bool TryTidy(ReadOnlySpan<char> text, out ReadOnlySpan<char> trimmed)
    {
        var s = text.Trim().TrimEnd(TrimmedAtEnd);
        if (Tidy(s))
        {
            trimmed = s.Trim();
            return true;
        }

        trimmed = s;
        return false;
    }

    // longer texts are mended in a buffer of their own
    private const int MaxMendedOnStack = 512;

    private static string Mend(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= MaxMendedOnStack ? stackalloc char[text.Length] : new char[text.Length];
        return new string(Mend(text, buffer));
    }

    /// <summary>
    /// The text mended into <paramref name="buffer"/> (at least as long): unbalanced quotes, then unbalanced brackets, left out (they
    /// read badly in a question), each run of spaces made one space, a space before a comma dropped, and the whole trimmed. In one pass,
    /// the same text as the steps one after another (removing the marks, halving double spaces until none is left, then " ," to ",").
    /// </summary>
    private static ReadOnlySpan<char> Mend(ReadOnlySpan<char> text, Span<char> buffer)
    {
        var dropQuotes = text.Count('"') % 2 == 1;
        var dropBrackets = text.Count('(') != text.Count(')');
        var length = 0;
        var space = false;
        foreach (var c in text)
        {
            if (c == '"' && dropQuotes || c is '(' or ')' && dropBrackets)
            {
                continue;
            }

            if (c == ' ')
            {
                // a run of spaces (with the dropped marks in it) is written when what follows it is known
                space = true;
                continue;
            }

            if (space && c != ',')
            {
                buffer[length++] = ' ';
            }

            space = false;
            buffer[length++] = c;
        }

        if (space)
        {
            buffer[length++] = ' ';
        }

        return buffer[..length].Trim();
    }

    /// <summary>
    /// Whether <see cref="Clean"/> surely has nothing to mend: no quote or bracket left unbalanced (balanced ones are kept as
    /// they are), no double space and no space before a comma. Eight characters at a time: every candidate's prompt passes here.
    /// </summary>
    private static bool Tidy(ReadOnlySpan<char> span)
    {
        // one pass: a double space or a space before a comma ends it at once; quotes and brackets are only noted on the way, and
        // counted after it only when there are any
        var marks = false;
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(span));
            var space = Vector128.Create((ushort)' ');
            var comma = Vector128.Create((ushort)',');
            var quote = Vector128.Create((ushort)'"');
            var open = Vector128.Create((ushort)'(');
            var close = Vector128.Create((ushort)')');
            var seen = Vector128<ushort>.Zero;
            for (; i + Vector128<ushort>.Count < span.Length; i += Vector128<ushort>.Count)
            {
                var here = Vector128.LoadUnsafe(ref start, (nuint)i);
                var next = Vector128.LoadUnsafe(ref start, (nuint)(i + 1));
                if ((Vector128.Equals(here, space) & (Vector128.Equals(next, space) | Vector128.Equals(next, comma))) != Vector128<ushort>.Zero)
                {
                    return false;
                }

                seen |= Vector128.Equals(here, quote) | Vector128.Equals(here, open) | Vector128.Equals(here, close);
            }

            marks = seen != Vector128<ushort>.Zero;
        }

        for (; i < span.Length; i++)
        {
            if (span[i] == ' ' && i + 1 < span.Length && span[i + 1] is ' ' or ',')
            {
                return false;
            }

            marks |= span[i] is '"' or '(' or ')';
        }

        return !marks || (span.Count('"') % 2 == 0 && span.Count('(') == span.Count(')'));
    }
}
