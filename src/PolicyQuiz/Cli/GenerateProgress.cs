using System.Text;
using PolicyQuiz.Core.Text;

namespace PolicyQuiz.Cli;

/// <summary>
/// Progress of `generate` over its inputs, on standard error. On a terminal with more than
/// <see cref="BarThreshold"/> inputs: one line redrawn in place with \r (a bar, the count and the
/// current file), at most every <see cref="RedrawInterval"/>. Otherwise plain lines
/// "read FILE: N articles", handed to the writer together at most every <see cref="RedrawInterval"/> (one write for
/// many quick inputs instead of one each), and at once before a message and at the end. File names and messages pass
/// through <see cref="TerminalText.Sanitize"/>.
/// </summary>
internal sealed class GenerateProgress(TextWriter error, bool terminal, int width, TimeProvider time)
{
    public const int BarThreshold = 3;

    public static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(50);

    private const int BarCells = 24;

    private int _total;
    private int _done;
    private bool _bar;
    private long _lastDraw;
    private int _drawn;
    private long _lastWrite;
    private readonly StringBuilder _lines = new();

    /// <summary>Progress on this process's standard error: a bar when it is a terminal.</summary>
    public static GenerateProgress ForConsole(TimeProvider? time = null) =>
        new(Console.Error, !Console.IsErrorRedirected, TerminalWidth(), time ?? TimeProvider.System);

    public void Start(int total)
    {
        _total = total;
        _done = 0;
        _bar = terminal && total > BarThreshold;
        _lastWrite = time.GetTimestamp();
        if (_bar)
        {
            Draw(string.Empty);
        }
    }

    /// <summary>One input read (<paramref name="articles"/> articles from it).</summary>
    public void Advance(string fileName, int articles)
    {
        _done++;
        if (_bar)
        {
            DrawThrottled(fileName);
            return;
        }

        _lines.Append("read ").Append(TerminalText.Sanitize(fileName)).Append(": ").Append(articles).AppendLine(articles == 1 ? " article" : " articles");
        if (time.GetElapsedTime(_lastWrite) >= RedrawInterval)
        {
            WriteLines();
        }
    }

    /// <summary>One input done with nothing to say about it (a failed input whose error went through <see cref="Report"/>): the bar moves, no plain line.</summary>
    public void Advance(string fileName)
    {
        _done++;
        if (_bar)
        {
            DrawThrottled(fileName);
        }
    }

    /// <summary>Writes a message (an input's error) on its own line without breaking the bar.</summary>
    public void Report(string message)
    {
        WriteLines();
        if (_bar)
        {
            Clear();
        }

        error.WriteLine(TerminalText.Sanitize(message));
        if (_bar)
        {
            Draw(string.Empty);
        }
    }

    public void Finish()
    {
        WriteLines();
        if (_bar)
        {
            Draw(string.Empty);
            error.WriteLine();
            _bar = false;
        }

        error.Flush();
    }

    /// <summary>Hands the plain lines gathered so far to the writer.</summary>
    private void WriteLines()
    {
        _lastWrite = time.GetTimestamp();
        if (_lines.Length > 0)
        {
            error.Write(_lines);
            error.Flush();
            _lines.Clear();
        }
    }

    private void DrawThrottled(string fileName)
    {
        var now = time.GetTimestamp();
        if (_done >= _total || time.GetElapsedTime(_lastDraw, now) >= RedrawInterval)
        {
            Draw(fileName);
        }
    }

    private void Draw(string fileName)
    {
        _lastDraw = time.GetTimestamp();
        var filled = _total == 0 ? BarCells : (int)((long)BarCells * Math.Min(_done, _total) / _total);
        var line = new StringBuilder(width);
        line.Append('[').Append('#', filled).Append('-', BarCells - filled).Append("] ");
        line.Append(_done).Append('/').Append(_total).Append(" inputs");
        var name = TerminalText.Sanitize(Path.GetFileName(fileName));
        var room = width - 1 - line.Length - 2;
        if (name.Length > 0 && room > 3)
        {
            line.Append("  ").Append(name.Length <= room ? name : "…" + name[^(room - 1)..]);
        }

        var text = line.ToString();
        error.Write('\r');
        error.Write(text);
        if (_drawn > text.Length)
        {
            error.Write(new string(' ', _drawn - text.Length));
            error.Write('\r');
            error.Write(text);
        }

        _drawn = text.Length;
        error.Flush();
    }

    private void Clear()
    {
        error.Write('\r');
        error.Write(new string(' ', _drawn));
        error.Write('\r');
        _drawn = 0;
    }

    private static int TerminalWidth()
    {
        try
        {
            return Console.IsErrorRedirected || Console.WindowWidth < 20 ? 80 : Console.WindowWidth;
        }
        catch (IOException)
        {
            return 80;
        }
        catch (PlatformNotSupportedException)
        {
            return 80;
        }
    }
}
