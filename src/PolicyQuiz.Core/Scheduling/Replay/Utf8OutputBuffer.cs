using System.Runtime.CompilerServices;
using System.Text;

namespace PolicyQuiz.Core.Scheduling.Replay;

/// <summary>
/// Output kept in memory in 1 MiB UTF-8 chunks until the whole input is known to be good, then written at once.
/// Chunks (not one growing array) so nothing is copied while it grows.
/// </summary>
internal sealed class Utf8OutputBuffer
{
    private const int ChunkSize = 1 << 20;
    private readonly List<(byte[] Bytes, int Used)> _full = [];
    private byte[] _chunk = new byte[ChunkSize];
    private int _used;

    /// <summary>Room for at least <paramref name="size"/> bytes (at most one chunk); call <see cref="Advance"/> after writing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Span<byte> Reserve(int size)
    {
        if (ChunkSize - _used < size)
        {
            _full.Add((_chunk, _used));
            _chunk = new byte[ChunkSize];
            _used = 0;
        }

        return _chunk.AsSpan(_used);
    }

    public void Advance(int count) => _used += count;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Append(ReadOnlySpan<char> text)
    {
        var size = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (size > ChunkSize)
        {
            var bytes = Encoding.UTF8.GetBytes(text.ToArray());
            for (var offset = 0; offset < bytes.Length; offset += ChunkSize)
            {
                var piece = bytes.AsSpan(offset, Math.Min(ChunkSize, bytes.Length - offset));
                piece.CopyTo(Reserve(piece.Length));
                Advance(piece.Length);
            }

            return;
        }

        Advance(Encoding.UTF8.GetBytes(text, Reserve(size)));
    }

    public void Append(byte ascii)
    {
        Reserve(1)[0] = ascii;
        _used++;
    }

    public void WriteTo(Stream output)
    {
        foreach (var (bytes, used) in _full)
        {
            output.Write(bytes, 0, used);
        }

        output.Write(_chunk.AsSpan(0, _used));
    }
}
