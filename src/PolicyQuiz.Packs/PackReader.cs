using System.Text;
using PolicyQuiz.Core.Model;
using PolicyQuiz.Packs.Reading;

namespace PolicyQuiz.Packs;

/// <summary>
/// Reads and validates pack files (shared/spec/packs.md, docs/packs.md). Never throws for bad input:
/// every problem comes back as a <see cref="PackDiagnostic"/>, and the pack only when there are none.
/// </summary>
public static class PackReader
{
    /// <summary>Files (and texts) larger than this are refused before they are parsed.</summary>
    public const long MaxFileBytes = 20L * 1024 * 1024;

    private static readonly byte[] Utf8Mark = [0xEF, 0xBB, 0xBF];
    private static readonly byte[] Utf16BigEndianMark = [0xFE, 0xFF];
    private static readonly byte[] Utf16LittleEndianMark = [0xFF, 0xFE];

    /// <summary>Reads the file at <paramref name="path"/>; the format follows its extension (.yaml, .yml, .json).</summary>
    public static PackReadResult ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            return Refuse(path, "this is a folder, not a pack file");
        }

        if (!File.Exists(path))
        {
            return Refuse(path, "no such file");
        }

        if (!PackFiles.TryGetFormat(path, out var format))
        {
            return Refuse(path, $"unknown pack file extension '{Path.GetExtension(path)}'; a pack file ends in .yaml, .yml or .json");
        }

        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxFileBytes)
            {
                return TooLarge(path, length);
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Refuse(path, "cannot read the file: " + e.Message);
        }

        return Read(bytes, path, format);
    }

    /// <summary>Reads a pack from text already in memory; <paramref name="fileName"/> is only used in diagnostics.</summary>
    public static PackReadResult ReadText(string text, string fileName, PackFormat format)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        var length = Encoding.UTF8.GetByteCount(text);
        if (length > MaxFileBytes)
        {
            return TooLarge(fileName, length);
        }

        if (format == PackFormat.Json)
        {
            return Read(Encoding.UTF8.GetBytes(text), fileName, format);
        }

        var start = text.StartsWith('\uFEFF') ? 1 : 0;
        return Run(fileName, diagnostics => new YamlSyntaxReader(new StringReader(start == 0 ? text : text[start..]), diagnostics.Add));
    }

    /// <summary>Reads a pack from UTF-8 bytes (an embedded resource, say); <paramref name="fileName"/> is only used in diagnostics.</summary>
    public static PackReadResult ReadBytes(ReadOnlySpan<byte> utf8, string fileName, PackFormat format)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return utf8.Length > MaxFileBytes ? TooLarge(fileName, utf8.Length) : Read(utf8.ToArray(), fileName, format);
    }

    private static PackReadResult Read(byte[] bytes, string fileName, PackFormat format)
    {
        if (bytes.Length > MaxFileBytes)
        {
            return TooLarge(fileName, bytes.Length);
        }

        if (bytes.AsSpan().StartsWith(Utf16BigEndianMark) || bytes.AsSpan().StartsWith(Utf16LittleEndianMark))
        {
            return Refuse(fileName, "the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8");
        }

        var start = bytes.AsSpan().StartsWith(Utf8Mark) ? Utf8Mark.Length : 0;
        if (Utf8Check.FirstInvalid(bytes.AsSpan(start)) is { } bad)
        {
            var (line, column) = new Utf8Positions(bytes, start).At(start + bad);
            var diagnostic = new PackDiagnostic(fileName, line, column,
                $"the file is not valid UTF-8 (byte 0x{bytes[start + bad]:X2} at offset {start + bad}); save it as UTF-8");
            return new PackReadResult(null, [diagnostic]);
        }

        return format == PackFormat.Json
            ? Run(fileName, _ => new JsonSyntaxReader(bytes, start))
            : Run(fileName, diagnostics => bytes.Length < PipelineBytes
                ? new YamlSyntaxReader(Utf8Text(bytes, start), diagnostics.Add)
                : new PipelinedSyntaxReader(report => new YamlSyntaxReader(Utf8Text(bytes, start), report), diagnostics.Add));
    }

    /// <summary>From this size on, YAML is parsed on a second thread while the pack is built from it.</summary>
    private const int PipelineBytes = 1 << 20;

    /// <summary>Decodes as the parser reads, so a big file is never held as one UTF-16 string as well.</summary>
    private static StreamReader Utf8Text(byte[] bytes, int start) =>
        new(
            new MemoryStream(bytes, start, bytes.Length - start, writable: false),
            new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true),
            detectEncodingFromByteOrderMarks: false,
            bufferSize: 1 << 16);

    private static PackReadResult Run(string fileName, Func<DiagnosticBag, SyntaxReader> open)
    {
        var diagnostics = new DiagnosticBag(fileName);
        Pack? pack = null;
        var reader = open(diagnostics);
        try
        {
            pack = new PackDocumentReader(reader, diagnostics).Read();
        }
        catch (PackSyntaxException e)
        {
            diagnostics.Add(e.Line, e.Column, e.Message);
        }
        finally
        {
            (reader as IDisposable)?.Dispose();
        }

        var list = diagnostics.ToList();
        return new PackReadResult(list.Count == 0 ? pack : null, list);
    }

    private static PackReadResult TooLarge(string fileName, long length) =>
        Refuse(fileName, $"the file is {length / (1024.0 * 1024.0):0.0} MB; packs are limited to {MaxFileBytes / (1024 * 1024)} MB (split it into several packs)");

    private static PackReadResult Refuse(string fileName, string message) =>
        new(null, [new PackDiagnostic(fileName, 1, 1, message)]);
}
