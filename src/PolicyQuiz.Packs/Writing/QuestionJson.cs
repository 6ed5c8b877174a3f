using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Packs.Writing;

/// <summary>
/// A question of a pack's questions array as the bytes <see cref="JsonPackWriter"/>'s <see cref="System.Text.Json.Utf8JsonWriter"/>
/// (indented, relaxed escaping) writes for it there, written directly: a large pack's questions are most of its bytes, and the
/// general writer checks and transcodes every string in several passes. It takes the usual question only and declines (false) what
/// it leaves to the general writer: match pairs, extra JSON, a null text, and a text with a character that relaxed escaping writes
/// escaped other than <c>\"</c> and <c>\\</c> (controls, surrogates, the characters <see cref="JavaScriptEncoder.WillEncode"/> names).
/// </summary>
internal sealed class QuestionJson
{
    // the questions array's items are at depth 2 of the document: the object's braces at four spaces, its keys at six, list items at eight
    private static ReadOnlySpan<byte> ObjectStart => "\n    {"u8;

    private static ReadOnlySpan<byte> ObjectEnd => "\n    }"u8;

    private static ReadOnlySpan<byte> FirstKey => "\n      \""u8;

    private static ReadOnlySpan<byte> NextKey => ",\n      \""u8;

    private static ReadOnlySpan<byte> KeyEnd => "\": "u8;

    private static ReadOnlySpan<byte> Item => "\n        "u8;

    private static ReadOnlySpan<byte> ListEnd => "\n      ]"u8;

    /// <summary>Printable ASCII but the quote and the backslash: written as they are.</summary>
    private static readonly SearchValues<char> Plain = SearchValues.Create(PlainCharacters());

    // per UTF-16 code unit beyond ASCII: 0 not looked up yet, 1 written as it is, 2 escaped (declined)
    private static readonly byte[] Escaped = new byte[char.MaxValue + 1];

    private byte[] _buffer = new byte[4096];
    private int _length;

    /// <summary>The bytes of the last question <see cref="TryWrite"/> wrote (a newline, its indentation and the object).</summary>
    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    /// <summary>Writes the question's bytes to <see cref="Written"/>; false (and nothing written) when it is one the general writer must write.</summary>
    public bool TryWrite(Question question)
    {
        if (question.Type == QuestionType.Match || question.ExtraJson is not null)
        {
            return false;
        }

        _length = 0;
        Raw(ObjectStart);
        var ok = Property(FirstKey, "id"u8, question.Id)
            && Property(NextKey, "type"u8, question.Type.Name())
            && Property(NextKey, "kind"u8, question.Kind.Name())
            && Property(NextKey, "prompt"u8, question.Prompt)
            && Answer(question)
            && List("accept"u8, question.Accept)
            && List("distractors"u8, question.Distractors)
            && Optional("explanation"u8, question.Explanation)
            && Optional("source"u8, question.Source)
            && Optional("evidence"u8, question.Evidence)
            && List("tags"u8, question.Tags);
        if (!ok)
        {
            _length = 0;
            return false;
        }

        Raw(ObjectEnd);
        return true;
    }

    /// <summary>As JsonPackWriter.WriteAnswer: true/false as a boolean, multi and order as a list, else one text or a list.</summary>
    private bool Answer(Question question)
    {
        Key(NextKey, "answer"u8);
        var answer = question.Answer;
        if (question.Type == QuestionType.TrueFalse && answer is [var value] && value is "true" or "false")
        {
            Raw(value == "true" ? "true"u8 : "false"u8);
            return true;
        }

        return question.Type is not (QuestionType.Multi or QuestionType.Order) && answer is [var single] ? Text(single) : Items(answer);
    }

    private bool Property(ReadOnlySpan<byte> separator, ReadOnlySpan<byte> key, string? value)
    {
        Key(separator, key);
        return Text(value);
    }

    private bool Optional(ReadOnlySpan<byte> key, string? value) => value is null || Property(NextKey, key, value);

    private bool List(ReadOnlySpan<byte> key, EquatableList<string> items)
    {
        if (items.Count == 0)
        {
            return true;
        }

        Key(NextKey, key);
        return Items(items);
    }

    private bool Items(EquatableList<string> items)
    {
        if (items.Count == 0)
        {
            Raw("[]"u8);
            return true;
        }

        Raw("["u8);
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                Raw(","u8);
            }

            Raw(Item);
            if (!Text(items[i]))
            {
                return false;
            }
        }

        Raw(ListEnd);
        return true;
    }

    private void Key(ReadOnlySpan<byte> separator, ReadOnlySpan<byte> key)
    {
        Raw(separator);
        Raw(key);
        Raw(KeyEnd);
    }

    /// <summary>A JSON string: runs of plain ASCII narrowed at once, a quote or backslash escaped, other characters as UTF-8.</summary>
    private bool Text(string? text)
    {
        if (text is null || text.Length > 1 << 24)
        {
            return false;
        }

        // at most three bytes per UTF-16 code unit (a surrogate is declined), and the two quotes
        Ensure(text.Length * 3 + 2);
        var buffer = _buffer;
        var n = _length;
        buffer[n++] = (byte)'"';
        var rest = text.AsSpan();
        while (true)
        {
            var stop = rest.IndexOfAnyExcept(Plain);
            var run = stop < 0 ? rest.Length : stop;
            Ascii.FromUtf16(rest[..run], buffer.AsSpan(n), out _);
            n += run;
            if (stop < 0)
            {
                break;
            }

            var c = rest[stop];
            rest = rest[(stop + 1)..];
            if (c is '"' or '\\')
            {
                buffer[n++] = (byte)'\\';
                buffer[n++] = (byte)c;
            }
            else if (c < 0x80 || char.IsSurrogate(c) || IsEscaped(c))
            {
                return false;
            }
            else if (c < 0x800)
            {
                buffer[n++] = (byte)(0xC0 | (c >> 6));
                buffer[n++] = (byte)(0x80 | (c & 0x3F));
            }
            else
            {
                buffer[n++] = (byte)(0xE0 | (c >> 12));
                buffer[n++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                buffer[n++] = (byte)(0x80 | (c & 0x3F));
            }
        }

        buffer[n++] = (byte)'"';
        _length = n;
        return true;
    }

    /// <summary>Whether relaxed escaping writes <paramref name="c"/> (beyond ASCII, not a surrogate) escaped: asked of the encoder once per character.</summary>
    private static bool IsEscaped(char c)
    {
        var known = Escaped[c];
        if (known == 0)
        {
            Escaped[c] = known = JavaScriptEncoder.UnsafeRelaxedJsonEscaping.WillEncode(c) ? (byte)2 : (byte)1;
        }

        return known == 2;
    }

    private void Raw(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    private void Ensure(int more)
    {
        if (_buffer.Length - _length < more)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + more));
        }
    }

    private static string PlainCharacters()
    {
        var plain = new StringBuilder();
        for (var c = ' '; c < '\x7f'; c++)
        {
            if (c is not ('"' or '\\'))
            {
                plain.Append(c);
            }
        }

        return plain.ToString();
    }
}
