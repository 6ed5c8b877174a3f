namespace PolicyQuiz.Generation.Tests;

public sealed class RoleAndReferenceTests
{
    [Fact]
    public void An_appositive_after_a_name_gives_the_persons_role()
    {
        var doc = Given.Analyzed("Marta Lindqvist, Sweden's trade minister, opened the fair in Malmo.");

        Assert.Equal("Sweden's trade minister", Given.Mention(doc, "Marta Lindqvist").Role);
    }

    [Fact]
    public void A_role_before_a_comma_and_a_name_gives_the_persons_role()
    {
        var doc = Given.Analyzed("Kenya's new finance minister, Daniel Otieno, presented the budget on Monday.");

        Assert.Equal("Kenya's new finance minister", Given.Mention(doc, "Daniel Otieno").Role);
    }

    [Fact]
    public void A_role_question_asks_who_holds_the_role()
    {
        var prompts = Given.Prompts("Marta Lindqvist, Sweden's trade minister, opened the fair in Malmo.");

        Assert.Contains("Who is Sweden's trade minister?", prompts);
    }

    [Fact]
    public void A_surname_alone_refers_to_the_person_named_in_full()
    {
        var doc = Given.Analyzed("Central bank governor Tomas Reyes cut rates. Analysts said Reyes acted early.");

        var later = doc.Mentions.Last(m => m.Text == "Reyes");
        Assert.Equal(EntityType.Person, later.Type);
        Assert.Equal("Tomas Reyes", later.Canonical);
    }

    [Fact]
    public void He_refers_to_the_last_person_in_subject_position()
    {
        var drafts = Given.Drafts("Deputy Prime Minister Ivo Kovac arrived in Zagreb on Sunday. He signed the grid agreement in Split on Monday.");

        var where = drafts.First(c => c.Rule == "where" && c.Answer[0] == "Split");
        Assert.Equal("Where did Ivo Kovac sign the grid agreement on Monday?", where.Prompt);
    }

    [Fact]
    public void Answers_about_people_accept_the_surname()
    {
        var drafts = Given.Drafts("Finance Minister Aiko Tanaka announced the stimulus package on Monday.");

        var who = drafts.First(c => c.AnswerType == EntityType.Person && c.Rule != "cloze");
        Assert.Equal(["Aiko Tanaka"], who.Answer);
        Assert.Contains("Tanaka", who.Accept);
    }
}
