using System.Runtime.CompilerServices;

namespace PolicyQuiz.Generation;

/// <summary>
/// A set of one document's token indexes as a flag per token: a lookup is one array read where a hash set of ints
/// hashes and probes (the frames and question rules ask it of most tokens). An index outside the document is never in it.
/// </summary>
public sealed class TokenSet
{
    private readonly bool[] _flags;

    public TokenSet(int tokens) => _flags = new bool[tokens];

    public void Add(int token)
    {
        if ((uint)token >= (uint)_flags.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(token), token, "not a token of the document");
        }

        _flags[token] = true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(int token) => (uint)token < (uint)_flags.Length && _flags[token];
}
