using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Packs.Interchange;

/// <summary>
/// Gives each question of an imported file an id that stays the same when the same file is imported
/// again: the title or name the file gives it when that is a slug, else a slug of it, else a slug of
/// the prompt; a repeated id gets -2, -3 … in file order.
/// </summary>
internal sealed class StableIds
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    public string Next(string? name, string prompt)
    {
        var baseId = !string.IsNullOrWhiteSpace(name)
            ? (Slug.IsValid(name.Trim()) ? name.Trim() : Slug.From(name))
            : Slug.From(prompt);
        var id = baseId;
        for (var n = 2; !_taken.Add(id); n++)
        {
            var suffix = "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            id = (baseId.Length + suffix.Length > 100 ? baseId[..(100 - suffix.Length)].TrimEnd('-') : baseId) + suffix;
        }

        return id;
    }

    /// <summary>The pack id for a file: its name without extension, as a slug.</summary>
    public static string ForFile(string path) => Slug.From(Path.GetFileNameWithoutExtension(path));
}
