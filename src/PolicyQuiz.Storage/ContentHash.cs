using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace PolicyQuiz.Storage;

/// <summary>SHA-256 (lowercase hex) over a sequence of optional strings, each length-prefixed so that no two sequences collide by concatenation.</summary>
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

    /// <summary>Accumulates fields into one hash; <see cref="Finish"/> returns it and starts over.</summary>
    public sealed class Builder : IDisposable
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public void Add(string? field)
        {
            Span<byte> prefix = stackalloc byte[5];
            if (field is null)
            {
                prefix[0] = 0;
                _hash.AppendData(prefix[..1]);
                return;
            }

            var length = Encoding.UTF8.GetByteCount(field);
            prefix[0] = 1;
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(prefix[1..], length);
            _hash.AppendData(prefix);
            if (length <= 512)
            {
                Span<byte> bytes = stackalloc byte[length];
                Encoding.UTF8.GetBytes(field, bytes);
                _hash.AppendData(bytes);
            }
            else
            {
                var rented = ArrayPool<byte>.Shared.Rent(length);
                var written = Encoding.UTF8.GetBytes(field, rented);
                _hash.AppendData(rented, 0, written);
                ArrayPool<byte>.Shared.Return(rented);
            }
        }

        public string Finish()
        {
            return Convert.ToHexStringLower(_hash.GetHashAndReset());
        }

        public void Dispose() => _hash.Dispose();
    }
}
