using System.Runtime.InteropServices;

namespace PolicyQuiz.Generation;

/// <summary>
/// A set of texts compared in <see cref="AnswerMatch"/>'s normal form, each kept as characters in one shared buffer rather
/// than as a string of its own: the ranker asks it once per question picked whether the prompt was picked already, and a
/// prompt (a whole sentence for a cloze) is long.
/// </summary>
internal sealed class NormalTexts
{
    private char[] _chars = new char[2048];
    private int _used;

    // open addressing: the slot holds the entry's number plus one (0: empty)
    private int[] _slots = new int[64];
    private (int Hash, int Start, int Length)[] _entries = new (int, int, int)[32];
    private int _count;

    /// <summary>Empties the set, keeping its room (one set serves article after article).</summary>
    public void Clear()
    {
        _used = 0;
        _count = 0;
        Array.Clear(_slots);
    }

    /// <summary>Adds the normal form of <paramref name="text"/>; false if an equal one is in the set already.</summary>
    public bool Add(ReadOnlySpan<char> text)
    {
        if (_chars.Length - _used < text.Length)
        {
            Array.Resize(ref _chars, Math.Max(2 * _chars.Length, _used + text.Length));
        }

        // written where it would be kept; left there unkept (to be overwritten) if it is a repeat
        var length = AnswerMatch.Fold(text, _chars.AsSpan(_used, text.Length));
        var normal = _chars.AsSpan(_used, length);
        var hash = Hash(normal);
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        while (_slots[slot] != 0)
        {
            var (otherHash, start, otherLength) = _entries[_slots[slot] - 1];
            if (otherHash == hash && normal.SequenceEqual(_chars.AsSpan(start, otherLength)))
            {
                return false;
            }

            slot = (slot + 1) & mask;
        }

        if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, 2 * _entries.Length);
        }

        _entries[_count++] = (hash, _used, length);
        _slots[slot] = _count;
        _used += length;
        if (2 * _count > _slots.Length)
        {
            Rehash();
        }

        return true;
    }

    /// <summary>A quick hash, four characters at a step (the runtime's string hash is randomised and slower; a clash is settled by comparing).</summary>
    private static int Hash(ReadOnlySpan<char> text)
    {
        const ulong Multiplier = 0x9E3779B97F4A7C15;
        var hash = (ulong)text.Length;
        var blocks = MemoryMarshal.Cast<char, ulong>(text);
        foreach (var block in blocks)
        {
            hash = (hash ^ block) * Multiplier;
        }

        for (var i = 4 * blocks.Length; i < text.Length; i++)
        {
            hash = (hash ^ text[i]) * Multiplier;
        }

        return (int)(hash >> 32);
    }

    private void Rehash()
    {
        _slots = new int[2 * _slots.Length];
        var mask = _slots.Length - 1;
        for (var i = 0; i < _count; i++)
        {
            var slot = _entries[i].Hash & mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = i + 1;
        }
    }
}
