using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PolicyQuiz.Packs.Reading;

/// <summary>
/// Turns what sits under `extra:` into compact JSON, the same for a YAML file and its JSON twin:
/// YAML null/true/false become JSON literals, numbers spelt as JSON spells them stay numbers
/// (as written), every other scalar is a string.
/// </summary>
internal static class ExtraJson
{
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
        SkipValidation = false,
    };

    public static string? From(Node node, Fields fields)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            try
            {
                Write(writer, node);
            }
            catch (ArgumentException)
            {
                fields.Report(node, "extra holds text that is not valid Unicode");
                return null;
            }
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Write(Utf8JsonWriter writer, Node node)
    {
        switch (node)
        {
            case ScalarNode scalar:
                WriteScalar(writer, scalar);
                break;
            case SequenceNode sequence:
                writer.WriteStartArray();
                foreach (var item in sequence.Items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case MappingNode mapping:
                writer.WriteStartObject();
                foreach (var entry in mapping.Entries)
                {
                    writer.WritePropertyName(entry.Key.Value);
                    Write(writer, entry.Value);
                }

                writer.WriteEndObject();
                break;
        }
    }

    private static void WriteScalar(Utf8JsonWriter writer, ScalarNode scalar)
    {
        switch (scalar.Kind)
        {
            case ScalarKind.Null:
                writer.WriteNullValue();
                break;
            case ScalarKind.Bool:
                writer.WriteBooleanValue(scalar.Value.Equals("true", StringComparison.OrdinalIgnoreCase));
                break;
            case ScalarKind.Integer or ScalarKind.Float when YamlScalars.IsJsonNumber(scalar.Value):
                writer.WriteRawValue(scalar.Value);
                break;
            default:
                writer.WriteStringValue(scalar.Value);
                break;
        }
    }
}
