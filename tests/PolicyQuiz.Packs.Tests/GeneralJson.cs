using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Packs.Tests;

/// <summary>
/// A pack's JSON as <see cref="Utf8JsonWriter"/> writes every part of it (indented, relaxed escaping): what
/// <see cref="PackWriter.ToJson"/> wrote before its questions were written directly, kept as the reference it must match byte for byte.
/// </summary>
internal static class GeneralJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
        NewLine = "\n",
    };

    public static string Write(Pack pack)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("pack", pack.Id);
            writer.WriteString("title", pack.Title);
            writer.WriteNumber("version", pack.Version);
            writer.WriteString("language", pack.Language);
            Optional(writer, "description", pack.Description);
            List(writer, "tags", pack.Tags);
            Extra(writer, pack.ExtraJson);
            if (pack.Sources.Count > 0)
            {
                writer.WriteStartArray("sources");
                foreach (var source in pack.Sources)
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", source.Id);
                    writer.WriteString("title", source.Title);
                    Optional(writer, "publisher", source.Publisher);
                    if (source.Published is { } published)
                    {
                        writer.WriteString("published", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    }

                    Optional(writer, "url", source.Url);
                    Extra(writer, source.ExtraJson);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteStartArray("questions");
            foreach (var question in pack.Questions)
            {
                WriteQuestion(writer, question);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    private static void WriteQuestion(Utf8JsonWriter writer, Question question)
    {
        writer.WriteStartObject();
        writer.WriteString("id", question.Id);
        writer.WriteString("type", question.Type.Name());
        writer.WriteString("kind", question.Kind.Name());
        writer.WriteString("prompt", question.Prompt);
        writer.WritePropertyName("answer");
        switch (question.Type)
        {
            case QuestionType.Match:
                writer.WriteStartArray();
                foreach (var pair in question.Pairs)
                {
                    writer.WriteStartObject();
                    writer.WriteString(pair.Left, pair.Right);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                break;
            case QuestionType.TrueFalse when question.Answer is [var value] && value is "true" or "false":
                writer.WriteBooleanValue(value == "true");
                break;
            case QuestionType.Multi or QuestionType.Order:
                Items(writer, question.Answer);
                break;
            default:
                if (question.Answer is [var single])
                {
                    writer.WriteStringValue(single);
                }
                else
                {
                    Items(writer, question.Answer);
                }

                break;
        }

        List(writer, "accept", question.Accept);
        List(writer, "distractors", question.Distractors);
        Optional(writer, "explanation", question.Explanation);
        Optional(writer, "source", question.Source);
        Optional(writer, "evidence", question.Evidence);
        List(writer, "tags", question.Tags);
        Extra(writer, question.ExtraJson);
        writer.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter writer, string key, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(key, value);
        }
    }

    private static void List(Utf8JsonWriter writer, string key, EquatableList<string> items)
    {
        if (items.Count > 0)
        {
            writer.WritePropertyName(key);
            Items(writer, items);
        }
    }

    private static void Items(Utf8JsonWriter writer, EquatableList<string> items)
    {
        writer.WriteStartArray();
        foreach (var item in items)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }

    private static void Extra(Utf8JsonWriter writer, string? extraJson)
    {
        if (extraJson is not null)
        {
            writer.WritePropertyName("extra");
            using var document = JsonDocument.Parse(extraJson);
            document.RootElement.WriteTo(writer);
        }
    }
}
