using CsCheck;
using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation.Tests.Text;

/// <summary>
/// The normaliser copies runs of plain ASCII at once; it must give the same text and the same offsets as
/// handling every character on its own (the same rules with the run copying turned off).
/// </summary>
public sealed class TextNormalizerTests
{
    // plain runs, space pairs, markdown markers at and after line starts, folded and dropped characters
    private static readonly Gen<string> Raw = Gen.String[Gen.Char["ab1.,  *_#>\n\r\t\u00a0\u2019\u201c\u2013\u00ad"], 0, 60];

    [Fact]
    public void Runs_copied_at_once_give_the_text_and_offsets_of_one_character_at_a_time() =>
        Raw.Sample(raw =>
        {
            var fast = TextNormalizer.Normalize(raw);
            var slow = TextNormalizer.Normalize(raw, copyRuns: false);
            if (fast.Text != slow.Text)
            {
                return false;
            }

            for (var p = 0; p < fast.Text.Length; p++)
            {
                if (fast.Original(p, p + 1) != slow.Original(p, p + 1) || fast.Original(0, p + 1) != slow.Original(0, p + 1))
                {
                    return false;
                }
            }

            return true;
        });

    [Fact]
    public void A_space_pair_inside_a_run_is_kept_once()
    {
        var text = TextNormalizer.Normalize("Talks  resumed in  Geneva.");

        Assert.Equal("Talks resumed in Geneva.", text.Text);
        Assert.Equal("Geneva.", text.Original(17, 24));
    }
}

public sealed class PlainSingleSpacedTests
{
    [Fact]
    public void The_one_pass_check_agrees_with_the_two_searches()
    {
        var random = new Random(5);
        char[] alphabet = [' ', ' ', ' ', 'a', 'Z', '~', '!', '\u007f', '\u001f', '\t', '\n', '\u00a0', '\u00e9', '\u2028', '\u200b', '\uffff'];
        for (var round = 0; round < 20000; round++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(round % 2 == 0 ? 6 : alphabet.Length)])]);

            var expected = !text.AsSpan().ContainsAnyExceptInRange(' ', '~') && !text.Contains("  ", StringComparison.Ordinal);

            Assert.Equal(expected, NormalizedText.IsPlainSingleSpaced(text));
        }
    }
}
