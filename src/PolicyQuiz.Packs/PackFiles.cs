namespace PolicyQuiz.Packs;

/// <summary>Which files a list of command-line paths names, and which format a pack file has.</summary>
public static class PackFiles
{
    /// <summary>
    /// Files stay as given; a folder gives its *.yaml, *.yml and *.json files (not those in subfolders,
    /// not hidden ones such as editor lock files), sorted by name. A path that does not exist is kept,
    /// so the reader reports it.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> filesOrDirectories)
    {
        ArgumentNullException.ThrowIfNull(filesOrDirectories);
        var result = new List<string>();
        foreach (var path in filesOrDirectories)
        {
            if (!Directory.Exists(path))
            {
                result.Add(path);
                continue;
            }

            var files = Directory.EnumerateFiles(path)
                .Where(file => TryGetFormat(file, out _) && !Path.GetFileName(file).StartsWith('.'))
                .Order(StringComparer.Ordinal);
            result.AddRange(files);
        }

        return result;
    }

    /// <summary>The format a file name's extension asks for: .yaml and .yml are YAML, .json is JSON (any case).</summary>
    public static bool TryGetFormat(string path, out PackFormat format)
    {
        ArgumentNullException.ThrowIfNull(path);
        var extension = Path.GetExtension(path);
        if (extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase) || extension.Equals(".yml", StringComparison.OrdinalIgnoreCase))
        {
            format = PackFormat.Yaml;
            return true;
        }

        if (extension.Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            format = PackFormat.Json;
            return true;
        }

        format = default;
        return false;
    }
}
