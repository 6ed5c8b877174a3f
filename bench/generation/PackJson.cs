using System.Text.Json;
using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Bench.Generation;

/// <summary>Writes a pack as JSON in the pack-file shape (pack, title, version, sources, questions).</summary>
internal static class PackJson
{
    public static void Write(Pack pack, string path)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("pack", pack.Id);
        json.WriteString("title", pack.Title);
        json.WriteNumber("version", pack.Version);
        json.WriteStartArray("sources");
        foreach (var s in pack.Sources)
        {
            json.WriteStartObject();
            json.WriteString("id", s.Id);
            json.WriteString("title", s.Title);
            if (s.Publisher is not null)
            {
                json.WriteString("publisher", s.Publisher);
            }

            if (s.Published is { } date)
            {
                json.WriteString("published", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }

            if (s.Url is not null)
            {
                json.WriteString("url", s.Url);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("questions");
        foreach (var q in pack.Questions)
        {
            json.WriteStartObject();
            json.WriteString("id", q.Id);
            json.WriteString("type", q.Type.Name());
            json.WriteString("kind", q.Kind.Name());
            json.WriteString("prompt", q.Prompt);
            if (q.Answer.Count == 1 && q.Type != QuestionType.Multi)
            {
                json.WriteString("answer", q.Answer[0]);
            }
            else
            {
                Strings(json, "answer", q.Answer);
            }

            if (q.Accept.Count > 0)
            {
                Strings(json, "accept", q.Accept);
            }

            if (q.Distractors.Count > 0)
            {
                Strings(json, "distractors", q.Distractors);
            }

            json.WriteString("source", q.Source);
            json.WriteString("evidence", q.Evidence);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values)
        {
            json.WriteStringValue(v);
        }

        json.WriteEndArray();
    }
}
