using CsCheck;

namespace PolicyQuiz.Generation.Tests.Text;

public sealed class CountWordsTests
{
    // long enough for several eight-character blocks; ASCII and other whitespace, and letters beyond ASCII
    private static readonly Gen<string> Text = Gen.String[Gen.Char["ab.  \t\n\r\u000b\u000c\u0008\u001f\u00a0\u2003\u3000é\u2019"], 0, 60];

    [Fact]
    public void Words_are_counted_as_runs_between_whitespace_characters() =>
        Text.Sample(text => QuestionGenerator.CountWords(text) == text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);

    [Fact]
    public void A_word_that_spans_two_blocks_counts_once() =>
        Assert.Equal(4, QuestionGenerator.CountWords("Sanctions imposed\ton Syria"));
}
