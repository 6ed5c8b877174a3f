using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Generation.Tests;

public sealed class OrderTests
{
    // the article date is Friday 14 March 2025
    private const string Timeline =
        "The two parliaments ratified the water treaty on March 10. "
        + "On February 4, the foreign ministers signed the draft in Vilnius. "
        + "Negotiators first met in Tallinn in January. "
        + "The agreement took effect on Friday.";

    private static readonly string[] DateWords = ["January", "February", "March", "Friday", "10", "4"];

    private static Question? OrderQuestion(string body) =>
        new QuestionGenerator().Generate(Given.Article(body), "test").SingleOrDefault(q => q.Type == QuestionType.Order);

    [Fact]
    public void The_items_are_the_events_in_date_order()
    {
        var order = OrderQuestion(Timeline);

        Assert.NotNull(order);
        Assert.Equal("Put these events in the order they happened:", order.Prompt);
        Assert.Equal(
            ["Negotiators first met in Tallinn", "The foreign ministers signed the draft in Vilnius", "The two parliaments ratified the water treaty", "The agreement took effect"],
            order.Answer);
    }

    [Fact]
    public void No_item_carries_the_words_of_its_date()
    {
        var order = OrderQuestion(Timeline);

        Assert.NotNull(order);
        foreach (var item in order.Answer)
        {
            Assert.DoesNotContain(item.Split(' '), w => DateWords.Contains(w));
        }
    }

    [Fact]
    public void The_evidence_is_the_sentence_of_the_first_event()
    {
        var order = OrderQuestion(Timeline);

        Assert.NotNull(order);
        Assert.Equal("Negotiators first met in Tallinn in January.", order.Evidence);
        Assert.Equal(QuestionKind.When, order.Kind);
    }

    [Fact]
    public void Two_dated_events_give_no_order_question()
    {
        Assert.Null(OrderQuestion("The two parliaments ratified the water treaty on March 10. Negotiators first met in Tallinn in January. Observers praised the talks."));
    }

    [Fact]
    public void An_event_in_a_month_is_not_set_against_a_day_of_that_month()
    {
        // January, February 4 and "in February" leave only two dates that cannot overlap
        Assert.Null(OrderQuestion("Negotiators first met in Tallinn in January. On February 4, the foreign ministers signed the draft in Vilnius. The envoys toured the border region in February."));
    }

    [Fact]
    public void A_future_event_on_a_bare_weekday_is_left_out_because_its_date_is_uncertain()
    {
        var order = OrderQuestion(Timeline + " The committee will review the treaty on Tuesday.");

        Assert.NotNull(order);
        Assert.DoesNotContain(order.Answer, item => item.Contains("committee", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pack_of_several_articles_gets_an_order_question_across_them()
    {
        var first = Given.Article("The parliaments of Estonia and Latvia ratified the water treaty on March 10. Lena Brandt and Paul Okafor first met in Tallinn in January.", title: "Treaty");
        var second = Given.Article("Lena Brandt opened the new consulate in Riga on February 20. Observers praised the ceremony.", title: "Consulate") with { SourceId = "consulate" };

        var pack = new QuestionGenerator().Generate([first, second], "baltic");

        var order = Assert.Single(pack.Questions, q => q.Type == QuestionType.Order);
        Assert.Equal(["Lena Brandt and Paul Okafor first met in Tallinn", "Lena Brandt opened the new consulate in Riga", "The parliaments of Estonia and Latvia ratified the water treaty"], order.Answer);
        Assert.Equal("test-article", order.Source);
        Assert.Equal("Lena Brandt and Paul Okafor first met in Tallinn in January.", order.Evidence);
    }

    [Fact]
    public void Events_across_articles_that_name_only_one_actor_are_left_out()
    {
        var first = Given.Article("Lena Brandt signed the decree on March 10. Lena Brandt and Paul Okafor first met in Tallinn in January.", title: "Treaty");
        var second = Given.Article("Lena Brandt opened the new consulate in Riga on February 20. Observers praised the ceremony.", title: "Consulate") with { SourceId = "consulate" };

        var pack = new QuestionGenerator().Generate([first, second], "baltic");

        Assert.DoesNotContain(pack.Questions, q => q.Type == QuestionType.Order);
    }

    [Fact]
    public void The_items_of_an_order_question_name_people_in_full()
    {
        var order = OrderQuestion("Lena Brandt arrived in Vilnius on March 3. Brandt met the foreign minister of Latvia on March 5. The talks ended in Riga on March 7.");

        Assert.NotNull(order);
        Assert.Equal(["Lena Brandt arrived in Vilnius", "Lena Brandt met the foreign minister of Latvia", "The talks ended in Riga"], order.Answer);
    }

    [Fact]
    public void A_plan_dated_before_the_article_is_not_an_event()
    {
        var order = OrderQuestion(Timeline + " A first draft was due to be signed on February 20.");

        Assert.NotNull(order);
        Assert.DoesNotContain(order.Answer, item => item.Contains("draft was due", StringComparison.Ordinal));
    }

    [Fact]
    public void A_long_event_cut_before_a_purpose_clause_leaves_no_dangling_and()
    {
        var order = OrderQuestion(Timeline + " On March 12, senior Estonian and Latvian officials agreed to rebuild their border posts and to appoint new teams to work on the river crossings.");

        Assert.NotNull(order);
        Assert.Contains("Senior Estonian and Latvian officials agreed to rebuild their border posts", order.Answer);
    }

    [Fact]
    public void A_long_event_stops_before_its_participle_phrase()
    {
        var order = OrderQuestion(Timeline + " On March 12, the government issued a decree ordering new checks at the border crossing.");

        Assert.NotNull(order);
        Assert.Contains("The government issued a decree", order.Answer);
    }
}
