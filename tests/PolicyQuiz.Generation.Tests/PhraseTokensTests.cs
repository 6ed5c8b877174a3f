using CsCheck;

namespace PolicyQuiz.Generation.Tests;

public sealed class PhraseTokensTests
{
    // words of every length a token copy distinguishes (one character, two or three, four to seven, eight to sixteen, longer),
    // with letters beyond ASCII and beyond the BMP
    private static readonly Gen<string> Word = Gen.String[Gen.Char["abcdeXYZéßЖ"], 1, 24]
        .Select(Gen.Bool, (w, pair) => pair ? w + "\U0001D49C" : w);

    private static readonly Gen<string[]> Words = Word.Array[1, 30];

    [Fact]
    public void A_phrase_writes_each_token_whole_and_in_order() =>
        Words.Sample(words =>
        {
            var doc = Given.Analyzed(string.Join(' ', words) + ".");
            var written = new Phrase(doc).Tokens(0, doc.Tokens.Count).ToString();
            var tokens = string.Concat(doc.Tokens.Select(t => t.Text));
            Assert.Equal(tokens, written.Replace(" ", string.Empty, StringComparison.Ordinal));
        });

    [Fact]
    public void A_noted_phrase_notes_where_each_token_begins() =>
        Words.Sample(words =>
        {
            var doc = Given.Analyzed(string.Join(' ', words) + ".");
            var n = doc.Tokens.Count;
            var before = new int[n];
            var at = new int[n];
            var noted = new Phrase(doc).TokensNoted(0, n, before, at);
            var text = noted.ToString();
            for (var k = 0; k < n; k++)
            {
                Assert.Equal(doc.Tokens[k].Text, text.Substring(at[k], doc.Tokens[k].Text.Length));
                Assert.True(before[k] <= at[k]);
            }
        });
}
