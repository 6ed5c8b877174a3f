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

    [Fact]
    public void Words_read_by_the_ascii_path_end_where_the_general_scan_ends()
    {
        // plain ASCII words are read and hashed in one pass; abbreviations, initials, initialisms, possessives,
        // hyphens and non-ASCII letters end (or continue) them exactly as before
        var text = "Mr. Smith met J. Doe of the U.S. and Gen. Lee at 10AM in Mosul\u0301 on Feb. 3. Trump's state-run caf\u00e9 co-op's end.";
        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(
            ["Mr.", "Smith", "met", "J.", "Doe", "of", "the", "U.S.", "and", "Gen.", "Lee", "at", "10AM", "in", "Mosul\u0301", "on", "Feb.", "3", ".", "Trump", "'s", "state-run", "caf\u00e9", "co-op", "'s", "end", "."],
            tokens.Select(t => t.Text));
        Assert.All(tokens, t => Assert.Equal(text[t.Start..t.End], t.Text));
        Assert.All(tokens.Where(t => t.Kind == TokenKind.Word), t =>
        {
            Assert.Equal(t.Text.ToLowerInvariant(), t.Lower);
            Assert.Equal(Lexicon.ClassesOf(t.Lower, t.Text), t.Classes);
        });
    }
}
