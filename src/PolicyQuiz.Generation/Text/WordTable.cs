using System.Runtime.CompilerServices;

namespace PolicyQuiz.Generation.Text;

/// <summary>What the tokenizer knows of one distinct word: its lowercase form (the same string when it has no capital) and its lexicon classes as a word.</summary>
internal readonly record struct WordInfo(string Lower, WordClass Classes);

/// <summary>
/// The tokenizer's table of distinct words, found by the characters of a token without making a string:
/// open addressing with a hash computed inline, cheaper per token than a dictionary's alternate lookup.
/// It stops growing at <see cref="MaxCount"/> words (later new words are worked out each time).
/// </summary>
internal sealed class WordTable
{
    public const int MaxCount = 200_000;

    /// <summary>Slots of key, hash and value together: a lookup touches one slot, not three arrays.</summary>
    private Slot[] _slots = new Slot[8192];
    private int _count;

    public bool TryGet(ReadOnlySpan<char> word, out string key, out WordInfo value)
    {
        ref readonly var slot = ref Find(word, Hash(word));
        if (Unsafe.IsNullRef(in slot))
        {
            key = string.Empty;
            value = default;
            return false;
        }

        key = slot.Key!;
        value = slot.Value;
        return true;
    }

    /// <summary>
    /// The slot of <paramref name="word"/>, whose <see cref="Hash"/> is <paramref name="hash"/>, or a null reference:
    /// the caller reads the key and value in place, without copying them out (each copied reference costs a write barrier).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref readonly Slot Find(ReadOnlySpan<char> word, int hash)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var index = hash & mask; ; index = (index + 1) & mask)
        {
            ref readonly var slot = ref slots[index];
            if (slot.Key is null)
            {
                return ref Unsafe.NullRef<Slot>();
            }

            if (slot.Hash == hash && word.SequenceEqual(slot.Key))
            {
                return ref slot;
            }
        }
    }

    /// <summary>Adds a word not in the table (ignored once the table is full).</summary>
    public void Add(string key, WordInfo value)
    {
        if (_count >= MaxCount)
        {
            return;
        }

        if ((_count + 1) * 2 > _slots.Length)
        {
            var old = _slots;
            _slots = new Slot[old.Length * 2];
            foreach (var slot in old)
            {
                if (slot.Key is not null)
                {
                    Insert(slot);
                }
            }
        }

        Insert(new Slot(key, Hash(key), value));
        _count++;
    }

    private void Insert(Slot slot)
    {
        var mask = _slots.Length - 1;
        var index = slot.Hash & mask;
        while (_slots[index].Key is not null)
        {
            index = (index + 1) & mask;
        }

        _slots[index] = slot;
    }

    /// <summary>FNV-1a over the characters, the high bits folded in so that the low bits used for slots vary.</summary>
    public static int Hash(ReadOnlySpan<char> word)
    {
        var hash = HashStart;
        foreach (var c in word)
        {
            hash = HashStep(hash, c);
        }

        return HashEnd(hash);
    }

    /// <summary>The parts of <see cref="Hash"/>, for a caller that hashes the characters as it reads them.</summary>
    public const uint HashStart = 2166136261u;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint HashStep(uint hash, char c) => (hash ^ c) * 16777619u;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int HashEnd(uint hash) => (int)(hash ^ (hash >> 15)) & int.MaxValue;

    public readonly record struct Slot(string? Key, int Hash, WordInfo Value);
}
