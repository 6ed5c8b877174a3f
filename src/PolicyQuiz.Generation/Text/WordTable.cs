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

    private string?[] _keys = new string?[8192];
    private int[] _hashes = new int[8192];
    private WordInfo[] _values = new WordInfo[8192];
    private int _count;

    public bool TryGet(ReadOnlySpan<char> word, out string key, out WordInfo value)
    {
        var hash = Hash(word);
        var mask = _keys.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var candidate = _keys[slot];
            if (candidate is null)
            {
                key = string.Empty;
                value = default;
                return false;
            }

            if (_hashes[slot] == hash && word.SequenceEqual(candidate))
            {
                key = candidate;
                value = _values[slot];
                return true;
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

        if ((_count + 1) * 2 > _keys.Length)
        {
            Grow();
        }

        Insert(key, Hash(key), value);
        _count++;
    }

    private void Insert(string key, int hash, WordInfo value)
    {
        var mask = _keys.Length - 1;
        var slot = hash & mask;
        while (_keys[slot] is not null)
        {
            slot = (slot + 1) & mask;
        }

        _keys[slot] = key;
        _hashes[slot] = hash;
        _values[slot] = value;
    }

    private void Grow()
    {
        var (keys, hashes, values) = (_keys, _hashes, _values);
        _keys = new string?[keys.Length * 2];
        _hashes = new int[keys.Length * 2];
        _values = new WordInfo[keys.Length * 2];
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] is { } key)
            {
                Insert(key, hashes[i], values[i]);
            }
        }
    }

    /// <summary>FNV-1a over the characters, the high bits folded in so that the low bits used for slots vary.</summary>
    private static int Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash ^ (hash >> 15)) & int.MaxValue;
    }
}
