using System.Runtime.CompilerServices;

namespace PolicyQuiz.Core.Scheduling.Replay;

/// <summary>
/// Reads a text line by line without a string per line: each line is a span into one reusable buffer, valid
/// until the next call. Lines end with \n or \r\n; a last line without an ending still counts.
/// </summary>
internal sealed class LineReader(TextReader reader)
{
    private char[] _buffer = new char[1 << 16];
    private int _start;
    private int _end;
    private bool _ended;

    /// <summary>The 1-based number of the line last returned.</summary>
    public int LineNumber { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryRead(out ReadOnlySpan<char> line)
    {
        while (true)
        {
            var pending = _buffer.AsSpan(_start, _end - _start);
            var newline = pending.IndexOf('\n');
            if (newline >= 0)
            {
                line = WithoutCarriageReturn(pending[..newline]);
                _start += newline + 1;
                LineNumber++;
                return true;
            }

            if (_ended)
            {
                _start = _end;
                if (pending.IsEmpty)
                {
                    line = default;
                    return false;
                }

                line = WithoutCarriageReturn(pending);
                LineNumber++;
                return true;
            }

            Fill();
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = reader.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _ended = true;
        }

        _end += read;
    }

    private static ReadOnlySpan<char> WithoutCarriageReturn(ReadOnlySpan<char> line) =>
        line.Length > 0 && line[^1] == '\r' ? line[..^1] : line;
}
