using System.Buffers;
using System.Text;

namespace PolicyQuiz.Generation.Reading;

/// <summary>
/// Reads input files (or folders of them) into articles with a reader chosen per file.
/// Empty, binary, non-UTF-8 and oversized files are refused with a message naming the file.
/// </summary>
public sealed class ArticleLoader
{
    public const long MaxBytes = 50L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly IReadOnlyList<IArticleReader> _readers;

    public ArticleLoader(IEnumerable<IArticleReader>? readers = null) =>
        _readers = readers?.ToArray() ?? [new Feeds.RssFeedReader(), new Feeds.AtomFeedReader(), new Html.HtmlArticleReader(), new MarkdownArticleReader()];

    /// <summary>Expands folders into the files inside them (sorted, readable extensions only).</summary>
    public IReadOnlyList<string> Expand(IEnumerable<string> inputs)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                var inside = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                    .Where(f => _readers.Any(r => r.CanRead(f, default)) && Path.GetExtension(f).Length > 0)
                    .Order(StringComparer.Ordinal);
                files.AddRange(inside);
            }
            else
            {
                files.Add(input);
            }
        }

        return files;
    }

    /// <summary>Loads one file; on failure returns the message (without the file name) instead.</summary>
    public LoadResult Load(string path)
    {
        try
        {
            // the length of what the handle opened: for a symbolic link, its target (FileInfo.Length is the link's own)
            using var handle = File.OpenHandle(path);
            var length = RandomAccess.GetLength(handle);
            if (length == 0)
            {
                return LoadResult.Failed(path, "the file is empty");
            }

            if (length > MaxBytes)
            {
                return LoadResult.Failed(path, $"the file is larger than {MaxBytes / (1024 * 1024)} MB");
            }

            // read into a pooled buffer: the bytes and their decoded characters are only needed until the reader has taken its part
            var buffer = ArrayPool<byte>.Shared.Rent((int)length);
            try
            {
                return Parse(path, buffer.AsSpan(0, ReadAll(handle, buffer.AsSpan(0, (int)length))));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // asked of the open itself: a stat before it would cost a system call per file
            return LoadResult.Failed(path, "no such file");
        }
        catch (IOException e)
        {
            return LoadResult.Failed(path, e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            return LoadResult.Failed(path, e.Message);
        }
    }

    /// <summary>Parses file content already in memory.</summary>
    public LoadResult Parse(string path, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            return LoadResult.Failed(path, "the file is empty");
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            return LoadResult.Failed(path, "the file is binary, not text");
        }

        var chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            ReadOnlySpan<char> text;
            try
            {
                text = chars.AsSpan(0, StrictUtf8.GetChars(bytes, chars));
            }
            catch (DecoderFallbackException)
            {
                return LoadResult.Failed(path, "the file is not valid UTF-8 text");
            }

            if (text.IsWhiteSpace())
            {
                return LoadResult.Failed(path, "the file has no text");
            }

            return Read(path, text);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private LoadResult Read(string path, ReadOnlySpan<char> text)
    {
        var head = text[..Math.Min(text.Length, 512)];
        IArticleReader? reader = null;
        foreach (var candidate in _readers)
        {
            if (candidate.CanRead(path, head))
            {
                reader = candidate;
                break;
            }
        }

        if (reader is null)
        {
            return LoadResult.Failed(path, "no reader understands this kind of file");
        }

        try
        {
            var articles = reader.Read(path, text);
            return articles.Count == 0
                ? LoadResult.Failed(path, "no article found in the file")
                : new LoadResult(path, articles, null, null);
        }
        catch (ArticleFormatException e)
        {
            return LoadResult.Failed(path, e.Message, e.Line);
        }
    }

    /// <summary>Reads the file from its start until <paramref name="buffer"/> is full or the file ends (as File.ReadAllBytes); returns the length read.</summary>
    private static int ReadAll(Microsoft.Win32.SafeHandles.SafeFileHandle handle, Span<byte> buffer)
    {
        var length = 0;
        while (length < buffer.Length)
        {
            var read = RandomAccess.Read(handle, buffer[length..], length);
            if (read == 0)
            {
                break;
            }

            length += read;
        }

        return length;
    }
}

/// <summary>The articles read from one file, or why none could be read.</summary>
public sealed record LoadResult(string Path, IReadOnlyList<Article> Articles, string? Error, int? Line)
{
    public bool Ok => Error is null;

    public static LoadResult Failed(string path, string error, int? line = null) => new(path, [], error, line);

    /// <summary>FILE[:LINE]: message.</summary>
    public string Describe() => Line is { } l ? $"{Path}:{l}: {Error}" : $"{Path}: {Error}";
}
