using CsCheck;
using PolicyQuiz.Core.Text;
using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation.Tests.Text;

public sealed class SanitizedTests
{
    // plain text, curly quotes and dashes, and everything TerminalText acts on: escapes, other controls, bidi marks
    private static readonly Gen<string> Text = Gen.String[Gen.Char["ab \t\n\r\u001b[0m\u0007\u009b\u007f\u00a0\u2019\u2014\u200e\u202e\u2066\u2069é"], 0, 16];

    [Fact]
    public void A_line_is_what_terminal_text_sanitizing_and_trimming_make_of_it() =>
        Text.Sample(text => Sanitized.Line(text) == TerminalText.Sanitize(text).Trim());

    [Fact]
    public void Every_utf16_code_unit_anywhere_in_a_text_is_treated_as_terminal_text_treats_it()
    {
        // the vectorised skip of printable ASCII and the one-by-one test of the rest against TerminalText's own check
        for (var c = 0; c <= char.MaxValue; c++)
        {
            // alone, a character TerminalText acts on never comes out as it went in
            var alone = ((char)c).ToString();
            Assert.Equal(TerminalText.Sanitize(alone) != alone, Sanitized.HasSuspect(alone));
            foreach (var text in new[] { ((char)c).ToString(), "The offer " + (char)c, (char)c + " was rejected by Ankara on Friday, officials said", "a\u2019" + (char)c + "\u2014b" })
            {
                Assert.Equal(TerminalText.Sanitize(text).Trim(), Sanitized.Line(text));
            }
        }
    }

    [Fact]
    public void A_line_without_controls_keeps_its_characters_and_loses_its_outer_spaces() =>
        Assert.Equal("Ankara\u2019s offer \u2014 rejected", Sanitized.Line("  Ankara\u2019s offer \u2014 rejected "));
}
