namespace PolicyQuiz.Generation;

/// <summary>
/// A set of texts compared in <see cref="AnswerMatch"/>'s normal form: the ranker asks it once per question picked whether the
/// prompt was picked already, and a prompt (a whole sentence for a cloze) is long. A text is filed under a key read from its
/// last word (<see cref="AnswerMatch.LastWordKey"/>, the same for texts of the same normal form), and only texts that share a
/// key are compared, word by word as they are read (<see cref="AnswerMatch.SameNormal"/>): no normal form is written out.
/// </summary>
internal sealed class NormalTexts
{
    // open addressing on the key: the slot holds the entry's number plus one (0: empty)
    private int[] _slots = new int[64];
    private Entry[] _entries = new Entry[32];
    private int _count;

    /// <summary>A text and its key.</summary>
    private struct Entry
    {
        public int Key;
        public string Text;
    }

    /// <summary>Empties the set, keeping its room (one set serves article after article).</summary>
    public void Clear()
    {
        Array.Clear(_entries, 0, _count);
        _count = 0;
        Array.Clear(_slots);
    }

    /// <summary>Adds <paramref name="text"/>; false if a text of the same normal form is in the set already.</summary>
    public bool Add(string text)
    {
        var key = AnswerMatch.LastWordKey(text);
        var mask = _slots.Length - 1;
        var slot = key & mask;
        while (_slots[slot] != 0)
        {
            ref var other = ref _entries[_slots[slot] - 1];
            if (other.Key == key && AnswerMatch.SameNormal(text, other.Text))
            {
                return false;
            }

            slot = (slot + 1) & mask;
        }

        if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, 2 * _entries.Length);
        }

        _entries[_count++] = new Entry { Key = key, Text = text };
        _slots[slot] = _count;
        if (2 * _count > _slots.Length)
        {
            Rehash();
        }

        return true;
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
