using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Storage;

/// <summary>Lists stored as JSON text: string lists as ["a","b"], match pairs as [["left","right"],...]. Reflection-free (AOT-safe).</summary>
internal static class JsonColumns
{
    public const string EmptyArray = "[]";

    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
        SkipValidation = true,
    };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    public static string Strings(IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return EmptyArray;
        }

        return Write(items, static (writer, list) =>
        {
            writer.WriteStartArray();
            foreach (var item in list)
            {
                writer.WriteStringValue(item);
            }

            writer.WriteEndArray();
        });
    }

    public static string Pairs(IReadOnlyList<MatchPair> pairs)
    {
        if (pairs.Count == 0)
        {
            return EmptyArray;
        }

        return Write(pairs, static (writer, list) =>
        {
            writer.WriteStartArray();
            foreach (var pair in list)
            {
                writer.WriteStartArray();
                writer.WriteStringValue(pair.Left);
                writer.WriteStringValue(pair.Right);
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
        });
    }

    public static EquatableList<string> ReadStrings(string? json)
    {
        if (string.IsNullOrEmpty(json) || json == EmptyArray)
        {
            return EquatableList<string>.Empty;
        }

        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        var items = new List<string>();
        Expect(ref reader, JsonTokenType.StartArray);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(reader.GetString() ?? "");
        }

        return new EquatableList<string>(items);
    }

    public static EquatableList<MatchPair> ReadPairs(string? json)
    {
        if (string.IsNullOrEmpty(json) || json == EmptyArray)
        {
            return EquatableList<MatchPair>.Empty;
        }

        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        var pairs = new List<MatchPair>();
        Expect(ref reader, JsonTokenType.StartArray);
        while (reader.Read() && reader.TokenType == JsonTokenType.StartArray)
        {
            Expect(ref reader, JsonTokenType.String);
            var left = reader.GetString() ?? "";
            Expect(ref reader, JsonTokenType.String);
            var right = reader.GetString() ?? "";
            Expect(ref reader, JsonTokenType.EndArray);
            pairs.Add(new MatchPair(left, right));
        }

        return new EquatableList<MatchPair>(pairs);
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (!reader.Read() || reader.TokenType != type)
        {
            throw new BankException($"damaged list in the bank: expected {type}, found {reader.TokenType}");
        }
    }

    private static string Write<T>(T state, Action<Utf8JsonWriter, T> write)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(256);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer, state);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
