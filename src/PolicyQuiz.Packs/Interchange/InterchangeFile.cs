using System.Text;

namespace PolicyQuiz.Packs.Interchange;

/// <summary>Reads an interchange file as UTF-8 text with a size limit, turning I/O problems into diagnostics.</summary>
internal static class InterchangeFile
{
    /// <summary>Files above this size are refused before they are read (a pack is far smaller).</summary>
    public const long MaxBytes = 32L * 1024 * 1024;

    public static string? ReadText(string path, out PackDiagnostic? problem)
    {
        problem = null;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                problem = new PackDiagnostic(path, 0, 0, "no such file");
                return null;
            }

            if (info.Length > MaxBytes)
            {
                problem = new PackDiagnostic(path, 0, 0, $"the file is {info.Length / (1024 * 1024)} MB; files above {MaxBytes / (1024 * 1024)} MB are refused");
                return null;
            }

            var bytes = File.ReadAllBytes(path);
            var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            var text = encoding.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            problem = new PackDiagnostic(path, 1, 1, "the file is not UTF-8 text");
            return null;
        }
        catch (IOException exception)
        {
            problem = new PackDiagnostic(path, 0, 0, "cannot read the file: " + exception.Message);
            return null;
        }
        catch (UnauthorizedAccessException exception)
        {
            problem = new PackDiagnostic(path, 0, 0, "cannot read the file: " + exception.Message);
            return null;
        }
    }
}
