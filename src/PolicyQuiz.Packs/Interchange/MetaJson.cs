using System.Text;
using System.Text.Json;

namespace PolicyQuiz.Packs.Interchange;

/// <summary>Small helpers to write and read the one-line JSON of meta comments (no reflection, so AOT-safe).</summary>
internal static class MetaJson
{
    public static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void String(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    public static void List(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    public static void Raw(Utf8JsonWriter writer, string name, string? json)
    {
        if (json is not null)
        {
            writer.WritePropertyName(name);
            writer.WriteRawValue(json);
        }
    }

    public static string? GetString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static IReadOnlyList<string> GetList(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()!).ToArray()
            : [];

    public static string? GetRaw(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.GetRawText() : null;

    /// <summary>
    /// Makes JSON safe inside an XML comment, which may not hold "--": every hyphen inside a string
    /// becomes \u002d (the same string to any JSON reader).
    /// </summary>
    public static string ForXmlComment(string json)
    {
        var builder = new StringBuilder(json.Length);
        var inString = false;
        var escaped = false;
        foreach (var c in json)
        {
            if (inString && c == '-')
            {
                builder.Append("\\u002d");
                continue;
            }

            builder.Append(c);
            if (escaped)
            {
                escaped = false;
            }
            else if (c == '\\')
            {
                escaped = inString;
            }
            else if (c == '"')
            {
                inString = !inString;
            }
        }

        return builder.ToString();
    }
}
