using System.Collections.Frozen;
using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation;

/// <summary>
/// The lexicon's word classes of a document's tokens (verb form, preposition, determiner, auxiliary,
/// common word), each looked up once per token on first use. The clause frames and the question rules
/// ask about the same few tokens many times over, and every lookup in a word list hashes the word anew.
/// </summary>
internal sealed class TokenWords
{
    private const byte VerbKnown = 1;
    private const byte Preposition = 2;
    private const byte Determiner = 4;
    private const byte Auxiliary = 8;
    private const byte Common = 16;

    private readonly List<Token> _tokens;

    // for each token: which classes were looked up (a bit per class), which of those it belongs to, and its verb form
    private readonly byte[] _known;
    private readonly byte[] _is;
    private readonly VerbForm?[] _verbs;

    public TokenWords(List<Token> tokens)
    {
        _tokens = tokens;
        _known = new byte[tokens.Count];
        _is = new byte[tokens.Count];
        _verbs = new VerbForm?[tokens.Count];
    }

    /// <summary><see cref="Lexicon.Verb"/> of token <paramref name="k"/>'s lowercase form.</summary>
    public VerbForm? Verb(int k)
    {
        if ((_known[k] & VerbKnown) == 0)
        {
            _verbs[k] = Lexicon.Verb(_tokens[k].Lower);
            _known[k] |= VerbKnown;
        }

        return _verbs[k];
    }

    public bool IsPreposition(int k) => Is(k, Preposition, Lexicon.Prepositions);

    public bool IsDeterminer(int k) => Is(k, Determiner, Lexicon.Determiners);

    public bool IsAuxiliary(int k) => Is(k, Auxiliary, Lexicon.Auxiliaries);

    public bool IsCommon(int k) => Is(k, Common, Lexicon.CommonWords);

    private bool Is(int k, byte bit, FrozenSet<string> words)
    {
        if ((_known[k] & bit) == 0)
        {
            if (words.Contains(_tokens[k].Lower))
            {
                _is[k] |= bit;
            }

            _known[k] |= bit;
        }

        return (_is[k] & bit) != 0;
    }
}
