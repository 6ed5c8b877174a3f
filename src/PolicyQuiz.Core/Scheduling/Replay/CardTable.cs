using System.Runtime.CompilerServices;

namespace PolicyQuiz.Core.Scheduling.Replay;

/// <summary>
/// The replay's cards by id: an open-addressing hash table looked up with the id's characters straight from the
/// input line (no string per row; one string per distinct card), holding each card as a value in one array.
/// </summary>
internal sealed class CardTable
{
    private Bucket[] _buckets = new Bucket[1024];
    private string[] _keys = new string[512];
    private Entry[] _entries = new Entry[512];
    private int _count;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ref Entry GetOrAdd(ReadOnlySpan<char> id, out bool existed)
    {
        var hash = string.GetHashCode(id);
        var mask = _buckets.Length - 1;
        var bucket = hash & mask;
        while (true)
        {
            ref var slot = ref _buckets[bucket];
            if (slot.EntryPlusOne == 0)
            {
                break;
            }

            var index = slot.EntryPlusOne - 1;
            if (slot.Hash == hash && id.SequenceEqual(_keys[index]))
            {
                existed = true;
                return ref _entries[index];
            }

            bucket = (bucket + 1) & mask;
        }

        existed = false;
        if (_count == _entries.Length)
        {
            Grow();
            return ref GetOrAdd(id, out existed);
        }

        _keys[_count] = id.ToString();
        _entries[_count] = default;
        _buckets[bucket] = new Bucket(hash, ++_count);
        return ref _entries[_count - 1];
    }

    private void Grow()
    {
        var capacity = _entries.Length * 2;
        Array.Resize(ref _keys, capacity);
        Array.Resize(ref _entries, capacity);
        var old = _buckets;
        _buckets = new Bucket[capacity * 2];
        var mask = _buckets.Length - 1;
        foreach (var moving in old)
        {
            if (moving.EntryPlusOne == 0)
            {
                continue;
            }

            var bucket = moving.Hash & mask;
            while (_buckets[bucket].EntryPlusOne != 0)
            {
                bucket = (bucket + 1) & mask;
            }

            _buckets[bucket] = moving;
        }
    }

    /// <summary>A card's hash beside its place in the entries (0 = empty), so most misses never touch the key.</summary>
    private readonly record struct Bucket(int Hash, int EntryPlusOne);

    /// <summary>A card and the line of its latest review.</summary>
    public struct Entry
    {
        public CardMemory Card;
        public int Line;
    }
}
