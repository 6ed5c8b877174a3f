using System.Text;
using PolicyQuiz.Core.Model;
using PolicyQuiz.Packs.Writing;

namespace PolicyQuiz.Packs;

/// <summary>Writes packs in the form <see cref="PackReader"/> reads: reading what was written gives an equal pack.</summary>
public static class PackWriter
{
    public static string ToYaml(Pack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return YamlPackWriter.Write(pack);
    }

    public static string ToJson(Pack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return JsonPackWriter.Write(pack);
    }

    /// <summary>
    /// Writes <paramref name="pack"/> to <paramref name="path"/> as UTF-8 (no byte order mark), YAML or JSON by
    /// the extension; throws <see cref="ArgumentException"/> for any other extension. The file is replaced
    /// only once the new content is fully written.
    /// </summary>
    public static void WriteFile(Pack pack, string path)
    {
        ArgumentNullException.ThrowIfNull(pack);
        WriteFile(pack, pack.Questions, path);
    }

    /// <summary>
    /// Writes <paramref name="pack"/> with <paramref name="questions"/> (enumerated once) in place of its own questions,
    /// as <see cref="WriteFile(Pack, string)"/> would write the pack holding them. JSON takes each question as it comes;
    /// YAML collects them first.
    /// </summary>
    public static void WriteFile(Pack pack, IEnumerable<Question> questions, string path)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(path);
        if (!PackFiles.TryGetFormat(path, out var format))
        {
            throw new ArgumentException($"A pack file ends in .yaml, .yml or .json, not '{Path.GetExtension(path)}'.", nameof(path));
        }

        if (format == PackFormat.Json)
        {
            // streamed: the JSON of a large generated pack is not built as one string first
            AtomicFile.Write(path, temporary =>
            {
                using var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
                JsonPackWriter.Write(pack, questions, stream);
            });
            return;
        }

        AtomicFile.WriteText(path, ToYaml(ReferenceEquals(questions, pack.Questions) ? pack : pack with { Questions = questions.ToEquatableList() }));
    }
}
