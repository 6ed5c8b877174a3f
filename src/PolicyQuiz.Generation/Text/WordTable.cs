using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace PolicyQuiz.Generation.Text;

/// <summary>What the tokenizer knows of one distinct word: its lowercase form (the same string when it has no capital) and its lexicon classes as a word.</summary>
internal readonly record struct WordInfo(string Lower, WordClass Classes);

/// <summary>
/// A table of words (the tokenizer's distinct words, the lexicon's verb forms), found by the characters of a word without
/// making a string: open addressing with <see cref="WordHash"/>, cheaper per lookup than a dictionary's (alternate) lookup.
/// It stops growing at <see cref="MaxCount"/> words (the tokenizer then works later new words out each time).
/// </summary>
internal sealed class WordTable<TValue>
{
    public const int MaxCount = 200_000;

    /// <summary>Slots of key, hash and value together: a lookup touches one slot, not three arrays.</summary>
    private Slot[] _slots;
    private int _count;

    /// <param name="slots">The first number of slots, a power of two (the table doubles it when half full).</param>
    public WordTable(int slots = 8192) => _slots = new Slot[slots];

    public bool TryGet(ReadOnlySpan<char> word, out string key, [MaybeNullWhen(false)] out TValue value)
    {
        ref readonly var slot = ref Find(word, WordHash.Of(word));
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
    /// The slot of <paramref name="word"/>, whose <see cref="WordHash.Of"/> is <paramref name="hash"/>, or a null reference:
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
    public void Add(string key, TValue value)
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

        Insert(new Slot(key, WordHash.Of(key), value));
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

    public readonly record struct Slot(string? Key, int Hash, TValue Value);
}
