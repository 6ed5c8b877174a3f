namespace PolicyQuiz.Generation.Text;

public enum TokenKind : byte
{
    Word,
    Number,
    Punct,
    Symbol,
}

/// <summary>A word, number or mark of the normalised text, with its offsets.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind, string Text, string Lower, bool BreakBefore, bool ParagraphBefore)
{
    /// <summary>
    /// The lexicon lists the token is in (<see cref="Lexicon.ClassesOf"/>), set by the tokenizer: test a bit
    /// (<see cref="Has"/>) instead of looking the word up again. Tokens made elsewhere have none.
    /// </summary>
    public WordClass Classes { get; init; }

    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>Whether the token is in any of the lists <paramref name="classes"/> names.</summary>
    public bool Has(WordClass classes) => (Classes & classes) != 0;

    /// <summary>A word that starts with an uppercase letter (a bit of <see cref="Classes"/>: only words start with one).</summary>
    public bool IsCapitalized => (Classes & WordClass.Capitalised) != 0;

    public bool IsAllCaps
    {
        get
        {
            if (Kind != TokenKind.Word || Text.Length < 2)
            {
                return false;
            }

            var letters = 0;
            foreach (var c in Text)
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                if (char.IsLetter(c))
                {
                    letters++;
                }
            }

            return letters >= 2;
        }
    }

    public bool Is(string lower) => string.Equals(Lower, lower, StringComparison.Ordinal);

    public bool IsPunct(char c) => Kind == TokenKind.Punct && Text.Length == 1 && Text[0] == c;

    public override string ToString() => Text;
}
