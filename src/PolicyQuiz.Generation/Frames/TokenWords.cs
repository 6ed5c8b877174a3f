using System.Runtime.CompilerServices;
using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation;

/// <summary>
/// The lexicon's word classes of a document's tokens, as the clause frames and the question rules ask about them:
/// the classes come with each token (<see cref="Token.Classes"/>, looked up once when the tokenizer made it), and a
/// token's verb form is looked up once per document, only for tokens that are verb forms at all.
/// </summary>
internal sealed class TokenWords
{
    private readonly List<Token> _tokens;

    // for each token: whether its verb form was looked up, and the form
    private readonly bool[] _verbKnown;
    private readonly VerbForm?[] _verbs;

    public TokenWords(List<Token> tokens)
    {
        _tokens = tokens;
        _verbKnown = new bool[tokens.Count];
        _verbs = new VerbForm?[tokens.Count];
    }

    /// <summary><see cref="Lexicon.Verb"/> of token <paramref name="k"/>'s lowercase form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public VerbForm? Verb(int k) => _tokens[k].Has(WordClass.Verb) ? VerbForm(k) : null;

    // inlined, the test above passes over most tokens (asked of every token by several rules) without a call
    private VerbForm? VerbForm(int k)
    {
        if (!_verbKnown[k])
        {
            _verbs[k] = Lexicon.Verb(_tokens[k].Lower);
            _verbKnown[k] = true;
        }

        return _verbs[k];
    }

    public bool IsPreposition(int k) => _tokens[k].Has(WordClass.Preposition);

    public bool IsDeterminer(int k) => _tokens[k].Has(WordClass.Determiner);

    public bool IsAuxiliary(int k) => _tokens[k].Has(WordClass.Auxiliary);

    public bool IsCommon(int k) => _tokens[k].Has(WordClass.Common);
}
