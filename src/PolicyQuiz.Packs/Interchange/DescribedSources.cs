using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Packs.Interchange;

/// <summary>
/// Sources found as "Source: …" lines in files without our comments: each description becomes a source
/// whose id is a slug of its title part (before the first comma) and whose title is the description.
/// </summary>
internal sealed class DescribedSources
{
    private readonly List<Source> _sources = [];

    public IReadOnlyList<Source> All => _sources;

    /// <summary>The id of the source with this description, added the first time it is seen; null for null.</summary>
    public string? Cite(string? description)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            return null;
        }

        var known = _sources.Find(s => s.Title == description);
        if (known is not null)
        {
            return known.Id;
        }

        var comma = description.IndexOf(", ", StringComparison.Ordinal);
        var baseId = Slug.From(comma > 0 ? description[..comma] : description, 40);
        var id = baseId;
        for (var n = 2; _sources.Exists(s => s.Id == id); n++)
        {
            id = baseId + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        _sources.Add(new Source(id, description));
        return id;
    }
}
