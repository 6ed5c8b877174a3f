namespace PolicyQuiz.Generation.Tests;

public sealed class FunctionWordNameTests
{
    [Fact]
    public void A_surname_spelled_like_an_ordinary_word_after_a_title_is_a_person_with_that_role()
    {
        var doc = Given.Analyzed("Deputy Trade Minister Do Van Thanh opened the fair in Da Nang on Monday.");

        var person = Given.Mention(doc, "Do Van Thanh");
        Assert.Equal(EntityType.Person, person.Type);
        Assert.Equal("Deputy Trade Minister", person.Role);
    }

    [Fact]
    public void A_surname_spelled_like_an_ordinary_word_after_a_lowercase_role_is_a_person()
    {
        var doc = Given.Analyzed("The talks were led by chief negotiator An Min-jun, who flew in from Seoul.");

        var person = Given.Mention(doc, "An Min-jun");
        Assert.Equal(EntityType.Person, person.Type);
        Assert.Equal("chief negotiator", person.Role);
    }

    [Fact]
    public void A_sentence_opening_he_before_a_name_the_article_writes_mid_sentence_is_part_of_the_name()
    {
        var doc = Given.Analyzed("The visit was hosted by State Councillor He Wenbo on Friday. He Wenbo and the mayor later toured the harbour.");

        var second = doc.Mentions.Last(m => m.Text.EndsWith("Wenbo", StringComparison.Ordinal));
        Assert.Equal("He Wenbo", second.Text);
        Assert.Equal(1, second.Sentence);
        Assert.Equal(EntityType.Person, second.Type);
    }

    [Fact]
    public void A_sentence_opening_he_still_refers_back_when_no_such_name_is_written()
    {
        var drafts = Given.Drafts("Deputy Prime Minister Ivo Kovac arrived in Zagreb on Sunday. He signed the grid agreement in Split on Monday.");

        Assert.Contains(drafts, c => c.Prompt == "Where did Ivo Kovac sign the grid agreement on Monday?");
    }

    [Fact]
    public void The_article_before_a_name_after_a_title_is_not_part_of_a_person()
    {
        var doc = Given.Analyzed("Council Chairman The Rev. Olu Adeyemi spoke at the meeting.");

        Assert.DoesNotContain(doc.Mentions, m => m.Type == EntityType.Person && m.Text.StartsWith("The", StringComparison.Ordinal));
    }
}
