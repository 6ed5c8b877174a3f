using System.Numerics;
using System.Runtime.InteropServices;
using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Generation;

/// <summary>
/// The question ids a pack has given so far, so that each new one is unique: the slug of the source id and
/// the prompt, or that slug with "-2", "-3", ... when it is taken.
/// <para>
/// A pack of thousands of articles holds hundreds of thousands of ids, so the ids are kept as 64-bit hashes
/// (a few MB instead of tens). Two different ids share a hash with odds of about n²/2⁶⁵; the later one then
/// takes the next number, so ids stay unique either way. And when the pack's source ids are known, each source
/// keeps its own small set: an id of source <c>A</c> is <c>A</c> or starts with <c>A-</c> (for a source id of
/// at most 56 characters), so two sources can share an id only when one's id is the other's followed by a
/// hyphen. With no such pair, a question's id is checked against its own source's ids only, a set that stays
/// in the cache, instead of against one set of the whole pack.
/// </para>
/// </summary>
public sealed class QuestionIds
{
    private const int ShortSourceId = 56;

    // by source id, when the sources' ids cannot collide; else one set under the empty key
    private readonly Dictionary<string, HashSet<ulong>> _taken = new(StringComparer.Ordinal);
    private readonly bool _bySource;
    private string? _lastSource;
    private HashSet<ulong>? _lastSet;
    private string? _slugChecked;
    private bool _sourceIsSlug;

    /// <summary>Ids checked against all the ids given so far.</summary>
    public QuestionIds()
    {
    }

    /// <summary>Ids for a pack of the sources <paramref name="sourceIds"/> (each question claims under one of them).</summary>
    public QuestionIds(IReadOnlyCollection<string> sourceIds) => _bySource = Independent(sourceIds);

    /// <summary>A new unique id for a question of <paramref name="sourceId"/> with the text <paramref name="text"/> (its prompt).</summary>
    public string Claim(string sourceId, string text)
    {
        var taken = SetOf(sourceId);
        if (!ReferenceEquals(sourceId, _slugChecked))
        {
            // an article's questions claim under one source id: whether it is a slug is checked once
            _slugChecked = sourceId;
            _sourceIsSlug = Slug.IsValid(sourceId);
        }

        var id = Slug.From(sourceId, _sourceIsSlug, text, 60);
        if (taken.Add(Hash(id)))
        {
            return id;
        }

        var baseId = Slug.From(id, 56);
        for (var k = 2; ; k++)
        {
            var numbered = baseId + "-" + k;
            if (taken.Add(Hash(numbered)))
            {
                return numbered;
            }
        }
    }

    private HashSet<ulong> SetOf(string sourceId)
    {
        var key = _bySource ? sourceId : string.Empty;
        if (_lastSet is null || !string.Equals(_lastSource, key, StringComparison.Ordinal))
        {
            if (!_taken.TryGetValue(key, out _lastSet))
            {
                // room for an article's questions (about 40 per 500 words) from the start, instead of growing four times
                _taken[key] = _lastSet = new HashSet<ulong>(64);
            }

            _lastSource = key;
        }

        return _lastSet;
    }

    /// <summary>
    /// Whether no two of the source ids can give the same question id: all are short slugs and none is another
    /// followed by a hyphen. In ordinal order such a pair is adjacent ('-' sorts before every other slug character).
    /// </summary>
    internal static bool Independent(IReadOnlyCollection<string> sourceIds)
    {
        var sorted = sourceIds.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        for (var i = 0; i < sorted.Length; i++)
        {
            if (sorted[i].Length > ShortSourceId || !Slug.IsValid(sorted[i]))
            {
                return false;
            }

            if (i + 1 < sorted.Length
                && (string.Equals(sorted[i], sorted[i + 1], StringComparison.Ordinal)
                    || sorted[i + 1].Length > sorted[i].Length && sorted[i + 1].StartsWith(sorted[i], StringComparison.Ordinal) && sorted[i + 1][sorted[i].Length] == '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A 64-bit hash of the characters, four at a time (multiply, xor and rotate; the last few FNV-1a; then a final mix). It has
    /// no per-process seed, so the same ids collide (and take the next number) on every run: packs come out the same.
    /// </summary>
    private static ulong Hash(string id)
    {
        var hash = 14695981039346656037UL ^ (ulong)id.Length;
        var blocks = MemoryMarshal.Cast<char, ulong>(id.AsSpan());
        foreach (var block in blocks)
        {
            hash = BitOperations.RotateLeft((hash ^ block) * 0x9E3779B97F4A7C15UL, 31);
        }

        for (var i = blocks.Length * 4; i < id.Length; i++)
        {
            hash = (hash ^ id[i]) * 1099511628211UL;
        }

        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCDUL;
        return hash ^ (hash >> 33);
    }
}
