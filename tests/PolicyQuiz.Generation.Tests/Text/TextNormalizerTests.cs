using CsCheck;
using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation.Tests.Text;

/// <summary>
/// The normaliser copies runs of plain ASCII at once; it must give the same text and the same offsets as
/// handling every character on its own (<see cref="ByCharacter"/>, the rules written out one character at a time).
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
            var slow = ByCharacter(raw);
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

    /// <summary>The normaliser's rules one character at a time (no escape sequences: the generator makes none).</summary>
    private static NormalizedText ByCharacter(string raw)
    {
        var buffer = new char[Math.Max(raw.Length, 1)];
        var map = new OffsetMap();
        var n = 0;
        var lineStart = true;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '\r')
            {
                continue;
            }

            if (c == '\n')
            {
                while (n > 0 && buffer[n - 1] == ' ')
                {
                    n--;
                }

                map.Truncate(n);
                buffer[n] = '\n';
                map.Set(n, i);
                n++;
                lineStart = true;
                continue;
            }

            if (c is '\t' or '\u00a0')
            {
                c = ' ';
            }

            if (char.IsControl(c) || TextNormalizer.IsInvisible(c))
            {
                continue;
            }

            if (c == ' ')
            {
                if (lineStart || (n > 0 && buffer[n - 1] == ' '))
                {
                    continue;
                }
            }
            else if (lineStart && (c == '#' || c == '>'))
            {
                while (i + 1 < raw.Length && (raw[i + 1] == '#' || raw[i + 1] == '>'))
                {
                    i++;
                }

                continue;
            }
            else if (c == '*' || (c == '_' && (i + 1 >= raw.Length || !char.IsLetterOrDigit(raw[i + 1]) || i == 0 || !char.IsLetterOrDigit(raw[i - 1]))))
            {
                continue;
            }

            buffer[n] = c switch { '\u2019' => '\'', '\u201c' => '"', '\u2013' => '-', _ => c };
            map.Set(n, i);
            n++;
            if (c != ' ')
            {
                lineStart = false;
            }
        }

        while (n > 0 && buffer[n - 1] == ' ')
        {
            n--;
        }

        return NormalizedText.Create(raw, new string(buffer, 0, n), map);
    }
}
