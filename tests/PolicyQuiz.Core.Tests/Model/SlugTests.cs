using CsCheck;
using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Core.Tests.Model;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Who proposed X?", "who-proposed-x")]
    [InlineData("Zürich talks", "zurich-talks")]
    [InlineData("Løkke Rasmussen", "lokke-rasmussen")]
    [InlineData("  --  ", "item")]
    public void From_turns_text_into_a_slug(string text, string expected) => Assert.Equal(expected, Slug.From(text));

    [Fact]
    public void From_keeps_within_the_maximum_length()
    {
        var slug = Slug.From(string.Join(' ', Enumerable.Repeat("word", 40)), 20);

        Assert.True(slug.Length <= 20);
        Assert.True(Slug.IsValid(slug));
    }

    [Theory]
    [InlineData("gaza-deal", "Who brokered the truce?", 60)]
    [InlineData("a-very-long-source-id-that-takes-up-most-of-the-room", "Where were talks held?", 60)]
    [InlineData("", "Who?", 60)]
    [InlineData("source", "", 60)]
    [InlineData("source", "Zürich — talks", 8)]
    public void From_two_parts_is_the_slug_of_both_joined_by_a_space(string first, string second, int max) =>
        Assert.Equal(Slug.From(first + " " + second, max), Slug.From(first, second, max));

    [Fact]
    public void From_two_parts_agrees_with_the_joined_text_for_any_text() =>
        Gen.Select(Gen.String[Gen.Char["aZ09 -?éÅ\u0301\u2014"], 0, 40], Gen.String[Gen.Char["aZ09 -?éÅ\u0301\u2014"], 0, 80], Gen.Int[0, 70])
            .Sample((first, second, max) => Slug.From(first + " " + second, max) == Slug.From(first, second, max));

    [Fact]
    public void From_reads_ascii_text_as_the_general_per_character_rules_do() =>
        // a leading "é" sends the whole text down the per-character path (it folds to "e"); "e" keeps it on the ASCII table
        Gen.Select(Gen.String[Gen.Char[' ', '~'], 0, 90], Gen.Int[0, 70])
            .Sample((text, max) => Slug.From("\u00e9" + text, max) == Slug.From("e" + text, max));

    [Fact]
    public void From_reads_words_of_any_length_and_characters_beyond_ascii_as_the_general_rules_do() =>
        // long words (read eight characters at a time on the ASCII path) broken by characters beyond ASCII at any place
        Gen.Select(Gen.String[Gen.Char["abcdefghXYZ0189 -@[`{\u00e9\u00c5\u0301\u2014\u0130\u212a"], 0, 90], Gen.Int[0, 70])
            .Sample((text, max) => Slug.From("\u00e9" + text, max) == Slug.From("e" + text, max));

    [Fact]
    public void From_two_parts_agrees_with_the_joined_text_when_the_first_is_already_a_slug() =>
        Gen.Select(Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789"], 1, 8].Array[1, 8], Gen.String[Gen.Char["aZ09 -?éÅ\u2014"], 0, 80], Gen.Int[0, 70])
            .Sample((words, second, max) =>
            {
                var first = string.Join('-', words);
                return Slug.IsValid(first) && Slug.From(first + " " + second, max) == Slug.From(first, second, max)
                    && Slug.From(first, firstIsSlug: true, second, max) == Slug.From(first, second, max);
            });

    [Theory]
    [InlineData("us-russia-rare-earths", true)]
    [InlineData("Upper", false)]
    [InlineData("double--hyphen", false)]
    [InlineData("-leading", false)]
    [InlineData("trailing-", false)]
    [InlineData("space inside", false)]
    [InlineData("é", false)]
    [InlineData("", false)]
    public void IsValid_accepts_only_lowercase_hyphenated_words(string text, bool valid) => Assert.Equal(valid, Slug.IsValid(text));
}
