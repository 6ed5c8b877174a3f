using System.Text.Json;
using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Packs.Interchange;

/// <summary>
/// What GIFT and Moodle XML cannot say about a question (its kind, source, evidence, tags, extra, and the
/// items of an order question), carried in a one-line JSON comment that Moodle ignores and our reader uses.
/// </summary>
internal sealed record QuestionMeta(
    string? Type,
    QuestionKind? Kind,
    string? Source,
    string? Evidence,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Answer,
    string? ExtraJson,
    string? Prompt = null)
{
    public const string Marker = "policyquiz:";

    public static QuestionMeta Of(Question question) => new(
        question.Type.Name(),
        question.Kind,
        question.Source,
        question.Evidence,
        question.Tags,
        question.Type == QuestionType.Order ? question.Answer : [],
        question.ExtraJson,
        question.Type == QuestionType.Order ? question.Prompt : null);

    public string ToJson() => MetaJson.Write(writer =>
    {
        MetaJson.String(writer, "type", Type);
        MetaJson.String(writer, "kind", Kind?.Name());
        MetaJson.String(writer, "source", Source);
        MetaJson.String(writer, "evidence", Evidence);
        MetaJson.List(writer, "tags", Tags);
        MetaJson.List(writer, "answer", Answer);
        MetaJson.String(writer, "prompt", Prompt);
        MetaJson.Raw(writer, "extra", ExtraJson);
    });

    /// <summary>Reads the JSON of a meta comment; null (and a message) when it is not valid.</summary>
    public static QuestionMeta? Parse(string json, out string? error)
    {
        error = null;
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = "the policyquiz comment must hold a JSON object";
                return null;
            }

            QuestionKind? kind = null;
            var kindText = MetaJson.GetString(root, "kind");
            if (kindText is not null)
            {
                if (!QuestionNames.TryParseKind(kindText, out var parsed))
                {
                    error = $"unknown kind '{kindText}' in the policyquiz comment";
                    return null;
                }

                kind = parsed;
            }

            return new QuestionMeta(
                MetaJson.GetString(root, "type"),
                kind,
                MetaJson.GetString(root, "source"),
                MetaJson.GetString(root, "evidence"),
                MetaJson.GetList(root, "tags"),
                MetaJson.GetList(root, "answer"),
                MetaJson.GetRaw(root, "extra"),
                MetaJson.GetString(root, "prompt"));
        }
        catch (JsonException exception)
        {
            error = "the policyquiz comment is not valid JSON: " + exception.Message;
            return null;
        }
        catch (InvalidOperationException exception)
        {
            error = "the policyquiz comment has a value of the wrong kind: " + exception.Message;
            return null;
        }
    }
}
