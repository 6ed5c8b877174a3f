using System.Globalization;
using System.Text;
using System.Text.Json;
using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Storage;

/// <summary>
/// Lists stored as JSON text: string lists as ["a","b"], match pairs as [["left","right"],...]. Written by hand
/// (only quotes, backslashes and control characters are escaped; other text is kept as is), read with
/// Utf8JsonReader: reflection-free, so AOT-safe, and cheap for the 100,000-question import.
/// </summary>
internal static class JsonColumns
{
    public const string EmptyArray = "[]";

    [ThreadStatic]
    private static StringBuilder? t_builder;

    public static string Strings(IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return EmptyArray;
        }

        var text = Builder();
        text.Append('[');
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            AppendString(text, items[i]);
        }

        return text.Append(']').ToString();
    }

    public static string Pairs(IReadOnlyList<MatchPair> pairs)
    {
        if (pairs.Count == 0)
        {
            return EmptyArray;
        }

        var text = Builder();
        text.Append('[');
        for (var i = 0; i < pairs.Count; i++)
        {
            text.Append(i > 0 ? ",[" : "[");
            AppendString(text, pairs[i].Left);
            text.Append(',');
            AppendString(text, pairs[i].Right);
            text.Append(']');
        }

        return text.Append(']').ToString();
    }

    public static EquatableList<string> ReadStrings(string? json)
    {
        if (string.IsNullOrEmpty(json) || json == EmptyArray)
        {
            return EquatableList<string>.Empty;
        }

        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
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

        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
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

    private static StringBuilder Builder()
    {
        var builder = t_builder ??= new StringBuilder(256);
        builder.Clear();
        return builder;
    }

    private static void AppendString(StringBuilder text, string value)
    {
        text.Append('"');
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= ' ' && c != '"' && c != '\\' && !char.IsSurrogate(c))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            text.Append(value, start, i - start);
            switch (c)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\r':
                    text.Append("\\r");
                    break;
                case '\t':
                    text.Append("\\t");
                    break;
                default:
                    text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
            }

            start = i + 1;
        }

        text.Append(value, start, value.Length - start).Append('"');
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (!reader.Read() || reader.TokenType != type)
        {
            throw new BankException($"damaged list in the bank: expected {type}, found {reader.TokenType}");
        }
    }
}
