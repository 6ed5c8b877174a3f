using CsCheck;

namespace PolicyQuiz.Generation.Tests;

public sealed class PhraseCleanTests
{
    // everything Clean mends: quotes, brackets, runs of spaces, a space before a comma, trailing marks; long enough for several blocks
    private static readonly Gen<string> Text = Gen.String[Gen.Char["ab  ,,\"()-;:\u2014\t"], 0, 40];

    [Fact]
    public void Cleaning_with_the_quick_check_gives_what_mending_every_text_gives() =>
        Text.Sample(text => Phrase.Clean(text) == MendEverything(text));

    [Theory]
    [InlineData("Who signed the deal in Geneva ,", "Who signed the deal in Geneva")]
    [InlineData("the \"deal  in Geneva , on Monday", "the deal in Geneva, on Monday")]
    [InlineData("the deal (signed in Geneva", "the deal signed in Geneva")]
    [InlineData("the deal (signed) in \"Geneva\"", "the deal (signed) in \"Geneva\"")]
    public void Unbalanced_marks_and_loose_spaces_are_mended(string text, string expected) =>
        Assert.Equal(expected, Phrase.Clean(text));

    // Clean as it was before the quick check: every step on every text
    private static string MendEverything(string text)
    {
        var s = text.Trim().TrimEnd(',', ';', ':', '-', '\u2014', ' ');
        if (s.AsSpan().Count('"') % 2 == 1)
        {
            s = s.Replace("\"", string.Empty, StringComparison.Ordinal);
        }

        if (s.AsSpan().Count('(') != s.AsSpan().Count(')'))
        {
            s = s.Replace("(", string.Empty, StringComparison.Ordinal).Replace(")", string.Empty, StringComparison.Ordinal);
        }

        while (s.Contains("  ", StringComparison.Ordinal))
        {
            s = s.Replace("  ", " ", StringComparison.Ordinal);
        }

        return s.Replace(" ,", ",", StringComparison.Ordinal).Trim();
    }
}
