using CsCheck;
using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Generation.Tests;

public sealed class QuestionIdsTests
{
    [Fact]
    public void A_first_id_is_the_slug_of_source_and_prompt()
    {
        var ids = new QuestionIds();

        Assert.Equal("gaza-deal-who-brokered-the-truce", ids.Claim("gaza-deal", "Who brokered the truce?"));
    }

    [Fact]
    public void The_same_prompt_again_gets_the_next_number()
    {
        var ids = new QuestionIds();

        var first = ids.Claim("gaza-deal", "Who brokered the truce?");
        var second = ids.Claim("gaza-deal", "Who brokered the truce?");
        var third = ids.Claim("gaza-deal", "Who brokered the truce?");

        Assert.Equal(first + "-2", second);
        Assert.Equal(first + "-3", third);
    }

    [Fact]
    public void A_numbered_id_of_a_long_prompt_stays_a_valid_slug_within_sixty_characters()
    {
        var ids = new QuestionIds();
        var prompt = "Which of these regions did the president name as holding rare earth reserves in the far north?";

        ids.Claim("rare-earths-us-russia", prompt);
        var numbered = ids.Claim("rare-earths-us-russia", prompt);

        Assert.True(Slug.IsValid(numbered));
        Assert.True(numbered.Length <= 60);
        Assert.EndsWith("-2", numbered, StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_of_a_source_whose_id_prefixes_another_never_collide()
    {
        var ids = new QuestionIds();

        // "gaza" + "deal who …" and "gaza-deal" + "who …" slug to the same text
        var a = ids.Claim("gaza", "Deal: who signed?");
        var b = ids.Claim("gaza-deal", "Who signed?");

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Thousands_of_distinct_prompts_keep_their_own_ids()
    {
        var ids = new QuestionIds();
        var claimed = Enumerable.Range(0, 20_000).Select(i => ids.Claim("source", $"Question number {i}?")).ToList();

        Assert.Equal(claimed.Count, claimed.Distinct(StringComparer.Ordinal).Count());
        Assert.All(claimed, id => Assert.DoesNotContain("--", id, StringComparison.Ordinal));
        Assert.Equal("source-question-number-19999", claimed[^1]);
    }

    [Theory]
    [InlineData(new[] { "gaza-deal", "iran-talks" }, true)]
    [InlineData(new[] { "gaza", "gazadeal", "gaza0" }, true)]
    [InlineData(new[] { "gaza", "gaza-deal" }, false)]
    [InlineData(new[] { "iran-talks", "gaza", "gaza-deal-2" }, false)]
    [InlineData(new[] { "not a slug" }, false)]
    [InlineData(new[] { "a-source-id-of-more-than-fifty-six-characters-is-too-long-for-it" }, false)]
    public void Sources_are_independent_when_no_id_is_another_followed_by_a_hyphen(string[] sourceIds, bool independent) =>
        Assert.Equal(independent, QuestionIds.Independent(sourceIds));

    [Fact]
    public void Ids_by_source_are_the_ids_one_pack_wide_set_gives() =>
        Gen.Select(
                Gen.String[Gen.Char["ab-"], 1, 6].Where(Slug.IsValid).List[1, 5],
                Gen.Select(Gen.Int[0, 4], Gen.String[Gen.Char["ab -?"], 0, 12]).List[0, 40])
            .Sample((sources, claims) =>
            {
                var distinct = sources.Distinct(StringComparer.Ordinal).ToList();
                var bySource = new QuestionIds(distinct);
                var packWide = new QuestionIds();
                return claims.All(c =>
                {
                    var source = distinct[c.Item1 % distinct.Count];
                    return bySource.Claim(source, c.Item2) == packWide.Claim(source, c.Item2);
                });
            });

    [Fact]
    public void A_source_id_that_is_no_slug_is_slugged_with_the_prompt()
    {
        var ids = new QuestionIds();

        Assert.Equal("gaza-deal-who-signed", ids.Claim("Gaza Deal", "Who signed?"));
        Assert.Equal("gaza-deal-who-signed-2", ids.Claim("gaza-deal", "Who signed?"));
        Assert.Equal("gaza-deal-who-signed-3", ids.Claim("Gaza Deal", "Who signed?"));
        Assert.Equal("gaza-deal-who-agreed", ids.Claim("Gaza Deal", "Who agreed?"));
    }
}
