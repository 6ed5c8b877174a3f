using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Packs.Interchange;

/// <summary>
/// Turns the questions read from an interchange file into a pack: id from the pack comment or the file
/// name, sources from the pack comment or made up from the ids the questions cite, then the same
/// validation a YAML pack gets.
/// </summary>
internal static class PackAssembly
{
    public static PackReadResult Finish(DiagnosticList diagnostics, PackMeta? meta, string path, IReadOnlyList<Question> questions, IReadOnlyList<int> questionLines, string? titleHint, DescribedSources? described = null)
    {
        if (diagnostics.Count > 0)
        {
            return diagnostics.Failed();
        }

        if (questions.Count == 0)
        {
            diagnostics.Add(1, 1, "no questions found");
            return diagnostics.Failed();
        }

        var fileId = StableIds.ForFile(path);
        var id = meta?.Id is { } metaId && Slug.IsValid(metaId) ? metaId : fileId;
        var sources = (meta?.Sources ?? []).Concat(described?.All ?? []).ToList();
        foreach (var cited in questions.Select(q => q.Source).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (!sources.Exists(s => s.Id == cited))
            {
                sources.Add(new Source(cited, cited));
            }
        }

        var pack = new Pack
        {
            Id = id,
            Title = meta?.Title ?? (string.IsNullOrWhiteSpace(titleHint) ? Path.GetFileNameWithoutExtension(path) : titleHint),
            Version = meta?.Version ?? 1,
            Language = meta?.Language ?? "en",
            Description = meta?.Description,
            Sources = sources.ToEquatableList(),
            Questions = questions.ToEquatableList(),
            Tags = (meta?.Tags ?? []).ToEquatableList(),
            ExtraJson = meta?.ExtraJson,
        };
        return InterchangeValidation.Check(pack, path, questionLines);
    }
}
