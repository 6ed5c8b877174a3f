namespace PolicyQuiz.Generation;

/// <summary>
/// A set of texts compared in <see cref="AnswerMatch"/>'s normal form: the ranker asks it once per question picked whether the
/// prompt was picked already, and a prompt (a whole sentence for a cloze) is long. A text is filed under a key read from its
/// last word (<see cref="AnswerMatch.LastWordKey"/>, the same for texts of the same normal form), and normal forms are worked
/// out only for texts that share a key, kept as characters in one shared buffer rather than as a string each.
/// </summary>
internal sealed class NormalTexts
{
    private char[] _chars = new char[1024];
    private int _used;

    // the new text's normal form, when it had to be worked out
    private char[] _scratch = new char[256];

    // open addressing on the key: the slot holds the entry's number plus one (0: empty)
    private int[] _slots = new int[64];
    private Entry[] _entries = new Entry[32];
    private int _count;

    /// <summary>A text, its key, and where its normal form is in the shared buffer (a length of -1 until it is worked out).</summary>
    private struct Entry
    {
        public int Key;
        public string Text;
        public int Start;
        public int Length;
    }

    /// <summary>Empties the set, keeping its room (one set serves article after article).</summary>
    public void Clear()
    {
        Array.Clear(_entries, 0, _count);
        _used = 0;
        _count = 0;
        Array.Clear(_slots);
    }

    /// <summary>Adds <paramref name="text"/>; false if a text of the same normal form is in the set already.</summary>
    public bool Add(string text)
    {
        var key = AnswerMatch.LastWordKey(text);
        var mask = _slots.Length - 1;
        var slot = key & mask;
        var normalLength = -1;
        while (_slots[slot] != 0)
        {
            ref var other = ref _entries[_slots[slot] - 1];
            if (other.Key == key)
            {
                if (normalLength < 0)
                {
                    if (_scratch.Length < text.Length)
                    {
                        _scratch = new char[Math.Max(text.Length, 2 * _scratch.Length)];
                    }

                    normalLength = AnswerMatch.Fold(text, _scratch);
                }

                if (_scratch.AsSpan(0, normalLength).SequenceEqual(Normal(ref other)))
                {
                    return false;
                }
            }

            slot = (slot + 1) & mask;
        }

        if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, 2 * _entries.Length);
        }

        ref var entry = ref _entries[_count++];
        entry = new Entry { Key = key, Text = text, Length = -1 };
        if (normalLength >= 0)
        {
            Keep(ref entry, _scratch.AsSpan(0, normalLength));
        }

        _slots[slot] = _count;
        if (2 * _count > _slots.Length)
        {
            Rehash();
        }

        return true;
    }

    /// <summary>The entry's normal form, worked out the first time it is asked for.</summary>
    private ReadOnlySpan<char> Normal(ref Entry entry)
    {
        if (entry.Length < 0)
        {
            Room(entry.Text.Length);
            entry.Start = _used;
            entry.Length = AnswerMatch.Fold(entry.Text, _chars.AsSpan(_used, entry.Text.Length));
            _used += entry.Length;
        }

        return _chars.AsSpan(entry.Start, entry.Length);
    }

    private void Keep(ref Entry entry, ReadOnlySpan<char> normal)
    {
        Room(normal.Length);
        entry.Start = _used;
        entry.Length = normal.Length;
        normal.CopyTo(_chars.AsSpan(_used));
        _used += normal.Length;
    }

    private void Room(int length)
    {
        if (_chars.Length - _used < length)
        {
            Array.Resize(ref _chars, Math.Max(2 * _chars.Length, _used + length));
        }
    }

    private void Rehash()
    {
        _slots = new int[2 * _slots.Length];
        var mask = _slots.Length - 1;
        for (var i = 0; i < _count; i++)
        {
            var slot = _entries[i].Key & mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = i + 1;
        }
    }
}
