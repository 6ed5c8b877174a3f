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
