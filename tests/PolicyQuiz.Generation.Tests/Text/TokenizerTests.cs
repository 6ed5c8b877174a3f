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

public sealed class TokenClassBitsTests
{
    [Fact]
    public void Capital_and_name_bits_agree_with_reading_the_token_text()
    {
        // the bits are worked out once per distinct word; reading the text as the finders once did must agree for every
        // kind of token, beyond ASCII too
        var text = "I said Al-Sharaa met al-Sharaa, el-Sisi and el-sisi in \u00c9vian; \u0130stanbul's \u00e9lite, 10AM, U.S. Mr. J. Doe (UN) $5 \u20ac3 " +
            "\u2014 \u00abquoted\u00bb \u041c\u043e\u0441\u043a\u0432\u0430 \u043c\u0438\u0440 \u01c5 \u2160 A a I'm it's Trump's 'S al- el-X al-x! Really? Yes\u2026 No\uff01 3.5 a.m. etc. Gen. Lee.";
        var tokens = Tokenizer.Tokenize(text);

        Assert.Contains(tokens, t => t.Kind != TokenKind.Word);
        Assert.All(tokens, t =>
        {
            Assert.Equal(t.Kind == TokenKind.Word && char.IsUpper(t.Text[0]), t.IsCapitalized);
            Assert.Equal(ReadNameToken(t), NameFinder.IsNameToken(t));
            Assert.Equal((t.Kind == TokenKind.Punct && t.Text[0] is '.' or '!' or '?') || (t.Kind == TokenKind.Word && t.Text[^1] == '.'), t.Has(WordClass.Stop));
        });
    }

    /// <summary>The name-token test as it read the token's text before the bit.</summary>
    private static bool ReadNameToken(Token t)
    {
        if (t.Kind != TokenKind.Word)
        {
            return false;
        }

        var c = t.Text[0];
        if (char.IsUpper(c))
        {
            return t.Text.Length > 1 || c != 'I';
        }

        return t.Has(WordClass.Hyphen) && (t.Lower.StartsWith("al-", StringComparison.Ordinal) || t.Lower.StartsWith("el-", StringComparison.Ordinal)) && t.Text.Length > 3 && char.IsUpper(t.Text[3]);
    }
}

public sealed class GazetteerStartTests
{
    [Fact]
    public void A_word_begins_a_gazetteer_key_exactly_when_a_longer_key_starts_with_it()
    {
        var keys = Lexicon.Places.Keys.Concat(Lexicon.Organisations.Keys).Distinct().ToList();
        var words = keys.SelectMany(k => Enumerable.Range(1, k.Length).Select(n => k[..n]))
            .Concat(["", "new", "New", "Ne", "Zzz", "\u00c9", "S\u00e3o", "al-", "Al", "U.S", "U.S.", "the", "The", "Xi", "\u4e2d"])
            .Distinct();
        foreach (var w in words)
        {
            Assert.True(keys.Any(k => k.Length > w.Length && k.StartsWith(w, StringComparison.Ordinal)) == Lexicon.BeginsGazetteerKey(w), w);
        }
    }
}
