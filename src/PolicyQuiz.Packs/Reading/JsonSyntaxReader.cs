using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace PolicyQuiz.Packs.Reading;

/// <summary>
/// Streams a JSON pack with <see cref="Utf8JsonReader"/>, one token per call, with positions computed from
/// byte offsets. Depth is left to the caller (the reader's own limit is set far above it).
/// </summary>
internal sealed class JsonSyntaxReader : SyntaxReader
{
    private static readonly JsonReaderOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
        MaxDepth = 1000,
    };

    private readonly byte[] _bytes;
    private readonly Utf8Positions _positions;
    private int _consumed;
    private JsonReaderState _state = new(Options);
    private bool _sawToken;
    private bool _done;

    /// <param name="utf8">Valid UTF-8 text.</param>
    /// <param name="start">Where the text starts (after a byte order mark).</param>
    public JsonSyntaxReader(byte[] utf8, int start)
    {
        _bytes = utf8;
        _consumed = start;
        _positions = new Utf8Positions(utf8, start);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override SyntaxEvent Next()
    {
        if (_done)
        {
            return new SyntaxEvent(SyntaxEventKind.DocumentEnd, 0, 0);
        }

        var reader = new Utf8JsonReader(_bytes.AsSpan(_consumed), isFinalBlock: true, _state);
        try
        {
            if (!reader.Read())
            {
                _done = true;
                return new SyntaxEvent(SyntaxEventKind.DocumentEnd, 0, 0);
            }
        }
        catch (JsonException e)
        {
            _done = true;
            throw Translate(e);
        }

        var tokenStart = _consumed + (int)reader.TokenStartIndex;
        _consumed += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
        _sawToken = true;
        var (line, column) = _positions.At(tokenStart);
        return reader.TokenType switch
        {
            JsonTokenType.StartObject => new SyntaxEvent(SyntaxEventKind.MappingStart, line, column),
            JsonTokenType.EndObject => new SyntaxEvent(SyntaxEventKind.MappingEnd, line, column),
            JsonTokenType.StartArray => new SyntaxEvent(SyntaxEventKind.SequenceStart, line, column),
            JsonTokenType.EndArray => new SyntaxEvent(SyntaxEventKind.SequenceEnd, line, column),
            JsonTokenType.PropertyName or JsonTokenType.String =>
                new SyntaxEvent(SyntaxEventKind.Scalar, line, column, (reader.ValueIsEscaped ? null : KnownWords.Find(reader.ValueSpan)) ?? reader.GetString() ?? string.Empty),
            JsonTokenType.Number => Number(reader.ValueSpan, line, column),
            JsonTokenType.True => new SyntaxEvent(SyntaxEventKind.Scalar, line, column, "true", ScalarKind.Bool),
            JsonTokenType.False => new SyntaxEvent(SyntaxEventKind.Scalar, line, column, "false", ScalarKind.Bool),
            _ => new SyntaxEvent(SyntaxEventKind.Scalar, line, column, "null", ScalarKind.Null),
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static SyntaxEvent Number(ReadOnlySpan<byte> raw, int line, int column)
    {
        var kind = raw.IndexOfAny(".eE"u8) >= 0 ? ScalarKind.Float : ScalarKind.Integer;
        return new SyntaxEvent(SyntaxEventKind.Scalar, line, column, Encoding.UTF8.GetString(raw), kind);
    }

    private PackSyntaxException Translate(JsonException e)
    {
        if (!_sawToken && _bytes.AsSpan(_consumed).Trim(" \t\r\n"u8).IsEmpty)
        {
            return new PackSyntaxException(1, 1, "the file is empty; a pack is an object with pack, title, version and questions");
        }

        var offset = _positions.OffsetOf(e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
        var (line, column) = _positions.At(offset);
        var message = e.Message;
        foreach (var tail in new[] { " LineNumber:", " Change the reader options" })
        {
            var cut = message.IndexOf(tail, StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }
        }

        return new PackSyntaxException(line, column, "invalid JSON: " + message.TrimEnd().TrimEnd('.'));
    }
}
