using PolicyQuiz.Core.Model;
using PolicyQuiz.Packs.Interchange.Gift;

namespace PolicyQuiz.Packs.Tests.Interchange;

/// <summary>Our GIFT, read by the separate reading of the published format rules in <see cref="IndependentGift"/>.</summary>
public sealed class GiftFormatTests
{
    private static readonly Pack Sample = SamplePacks.AllTypes();

    private static IReadOnlyList<IndependentGift.Item> Items() => IndependentGift.Parse(GiftWriter.ToGift(Sample, out _));

    private static IndependentGift.Item ItemFor(string id) => Items().Single(i => i.Title == id);

    [Fact]
    public void Every_question_is_one_item_titled_with_its_id()
    {
        Assert.Equal(Sample.Questions.Select(q => q.Id), Items().Select(i => i.Title));
    }

    [Fact]
    public void A_choice_question_has_one_right_answer_and_its_distractors_as_wrong_answers()
    {
        var item = ItemFor("who-proposed");

        Assert.Equal("Who proposed cooperation on rare earths?", item.TextBefore);
        Assert.Equal(["Vladimir Putin"], item.Answers.Where(a => a.Mark == '=').Select(a => a.Text));
        Assert.Equal(["Donald Trump", "Kirill Dmitriev", "Elon Musk"], item.Answers.Where(a => a.Mark == '~').Select(a => a.Text));
        Assert.StartsWith("He raised it in February: see the interview.", item.GeneralFeedback, StringComparison.Ordinal);
    }

    [Fact]
    public void A_multi_question_gives_right_options_weights_summing_to_100_and_wrong_ones_negative_weights()
    {
        var item = ItemFor("which-regions");

        Assert.All(item.Answers, a => Assert.Equal('~', a.Mark));
        var right = item.Answers.Where(a => a.Weight > 0).ToList();
        Assert.Equal(["Murmansk", "Yakutia", "Tuva"], right.Select(a => a.Text));
        Assert.InRange(right.Sum(a => a.Weight!.Value), 99.999, 100.001);
        var wrong = item.Answers.Where(a => a.Weight < 0).ToList();
        Assert.Equal(["Kaliningrad", "Chechnya", "Krasnodar"], wrong.Select(a => a.Text));
        Assert.InRange(wrong.Sum(a => a.Weight!.Value), -100.001, -99.999);
    }

    [Fact]
    public void A_truefalse_question_is_TRUE_or_FALSE_with_its_explanation_as_general_feedback()
    {
        var item = ItemFor("talks-began");

        Assert.Equal("T", item.TrueFalse);
        Assert.Equal("Dmitriev said so.", item.GeneralFeedback);
    }

    [Fact]
    public void A_short_question_lists_the_answer_and_every_accepted_alternative_as_right()
    {
        var item = ItemFor("fund-name");

        Assert.Equal(["Russian Direct Investment Fund", "RDIF", "the RDIF"], item.Answers.Select(a => a.Text));
        Assert.All(item.Answers, a => Assert.Equal('=', a.Mark));
    }

    [Fact]
    public void A_cloze_question_is_missing_word_with_text_on_both_sides_of_the_answers()
    {
        var item = ItemFor("cloze-envoy");

        Assert.Equal("Kirill ", item.TextBefore);
        Assert.Equal(" is one of Putin's economic envoys; he spoke to Izvestia.", item.TextAfter);
        Assert.Equal(["Dmitriev", "Dmitriyev"], item.Answers.Select(a => a.Text));
    }

    [Fact]
    public void A_match_question_pairs_each_left_item_with_its_right_item()
    {
        var item = ItemFor("match-roles");

        Assert.Equal(
            Sample.Questions.Single(q => q.Id == "match-roles").Pairs.Select(p => (p.Left, (string?)p.Right)),
            item.Answers.Select(a => (a.Text, a.MatchTo)));
    }

    [Fact]
    public void An_order_question_becomes_an_essay_whose_general_feedback_gives_the_right_order()
    {
        var item = ItemFor("order-events");

        Assert.True(item.HasBraces);
        Assert.Empty(item.Answers);
        Assert.StartsWith("Right order: Putin's proposal → Riyadh meeting → Dmitriev's interview", item.GeneralFeedback, StringComparison.Ordinal);
        Assert.Contains("- Riyadh meeting", item.TextBefore, StringComparison.Ordinal);
    }

    [Fact]
    public void Special_characters_are_escaped_so_they_come_back_as_plain_text()
    {
        var question = Sample.Questions.Single(q => q.Id == "special-characters");
        var item = ItemFor("special-characters");

        Assert.Equal(question.Prompt, item.TextBefore);
        Assert.Equal(question.Answer[0], item.Answers.Single(a => a.Mark == '=').Text);
        Assert.Equal(question.Distractors, item.Answers.Where(a => a.Mark == '~').Select(a => a.Text));
        Assert.Equal(question.Explanation, item.GeneralFeedback);
    }
}
