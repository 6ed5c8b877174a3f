using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation.Tests.Text;

public sealed class TokenizerTests
{
    [Fact]
    public void Marks_from_the_table_are_tokens_like_any_other()
    {
        // ASCII marks come from a static table, others (the dash, the euro) from the word table
        var tokens = Tokenizer.Tokenize("Prices rose 5% (to $4), a record \u2014 up \u20ac2 & more; \"really\"?");

        Assert.All(tokens.Where(t => t.Kind is TokenKind.Punct or TokenKind.Symbol), t =>
        {
            Assert.Equal(1, t.End - t.Start);
            Assert.Equal(t.Text, t.Lower);
            Assert.Equal(Lexicon.ClassesOf(t.Text, t.Text), t.Classes);
        });
        Assert.Equal(["%", "(", "$", ")", ",", "\u2014", "\u20ac", "&", ";", "\"", "\"", "?"], tokens.Where(t => t.Kind is TokenKind.Punct or TokenKind.Symbol).Select(t => t.Text));
    }

    [Fact]
    public void The_token_list_is_exactly_as_long_as_the_tokens()
    {
        var tokens = Tokenizer.Tokenize(string.Join(' ', Enumerable.Repeat("one, two.", 3000)));

        Assert.Equal(12000, tokens.Count);
        Assert.Equal(tokens.Count, tokens.Capacity);
    }
}
