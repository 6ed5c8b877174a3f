using System.Globalization;
using System.Reflection;

namespace PolicyQuiz.Storage;

/// <summary>The schema steps embedded in this assembly (resources named migrations/NNNN_name.sql), in number order.</summary>
public static class Migrations
{
    private const string Prefix = "migrations/";

    private static readonly Lazy<IReadOnlyList<Migration>> Loaded = new(() => Load());

    public static IReadOnlyList<Migration> All => Loaded.Value;

    /// <summary>The schema version this program writes: the number of the newest migration.</summary>
    public static int Latest => All.Count == 0 ? 0 : All[^1].Version;

    private static List<Migration> Load()
    {
        var assembly = typeof(Migrations).Assembly;
        var list = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(Prefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            var name = resource[Prefix.Length..^".sql".Length];
            var underscore = name.IndexOf('_', StringComparison.Ordinal);
            var digits = underscore < 0 ? name : name[..underscore];
            if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version <= 0)
            {
                throw new InvalidOperationException($"Migration resource '{resource}' must be named NNNN_name.sql");
            }

            list.Add(new Migration(version, name, Read(assembly, resource)));
        }

        list.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 1; i < list.Count; i++)
        {
            if (list[i].Version == list[i - 1].Version)
            {
                throw new InvalidOperationException($"Two migrations share number {list[i].Version}: {list[i - 1].Name}, {list[i].Name}");
            }
        }

        return list;
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Missing resource {resource}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
