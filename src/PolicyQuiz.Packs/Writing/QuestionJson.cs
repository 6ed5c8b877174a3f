using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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
    // the questions array's items are at depth 2 of the document: the object's braces at four spaces, its keys at six, list
    // items at eight. Each piece of text between two values is one constant, with the opening quote of the value after it
    private static ReadOnlySpan<byte> IdKey => "\n    {\n      \"id\": \""u8;

    private static ReadOnlySpan<byte> TypeKey => ",\n      \"type\": \""u8;

    private static ReadOnlySpan<byte> KindKey => ",\n      \"kind\": \""u8;

    private static ReadOnlySpan<byte> PromptKey => ",\n      \"prompt\": \""u8;

    private static ReadOnlySpan<byte> AnswerKey => ",\n      \"answer\": "u8;

    private static ReadOnlySpan<byte> AcceptKey => ",\n      \"accept\": ["u8;

    private static ReadOnlySpan<byte> DistractorsKey => ",\n      \"distractors\": ["u8;

    private static ReadOnlySpan<byte> ExplanationKey => ",\n      \"explanation\": \""u8;

    private static ReadOnlySpan<byte> SourceKey => ",\n      \"source\": \""u8;

    private static ReadOnlySpan<byte> EvidenceKey => ",\n      \"evidence\": \""u8;

    private static ReadOnlySpan<byte> TagsKey => ",\n      \"tags\": ["u8;

    private static ReadOnlySpan<byte> FirstItem => "\n        \""u8;

    private static ReadOnlySpan<byte> NextItem => ",\n        \""u8;

    private static ReadOnlySpan<byte> ListEnd => "\n      ]"u8;

    private static ReadOnlySpan<byte> ObjectEnd => "\n    }"u8;

    // the type and kind names as written (the text and its closing quote), by the enum's value
    private static readonly byte[][] TypeNames = Names(Enum.GetValues<QuestionType>().Length, value => ((QuestionType)value).Name());

    private static readonly byte[][] KindNames = Names(Enum.GetValues<QuestionKind>().Length, value => ((QuestionKind)value).Name());

    // per UTF-16 code unit beyond ASCII: 0 not looked up yet, 1 written as it is, 2 escaped (declined)
    private static readonly byte[] Escaped = new byte[char.MaxValue + 1];

    /// <summary>Texts longer than this are left to the general writer (their bound of three bytes a character stays far from overflow).</summary>
    private const int LongText = 1 << 24;

    private byte[] _buffer = new byte[4096];
    private int _length;

    /// <summary>The bytes of the last question <see cref="TryWrite"/> wrote (a newline, its indentation and the object).</summary>
    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    /// <summary>Writes the question's bytes to <see cref="Written"/>; false (and nothing written) when it is one the general writer must write.</summary>
    public bool TryWrite(Question question)
    {
        _length = 0;
        if (question.Type == QuestionType.Match || question.ExtraJson is not null || !Reserve(question))
        {
            return false;
        }

        var ok = Text(IdKey, question.Id)
            && Name(TypeKey, TypeNames, (int)question.Type)
            && Name(KindKey, KindNames, (int)question.Kind)
            && Text(PromptKey, question.Prompt)
            && Answer(question)
            && List(AcceptKey, question.Accept)
            && List(DistractorsKey, question.Distractors)
            && Optional(ExplanationKey, question.Explanation)
            && Optional(SourceKey, question.Source)
            && Optional(EvidenceKey, question.Evidence)
            && List(TagsKey, question.Tags);
        if (!ok)
        {
            _length = 0;
            return false;
        }

        Put(ObjectEnd);
        return true;
    }

    /// <summary>Makes room for the question at its longest (three bytes a character, the keys and list marks), so that no write checks for room.</summary>
    private bool Reserve(Question question)
    {
        var room = 256L + Room(question.Id) + Room(question.Prompt) + Room(question.Explanation) + Room(question.Source) + Room(question.Evidence)
            + Room(question.Answer) + Room(question.Accept) + Room(question.Distractors) + Room(question.Tags);
        if (room > int.MaxValue / 2)
        {
            return false;
        }

        if (_buffer.Length < room)
        {
            _buffer = new byte[Math.Max((int)room, _buffer.Length * 2)];
        }

        return true;
    }

    private static long Room(string? text) => text is null ? 0 : (text.Length > LongText ? int.MaxValue : text.Length * 3L) + 32;

    private static long Room(EquatableList<string> items)
    {
        var room = 32L;
        for (var i = 0; i < items.Count; i++)
        {
            room += Room(items[i]);
        }

        return room;
    }

    /// <summary>As JsonPackWriter.WriteAnswer: true/false as a boolean, multi and order as a list, else one text or a list.</summary>
    private bool Answer(Question question)
    {
        var answer = question.Answer;
        if (question.Type == QuestionType.TrueFalse && answer is [var value] && value is "true" or "false")
        {
            Put(AnswerKey);
            Put(value == "true" ? "true"u8 : "false"u8);
            return true;
        }

        if (question.Type is not (QuestionType.Multi or QuestionType.Order) && answer is [var single])
        {
            Put(AnswerKey);
            _buffer[_length++] = (byte)'"';
            return Text(single);
        }

        Put(AnswerKey);
        if (answer.Count == 0)
        {
            Put("[]"u8);
            return true;
        }

        _buffer[_length++] = (byte)'[';
        return Items(answer);
    }

    /// <summary>A type or kind name from its table; false for a value that has no name (the general writer throws for it).</summary>
    private bool Name(ReadOnlySpan<byte> key, byte[][] names, int value)
    {
        if ((uint)value >= (uint)names.Length)
        {
            return false;
        }

        Put(key);
        Put(names[value]);
        return true;
    }

    /// <summary>The names of the values 0 to <paramref name="count"/> - 1 as JSON string content (plain ASCII) and its closing quote.</summary>
    private static byte[][] Names(int count, Func<int, string> name) =>
        [.. Enumerable.Range(0, count).Select(value => Encoding.ASCII.GetBytes(name(value) + "\""))];

    private bool Optional(ReadOnlySpan<byte> key, string? value) => value is null || Text(key, value);

    /// <summary>A list under <paramref name="key"/> (which ends in its opening bracket); nothing when it is empty.</summary>
    private bool List(ReadOnlySpan<byte> key, EquatableList<string> items)
    {
        if (items.Count == 0)
        {
            return true;
        }

        Put(key);
        return Items(items);
    }

    /// <summary>The items of a list that is not empty, after its opening bracket, and its closing one.</summary>
    private bool Items(EquatableList<string> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (!Text(i == 0 ? FirstItem : NextItem, items[i]))
            {
                return false;
            }
        }

        Put(ListEnd);
        return true;
    }

    private void Put(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    /// <summary><paramref name="prefix"/> (which ends in the opening quote), then <paramref name="text"/> and its closing quote.</summary>
    private bool Text(ReadOnlySpan<byte> prefix, string? text)
    {
        if (text is null)
        {
            return false;
        }

        Put(prefix);
        return Text(text);
    }

    /// <summary>
    /// The characters of a JSON string and its closing quote: plain ASCII eight characters at a time, a quote or backslash
    /// escaped, other characters as UTF-8; false for a character relaxed escaping writes otherwise (room is reserved).
    /// </summary>
    private bool Text(string text)
    {
        var buffer = _buffer;
        var n = _length;
        var i = 0;
        ref var source = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
        var last = text.Length - Vector128<ushort>.Count;
        while (true)
        {
            if (Vector128.IsHardwareAccelerated)
            {
                // eight characters at a time while all are plain: printable ASCII, not a quote or a backslash
                for (; i <= last; i += Vector128<ushort>.Count)
                {
                    var block = Vector128.LoadUnsafe(ref source, (nuint)i);
                    var other = NotPlain(block);
                    // all eight written (room is reserved), those before the first other character kept
                    Unsafe.WriteUnaligned(ref buffer[n], Vector128.Narrow(block, block).AsUInt64().ToScalar());
                    if (other != Vector128<ushort>.Zero)
                    {
                        var plain = BitOperations.TrailingZeroCount(other.ExtractMostSignificantBits());
                        n += plain;
                        i += plain;
                        break;
                    }

                    n += Vector128<ushort>.Count;
                }

                // fewer than eight left: the eight that end the text, when all are plain (so those of them already
                // written took one byte each, and are written again where they are)
                if (i > last && i < text.Length && last >= 0)
                {
                    var block = Vector128.LoadUnsafe(ref source, (nuint)last);
                    if (NotPlain(block) == Vector128<ushort>.Zero)
                    {
                        Unsafe.WriteUnaligned(ref buffer[n - (i - last)], Vector128.Narrow(block, block).AsUInt64().ToScalar());
                        n += text.Length - i;
                        break;
                    }
                }
            }

            if (i == text.Length)
            {
                break;
            }

            // one character (the one that stopped the block, or one of the last few)
            var c = text[i++];
            if (c is >= ' ' and < '\x7f' and not ('"' or '\\'))
            {
                buffer[n++] = (byte)c;
            }
            else if (c is '"' or '\\')
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

    /// <summary>Set for each character that is not plain: printable ASCII other than a quote or a backslash.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> NotPlain(Vector128<ushort> block) =>
        Vector128.GreaterThanOrEqual(block - Vector128.Create((ushort)' '), Vector128.Create((ushort)('\x7f' - ' ')))
        | Vector128.Equals(block, Vector128.Create((ushort)'"'))
        | Vector128.Equals(block, Vector128.Create((ushort)'\\'));

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
}
