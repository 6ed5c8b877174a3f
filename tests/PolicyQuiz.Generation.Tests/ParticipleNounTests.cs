namespace PolicyQuiz.Generation.Tests;

public sealed class ParticipleNounTests
{
    [Fact]
    public void A_participle_on_the_object_of_a_preposition_is_not_taken_for_the_verb()
    {
        var prompts = Given.Prompts("The ban applies to goods sold at border markets in Szeged.");

        Assert.DoesNotContain(prompts, p => p.Contains("sell", StringComparison.Ordinal));
    }

    [Fact]
    public void A_plural_noun_after_an_adjective_does_not_make_the_verb_a_participle()
    {
        var drafts = Given.Drafts("Slovak and Czech delegations met in Vienna on Monday for technical talks on a possible rail link.");

        Assert.Contains(drafts, c => c.Prompt.StartsWith("When did Slovak and Czech delegations meet", StringComparison.Ordinal));
        Assert.DoesNotContain(drafts, c => c.Prompt.Contains("were Slovak", StringComparison.Ordinal));
    }
}
