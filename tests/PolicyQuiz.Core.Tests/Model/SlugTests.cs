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
    [InlineData("us-russia-rare-earths", true)]
    [InlineData("Upper", false)]
    [InlineData("double--hyphen", false)]
    [InlineData("-leading", false)]
    [InlineData("", false)]
    public void IsValid_accepts_only_lowercase_hyphenated_words(string text, bool valid) => Assert.Equal(valid, Slug.IsValid(text));
}
