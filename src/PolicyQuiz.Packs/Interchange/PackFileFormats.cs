using System.Text;
using PolicyQuiz.Core.Model;
using PolicyQuiz.Packs.Interchange.Anki;
using PolicyQuiz.Packs.Interchange.Csv;
using PolicyQuiz.Packs.Interchange.Gift;
using PolicyQuiz.Packs.Interchange.MoodleXml;

namespace PolicyQuiz.Packs.Interchange;

/// <summary>
/// The one entry point for pack files of every format, chosen by extension: .yaml/.yml/.json (the native
/// forms), .gift (Moodle GIFT), .xml (Moodle XML), .csv (spreadsheets) read and write; .apkg (Anki) writes only.
/// </summary>
public static class PackFileFormats
{
    private static readonly string[] Readable = [".yaml", ".yml", ".json", ".gift", ".xml", ".csv"];
    private static readonly string[] Writable = [".yaml", ".yml", ".json", ".gift", ".xml", ".csv", ".apkg"];

    /// <summary>The extensions <see cref="WriteFile"/> accepts, for messages.</summary>
    public static IReadOnlyList<string> WritableExtensions => Writable;

    /// <summary>The extensions <see cref="ReadFile"/> accepts, for messages.</summary>
    public static IReadOnlyList<string> ReadableExtensions => Readable;

    /// <summary>Whether the file's extension is one this class reads or writes.</summary>
    public static bool IsSupported(string path) => Writable.Contains(Extension(path));

    public static bool CanRead(string path) => Readable.Contains(Extension(path));

    public static PackReadResult ReadFile(string path) => Extension(path) switch
    {
        ".yaml" or ".yml" or ".json" => PackReader.ReadFile(path),
        ".gift" => GiftReader.ReadFile(path),
        ".xml" => MoodleXmlReader.ReadFile(path),
        ".csv" => CsvPackReader.ReadFile(path),
        ".apkg" => new PackReadResult(null, [new PackDiagnostic(path, 0, 0, "Anki packages can be written but not read; export the deck from Anki as text (CSV) instead")]),
        var other => new PackReadResult(null, [new PackDiagnostic(path, 0, 0, $"unknown pack format '{other}' (read: {string.Join(", ", Readable)})")]),
    };

    /// <summary>Writes the pack in the format of the file's extension; returns what the format could not keep.</summary>
    public static IReadOnlyList<string> WriteFile(Pack pack, string path) => WriteFile(pack, path, TimeProvider.System);

    public static IReadOnlyList<string> WriteFile(Pack pack, string path, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(pack);
        IReadOnlyList<string> warnings;
        switch (Extension(path))
        {
            case ".yaml" or ".yml" or ".json":
                PackWriter.WriteFile(pack, path);
                return [];
            case ".gift":
                WriteText(path, GiftWriter.ToGift(pack, out warnings));
                return warnings;
            case ".xml":
                WriteText(path, MoodleXmlWriter.ToXml(pack, out warnings));
                return warnings;
            case ".csv":
                WriteText(path, CsvPackWriter.ToCsv(pack, out warnings));
                return warnings;
            case ".apkg":
                return AnkiPackageWriter.WriteFile(pack, path, time);
            default:
                throw new ArgumentException($"unknown pack format '{Extension(path)}' (write: {string.Join(", ", Writable)})", nameof(path));
        }
    }

    private static void WriteText(string path, string text) =>
        AtomicFile.WriteText(path, text);

    private static string Extension(string path) => Path.GetExtension(path).ToLowerInvariant();
}
