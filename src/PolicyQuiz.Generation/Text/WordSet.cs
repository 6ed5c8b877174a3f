using System.Runtime.CompilerServices;

namespace PolicyQuiz.Generation.Text;

/// <summary>
/// A set of token words (ordinal), cheaper than a hash set of strings for the tokenizer's words: it hashes a word
/// by its length and three of its characters instead of all of them, and compares by reference before comparing
/// characters (the tokenizer hands out one string per distinct word, so a word found again is mostly the same string).
/// </summary>
internal sealed class WordSet
{
    private string?[] _slots = new string?[64];
    private int _count;

    public int Count => _count;

    /// <summary>Adds <paramref name="word"/> unless an equal word is in the set already.</summary>
    public void Add(string word)
    {
        if ((_count + 1) * 2 > _slots.Length)
        {
            Grow();
        }

        var slots = _slots;
        var mask = slots.Length - 1;
        for (var index = Hash(word) & mask; ; index = (index + 1) & mask)
        {
            var slot = slots[index];
            if (slot is null)
            {
                slots[index] = word;
                _count++;
                return;
            }

            if (ReferenceEquals(slot, word) || string.Equals(slot, word, StringComparison.Ordinal))
            {
                return;
            }
        }
    }

    public bool Contains(string word)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var index = Hash(word) & mask; ; index = (index + 1) & mask)
        {
            var slot = slots[index];
            if (slot is null)
            {
                return false;
            }

            if (ReferenceEquals(slot, word) || string.Equals(slot, word, StringComparison.Ordinal))
            {
                return true;
            }
        }
    }

    private void Grow()
    {
        var old = _slots;
        var slots = _slots = new string?[old.Length * 2];
        var mask = slots.Length - 1;
        foreach (var word in old)
        {
            if (word is not null)
            {
                var index = Hash(word) & mask;
                while (slots[index] is not null)
                {
                    index = (index + 1) & mask;
                }

                slots[index] = word;
            }
        }
    }

    /// <summary>A hash of the length and the first, middle and last characters, mixed so that the low bits used for slots vary.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(string word)
    {
        var length = word.Length;
        if (length == 0)
        {
            return 0;
        }

        var h = ((uint)length * 0x9E3779B1u) ^ ((uint)word[0] << 16) ^ ((uint)word[length >> 1] << 8) ^ word[length - 1];
        h *= 0x85EBCA6Bu;
        return (int)(h ^ (h >> 15)) & int.MaxValue;
    }
}
