using System.Runtime.CompilerServices;

namespace PolicyQuiz.Packs.Reading;

/// <summary>
/// Turns byte offsets into UTF-8 text into 1-based lines and columns (columns count characters).
/// Offsets asked for in increasing order cost O(total length) together; a smaller one starts over.
/// </summary>
internal sealed class Utf8Positions
{
    private readonly byte[] _bytes;
    private readonly int _origin;
    private int _offset;
    private int _line = 1;
    private int _column = 1;

    /// <param name="bytes">The text.</param>
    /// <param name="origin">Where line 1 column 1 is (after a byte order mark).</param>
    public Utf8Positions(byte[] bytes, int origin = 0)
    {
        _bytes = bytes;
        _origin = origin;
        _offset = origin;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (int Line, int Column) At(int offset)
    {
        offset = Math.Clamp(offset, _origin, _bytes.Length);
        if (offset < _offset)
        {
            _offset = _origin;
            _line = 1;
            _column = 1;
        }

        var span = _bytes.AsSpan(_offset, offset - _offset);
        var lastNewline = span.LastIndexOf((byte)'\n');
        if (lastNewline >= 0)
        {
            _line += span[..(lastNewline + 1)].Count((byte)'\n');
            _column = 1 + CountCharacters(span[(lastNewline + 1)..]);
        }
        else
        {
            _column += CountCharacters(span);
        }

        _offset = offset;
        return (_line, _column);
    }

    /// <summary>The byte offset of a 0-based line and a 0-based byte position in it.</summary>
    public int OffsetOf(long lineIndex, long byteInLine)
    {
        var offset = _origin;
        for (long line = 0; line < lineIndex; line++)
        {
            var next = _bytes.AsSpan(offset).IndexOf((byte)'\n');
            if (next < 0)
            {
                return _bytes.Length;
            }

            offset += next + 1;
        }

        return (int)Math.Min(_bytes.Length, offset + byteInLine);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int CountCharacters(ReadOnlySpan<byte> utf8)
    {
        // Every byte that is not a continuation byte (10xxxxxx) starts a character.
        var continuation = 0;
        foreach (var b in utf8)
        {
            if ((b & 0xC0) == 0x80)
            {
                continuation++;
            }
        }

        return utf8.Length - continuation;
    }
}
