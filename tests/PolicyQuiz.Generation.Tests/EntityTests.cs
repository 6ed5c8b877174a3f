namespace PolicyQuiz.Generation.Tests;

public sealed class EntityTests
{
    [Fact]
    public void Countries_capitals_regions_and_organisations_come_from_the_gazetteers()
    {
        var doc = Given.Analyzed("Officials from Brazil met NATO envoys in Warsaw before touring Kharkiv.");

        Assert.Equal(EntityType.Country, Given.Mention(doc, "Brazil").Type);
        Assert.Equal(EntityType.Organisation, Given.Mention(doc, "NATO").Type);
        Assert.Equal(EntityType.City, Given.Mention(doc, "Warsaw").Type);
        Assert.Equal(EntityType.City, Given.Mention(doc, "Kharkiv").Type);
    }

    [Fact]
    public void A_title_before_a_name_makes_a_person_with_that_role()
    {
        var doc = Given.Analyzed("Chilean Foreign Minister Elena Vargas flew to Ottawa on Tuesday.");

        var person = Given.Mention(doc, "Elena Vargas");
        Assert.Equal(EntityType.Person, person.Type);
        Assert.Equal("Chilean Foreign Minister", person.Role);
    }

    [Fact]
    public void Names_never_seen_before_are_typed_by_their_head_word()
    {
        var doc = Given.Analyzed("The Karvel Mining Corporation bought a stake, and the Ministry of Water Resources approved the sale.");

        Assert.Equal(EntityType.Organisation, Given.Mention(doc, "Karvel Mining Corporation").Type);
        var ministry = Given.Mention(doc, "Ministry of Water Resources");
        Assert.Equal(EntityType.Organisation, ministry.Type);
        Assert.Equal("ministry", ministry.Noun);
    }

    [Fact]
    public void An_acronym_in_brackets_is_an_alias_of_the_name_before_it()
    {
        var doc = Given.Analyzed("The Regional Grain Authority (RGA) set new quotas. Later the RGA raised them again.");

        var name = Given.Mention(doc, "Regional Grain Authority");
        Assert.Equal("RGA", name.Acronym);
        var later = doc.Mentions.Last(m => m.Text == "RGA");
        Assert.Equal("Regional Grain Authority", later.Canonical);
    }

    [Fact]
    public void Amounts_keep_their_hedges_and_counted_nouns()
    {
        var doc = Given.Analyzed("The fund raised more than $4.5 billion, took a 12 percent stake and hired 250 engineers.");

        Assert.Equal(EntityType.Money, Given.Mention(doc, "more than $4.5 billion").Type);
        Assert.Equal(EntityType.Percent, Given.Mention(doc, "12 percent").Type);
        var count = Given.Mention(doc, "250 engineers");
        Assert.Equal(EntityType.Count, count.Type);
        Assert.Equal("engineers", count.Counted);
    }

    [Fact]
    public void A_common_word_at_a_sentence_start_is_not_a_name()
    {
        var doc = Given.Analyzed("Afterwards the delegates left Geneva.");

        Assert.DoesNotContain(doc.Mentions, m => m.Text.StartsWith("Afterwards", StringComparison.Ordinal));
        Assert.Contains(doc.Mentions, m => m.Text == "Geneva");
    }
}
