using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Packs.Writing;

/// <summary>Writes a pack as the same document as the YAML form, in indented JSON.</summary>
internal static class JsonPackWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
        NewLine = "\n",
    };

    public static string Write(Pack pack) => Write(pack, direct: true);

    /// <summary>
    /// As <see cref="Write(Pack)"/>; with <paramref name="direct"/> false every question goes through <see cref="Utf8JsonWriter"/>
    /// (the tests' reference for the bytes <see cref="QuestionJson"/> writes directly).
    /// </summary>
    internal static string Write(Pack pack, bool direct)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            WriteDocument(writer, pack, pack.Questions, direct);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    /// <summary>Writes the same UTF-8 bytes as <see cref="Write(Pack)"/> to <paramref name="stream"/>, a piece at a time (a big pack is never held whole in memory).</summary>
    public static void Write(Pack pack, Stream stream) => Write(pack, pack.Questions, stream);

    /// <summary>Writes <paramref name="pack"/> with <paramref name="questions"/> in place of its own, each question written as it comes (a generator's questions are never all held).</summary>
    public static void Write(Pack pack, IEnumerable<Question> questions, Stream stream)
    {
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            WriteDocument(writer, pack, questions, direct: true);
        }

        stream.Write("\n"u8);
    }

    private static void WriteDocument(Utf8JsonWriter writer, Pack pack, IEnumerable<Question> questions, bool direct)
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
                WriteSource(writer, source);
                FlushFull(writer);
            }

            writer.WriteEndArray();
        }

        writer.WriteStartArray("questions");
        // the usual question written directly as the bytes the writer would write (QuestionJson), handed to it as a raw value
        var bytes = direct ? new QuestionJson() : null;
        foreach (var question in questions)
        {
            if (bytes is not null && bytes.TryWrite(question))
            {
                writer.WriteRawValue(bytes.Written, skipInputValidation: true);
            }
            else
            {
                WriteQuestion(writer, question);
            }

            FlushFull(writer);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>Hands the pending bytes on once there are enough of them to be worth a write.</summary>
    private static void FlushFull(Utf8JsonWriter writer)
    {
        if (writer.BytesPending >= 1 << 16)
        {
            writer.Flush();
        }
    }

    private static void WriteSource(Utf8JsonWriter writer, Source source)
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

    private static void WriteQuestion(Utf8JsonWriter writer, Question question)
    {
        writer.WriteStartObject();
        writer.WriteString(Keys.Id, question.Id);
        writer.WriteString(Keys.Type, question.Type.Name());
        writer.WriteString(Keys.Kind, question.Kind.Name());
        writer.WriteString(Keys.Prompt, question.Prompt);
        writer.WritePropertyName(Keys.Answer);
        WriteAnswer(writer, question);
        List(writer, Keys.Accept, question.Accept);
        List(writer, Keys.Distractors, question.Distractors);
        Optional(writer, Keys.Explanation, question.Explanation);
        Optional(writer, Keys.Source, question.Source);
        Optional(writer, Keys.Evidence, question.Evidence);
        List(writer, Keys.Tags, question.Tags);
        Extra(writer, question.ExtraJson);
        writer.WriteEndObject();
    }

    private static void WriteAnswer(Utf8JsonWriter writer, Question question)
    {
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
    }

    private static void Optional(Utf8JsonWriter writer, string key, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(key, value);
        }
    }

    private static void Optional(Utf8JsonWriter writer, JsonEncodedText key, string? value)
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

    private static void List(Utf8JsonWriter writer, JsonEncodedText key, EquatableList<string> items)
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
        if (extraJson is null)
        {
            return;
        }

        writer.WritePropertyName("extra");
        try
        {
            using var document = JsonDocument.Parse(extraJson);
            document.RootElement.WriteTo(writer);
        }
        catch (JsonException e)
        {
            throw new ArgumentException("ExtraJson is not valid JSON: " + e.Message, nameof(extraJson), e);
        }
    }

    /// <summary>A question's property names, encoded once instead of for every question of a large pack.</summary>
    private static class Keys
    {
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
        public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
        public static readonly JsonEncodedText Prompt = JsonEncodedText.Encode("prompt");
        public static readonly JsonEncodedText Answer = JsonEncodedText.Encode("answer");
        public static readonly JsonEncodedText Accept = JsonEncodedText.Encode("accept");
        public static readonly JsonEncodedText Distractors = JsonEncodedText.Encode("distractors");
        public static readonly JsonEncodedText Explanation = JsonEncodedText.Encode("explanation");
        public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
        public static readonly JsonEncodedText Evidence = JsonEncodedText.Encode("evidence");
        public static readonly JsonEncodedText Tags = JsonEncodedText.Encode("tags");
    }
}
