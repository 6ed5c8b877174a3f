using System.Globalization;
using System.Text.Json;
using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Packs.Interchange;

/// <summary>The pack's own fields (id, title, version, language, description, sources, tags, extra) in a one-line JSON comment.</summary>
internal sealed record PackMeta(
    string? Id,
    string? Title,
    int? Version,
    string? Language,
    string? Description,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<string> Tags,
    string? ExtraJson)
{
    public const string Marker = "policyquiz-pack:";

    public static PackMeta Of(Pack pack) =>
        new(pack.Id, pack.Title, pack.Version, pack.Language, pack.Description, pack.Sources, pack.Tags, pack.ExtraJson);

    public string ToJson() => MetaJson.Write(writer =>
    {
        MetaJson.String(writer, "pack", Id);
        MetaJson.String(writer, "title", Title);
        if (Version is { } version)
        {
            writer.WriteNumber("version", version);
        }

        MetaJson.String(writer, "language", Language);
        MetaJson.String(writer, "description", Description);
        if (Sources.Count > 0)
        {
            writer.WriteStartArray("sources");
            foreach (var source in Sources)
            {
                writer.WriteStartObject();
                MetaJson.String(writer, "id", source.Id);
                MetaJson.String(writer, "title", source.Title);
                MetaJson.String(writer, "publisher", source.Publisher);
                MetaJson.String(writer, "published", source.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                MetaJson.String(writer, "url", source.Url);
                MetaJson.Raw(writer, "extra", source.ExtraJson);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        MetaJson.List(writer, "tags", Tags);
        MetaJson.Raw(writer, "extra", ExtraJson);
    });

    public static PackMeta? Parse(string json, out string? error)
    {
        error = null;
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = "the policyquiz-pack comment must hold a JSON object";
                return null;
            }

            var sources = new List<Source>();
            if (root.TryGetProperty("sources", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in list.EnumerateArray())
                {
                    var id = MetaJson.GetString(item, "id");
                    if (id is null)
                    {
                        continue;
                    }

                    var published = MetaJson.GetString(item, "published");
                    sources.Add(new Source(
                        id,
                        MetaJson.GetString(item, "title") ?? id,
                        MetaJson.GetString(item, "publisher"),
                        published is not null && DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
                        MetaJson.GetString(item, "url"),
                        MetaJson.GetRaw(item, "extra")));
                }
            }

            int? version = root.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var number) ? number : null;
            return new PackMeta(
                MetaJson.GetString(root, "pack"),
                MetaJson.GetString(root, "title"),
                version,
                MetaJson.GetString(root, "language"),
                MetaJson.GetString(root, "description"),
                sources,
                MetaJson.GetList(root, "tags"),
                MetaJson.GetRaw(root, "extra"));
        }
        catch (JsonException exception)
        {
            error = "the policyquiz-pack comment is not valid JSON: " + exception.Message;
            return null;
        }
        catch (InvalidOperationException exception)
        {
            error = "the policyquiz-pack comment has a value of the wrong kind: " + exception.Message;
            return null;
        }
    }
}
