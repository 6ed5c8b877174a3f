using CsCheck;
using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation.Tests.Text;

public sealed class IgnoreCaseTests
{
    // ASCII letters in both cases, spaces and punctuation, and a few characters that fold in surprising ways (dotless i, Kelvin sign, é)
    private static readonly Gen<string> Text = Gen.String[Gen.Char["aAbBiIkKsS _'.-\u0131\u212a\u00e9\u00c9"], 0, 12];

    [Fact]
    public void A_search_in_a_text_folded_once_finds_what_the_runtime_ignore_case_search_finds() =>
        Gen.Select(Text, Text).Sample((source, value) =>
            IgnoreCase.Contains(source, IgnoreCase.Fold(source), value) == source.Contains(value, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void A_search_in_a_text_folded_on_the_stack_finds_what_the_runtime_ignore_case_search_finds() =>
        Gen.Select(Text, Text).Sample((source, value) =>
        {
            Span<char> folded = stackalloc char[source.Length];
            var isFolded = IgnoreCase.TryFold(source, folded);
            return IgnoreCase.Contains(source, folded, isFolded, value) == source.Contains(value, StringComparison.OrdinalIgnoreCase);
        });

    [Fact]
    public void Every_utf16_code_unit_is_matched_as_the_runtime_ignore_case_search_matches_it()
    {
        // the uppercasing search beyond ASCII against the runtime's, for each code unit (surrogates too) in the source and in the
        // value, next to the letters that fold in surprising ways (dotted and dotless i, long s, Kelvin sign) and their ASCII twins
        const string Tricky = "iIsSkK\u0130\u0131\u017f\u212a\u00e9\u00c9";
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var unit = ((char)c).ToString();
            var upper = char.ToUpperInvariant((char)c).ToString();
            var lower = char.ToLowerInvariant((char)c).ToString();
            var source = "Ankara\u2019s " + unit + " offer " + Tricky;
            foreach (var value in new[] { unit, upper, lower, "s " + lower, unit + " OFFER", "\u2019S " + upper, "x" + unit })
            {
                Assert.Equal(source.Contains(value, StringComparison.OrdinalIgnoreCase), IgnoreCase.Contains(source, null, value));
                Assert.Equal(source.IndexOf(value, StringComparison.OrdinalIgnoreCase), IgnoreCase.IndexOf(source, value));
            }

            foreach (var t in Tricky)
            {
                Assert.Equal(source.Contains(t + unit, StringComparison.OrdinalIgnoreCase), IgnoreCase.Contains(source, null, t + unit));
                var other = "\u2014" + t + " " + unit;
                Assert.Equal(other.IndexOf(t.ToString(), StringComparison.OrdinalIgnoreCase), IgnoreCase.IndexOf(other, t.ToString()));
                Assert.Equal(other.IndexOf(unit, StringComparison.OrdinalIgnoreCase), IgnoreCase.IndexOf(other, unit));
            }
        }
    }

    [Fact]
    public void Only_short_ascii_text_is_folded()
    {
        Assert.Equal("the white house", IgnoreCase.Fold("The White House"));
        Assert.Null(IgnoreCase.Fold("Ankara\u2019s offer"));
        Assert.Null(IgnoreCase.Fold(new string('a', 513)));
        Assert.False(IgnoreCase.TryFold("K\u212a", new char[2]));
        Assert.False(IgnoreCase.TryFold(new string('a', 513), new char[513]));
    }
}
