using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyQuiz.Core.Model;
using PolicyQuiz.Generation;
using PolicyQuiz.Packs;

namespace PolicyQuiz.Bundled;

/// <summary>
/// What `generate` reads of the bundled packs for its distractors (each question's kind, answers and distractors,
/// <see cref="DistractorPool.AnswerTexts"/>), kept beside them as Bundled/bundled-answers.json so that a run does not
/// parse 100 KB of YAML before its first article (about 20 ms of start-up). The file names the hash of the pack set it
/// was made from: when the bundled packs change and the file does not, it is not used and the packs are read instead.
/// BundledAnswersTests fails while the file is stale and tells how to write it again.
/// </summary>
internal static class BundledAnswers
{
    public const string ResourceName = "bundled-answers.json";

    /// <summary>Adds the bundled packs' answers to the pool from the embedded file; false (nothing added) when the file is missing or was made from other packs.</summary>
    public static bool TryAddTo(DistractorPool pool, IReadOnlyList<BundledPack> packs)
    {
        using var stream = typeof(BundledAnswers).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return false;
        }

        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        if (Read(bytes) is not { } file || file.Set != BundledPacks.SetHash(packs))
        {
            return false;
        }

        foreach (var (kind, texts) in file.Questions)
        {
            pool.AddAnswers(kind, texts);
        }

        return true;
    }

    /// <summary>The file for these packs (UTF-8 JSON), from the packs themselves.</summary>
    public static byte[] Render(IReadOnlyList<BundledPack> packs)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("about", "Made from questions/*.yaml by BundledAnswersTests (POLICYQUIZ_WRITE_BUNDLED_ANSWERS=1); do not edit.");
            json.WriteString("set", BundledPacks.SetHash(packs));
            json.WriteStartArray("questions");
            foreach (var bundled in packs)
            {
                var read = PackReader.ReadBytes(bundled.Bytes, bundled.Name, PackFormat.Yaml);
                if (!read.Ok || read.Pack is not { } pack)
                {
                    continue;
                }

                foreach (var (kind, texts) in DistractorPool.AnswerTexts(pack))
                {
                    json.WriteStartArray();
                    json.WriteStringValue(KindName(kind));
                    foreach (var text in texts)
                    {
                        json.WriteStringValue(text);
                    }

                    json.WriteEndArray();
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static (string Set, List<(QuestionKind Kind, List<string> Texts)> Questions)? Read(byte[] bytes)
    {
        try
        {
            var reader = new Utf8JsonReader(bytes);
            string? set = null;
            var questions = new List<(QuestionKind, List<string>)>();
            Expect(ref reader, JsonTokenType.StartObject);
            while (Next(ref reader) == JsonTokenType.PropertyName)
            {
                var property = reader.GetString();
                Next(ref reader);
                switch (property)
                {
                    case "set":
                        set = reader.GetString();
                        break;
                    case "questions":
                        if (reader.TokenType != JsonTokenType.StartArray)
                        {
                            return null;
                        }

                        while (Next(ref reader) == JsonTokenType.StartArray)
                        {
                            Expect(ref reader, JsonTokenType.String);
                            if (KindOf(reader.GetString()) is not { } kind)
                            {
                                return null;
                            }

                            var texts = new List<string>();
                            while (Next(ref reader) == JsonTokenType.String)
                            {
                                texts.Add(reader.GetString()!);
                            }

                            questions.Add((kind, texts));
                        }

                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }

            return set is null ? null : (set, questions);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static JsonTokenType Next(ref Utf8JsonReader reader) => reader.Read() ? reader.TokenType : JsonTokenType.None;

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (Next(ref reader) != type)
        {
            throw new JsonException($"expected {type}");
        }
    }

    private static string KindName(QuestionKind kind) => kind.ToString().ToLowerInvariant();

    private static QuestionKind? KindOf(string? name) => name switch
    {
        "who" => QuestionKind.Who,
        "where" => QuestionKind.Where,
        "when" => QuestionKind.When,
        "what" => QuestionKind.What,
        "why" => QuestionKind.Why,
        "how" => QuestionKind.How,
        _ => null,
    };
}
