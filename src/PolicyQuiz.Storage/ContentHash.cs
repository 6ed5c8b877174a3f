using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace PolicyQuiz.Storage;

/// <summary>
/// SHA-256 (lowercase hex) over a sequence of fields: optional strings, each tagged and length-prefixed, and
/// counts, so that no two different sequences hash the same input bytes.
/// </summary>
internal static class ContentHash
{
    [ThreadStatic]
    private static Builder? t_builder;

    public static string Of(params ReadOnlySpan<string?> fields)
    {
        var builder = t_builder ??= new Builder();
        foreach (var field in fields)
        {
            builder.Add(field);
        }

        return builder.Finish();
    }

    /// <summary>Gathers fields into one buffer; <see cref="Finish"/> hashes it in one call and starts over.</summary>
    public sealed class Builder : IDisposable
    {
        private byte[] _buffer = new byte[1024];
        private int _length;

        public void Add(string? field)
        {
            if (field is null)
            {
                Reserve(1)[0] = 0;
                _length += 1;
                return;
            }

            var most = Encoding.UTF8.GetMaxByteCount(field.Length);
            var span = Reserve(5 + most);
            var written = Encoding.UTF8.GetBytes(field, span[5..]);
            span[0] = 1;
            BinaryPrimitives.WriteInt32LittleEndian(span[1..], written);
            _length += 5 + written;
        }

        public void AddCount(int count)
        {
            var span = Reserve(5);
            span[0] = 2;
            BinaryPrimitives.WriteInt32LittleEndian(span[1..], count);
            _length += 5;
        }

        public string Finish()
        {
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(_buffer.AsSpan(0, _length), hash);
            _length = 0;
            return Convert.ToHexStringLower(hash);
        }

        public void Dispose() => _length = 0;

        private Span<byte> Reserve(int bytes)
        {
            if (_length + bytes > _buffer.Length)
            {
                Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + bytes));
            }

            return _buffer.AsSpan(_length);
        }
    }
}
