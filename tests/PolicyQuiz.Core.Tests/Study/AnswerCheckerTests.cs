using PolicyQuiz.Core.Model;
using PolicyQuiz.Core.Study;

namespace PolicyQuiz.Core.Tests.Study;

public sealed class AnswerCheckerTests
{
    private static AnswerCheck Typed(Question question, string text, AnswerRivals? rivals = null) =>
        AnswerChecker.Check(question, StudentAnswer.Typed(text), rivals);

    [Fact]
    public void Choice_is_right_only_for_the_answer()
    {
        var question = Questions.Choice("q");
        Assert.Equal(Verdict.Correct, AnswerChecker.Check(question, StudentAnswer.Options("Vladimir Putin")).Verdict);
        Assert.Equal(Verdict.Wrong, AnswerChecker.Check(question, StudentAnswer.Options("Donald Trump")).Verdict);
        Assert.Equal(Verdict.Wrong, AnswerChecker.Check(question, StudentAnswer.Options("vladimir putin")).Verdict);
    }

    [Fact]
    public void Choice_with_two_options_picked_is_wrong()
    {
        var question = Questions.Choice("q");
        Assert.Equal(Verdict.Wrong, AnswerChecker.Check(question, StudentAnswer.Options("Vladimir Putin", "Elon Musk")).Verdict);
    }

    [Fact]
    public void An_empty_answer_is_wrong()
    {
        Assert.Equal(Verdict.Wrong, AnswerChecker.Check(Questions.Choice("q"), StudentAnswer.None).Verdict);
        Assert.Equal(Verdict.Wrong, Typed(Questions.Short("Riyadh"), "   ").Verdict);
    }

    [Fact]
    public void True_false_compares_the_truth_value()
    {
        var question = new Question { Id = "tf", Type = QuestionType.TrueFalse, Kind = QuestionKind.What, Prompt = "?", Answer = new EquatableList<string>(["false"]) };
        Assert.Equal(Verdict.Correct, AnswerChecker.Check(question, StudentAnswer.Options("False")).Verdict);
        Assert.Equal(Verdict.Wrong, AnswerChecker.Check(question, StudentAnswer.Options("True")).Verdict);
    }

    [Fact]
    public void Multi_needs_all_and_only_the_correct_options()
    {
        var question = Questions.Multi("Lithium", "Nickel", "Graphite");
        Assert.Equal(Verdict.Correct, AnswerChecker.Check(question, StudentAnswer.Options("Graphite", "Lithium", "Nickel")).Verdict);
        var extra = AnswerChecker.Check(question, StudentAnswer.Options("Graphite", "Lithium", "Nickel", "Gold"));
        Assert.Equal(Verdict.Partial, extra.Verdict);
        Assert.Equal(0.75, extra.Credit, 6);
    }

    [Fact]
    public void Multi_reports_partial_credit_as_the_share_right()
    {
        var question = Questions.Multi("Lithium", "Nickel", "Graphite");
        var twoOfThree = AnswerChecker.Check(question, StudentAnswer.Options("Lithium", "Nickel"));
        Assert.Equal(Verdict.Partial, twoOfThree.Verdict);
        Assert.Equal(2.0 / 3, twoOfThree.Credit, 6);
        Assert.Contains("2 of 3", twoOfThree.Note, StringComparison.Ordinal);
        var none = AnswerChecker.Check(question, StudentAnswer.Options("Gold"));
        Assert.Equal(Verdict.Wrong, none.Verdict);
        Assert.Equal(0, none.Credit);
    }

    [Fact]
    public void Order_must_be_exact()
    {
        var question = new Question { Id = "o", Type = QuestionType.Order, Kind = QuestionKind.When, Prompt = "?", Answer = EquatableList.From("a", "b", "c") };
        Assert.Equal(Verdict.Correct, AnswerChecker.Check(question, StudentAnswer.Sequence(["a", "b", "c"])).Verdict);
        var swapped = AnswerChecker.Check(question, StudentAnswer.Sequence(["a", "c", "b"]));
        Assert.Equal(Verdict.Wrong, swapped.Verdict);
        Assert.Equal(1.0 / 3, swapped.Credit, 6);
    }

    [Fact]
    public void Match_must_be_exact()
    {
        var pairs = EquatableList.From(new MatchPair("Rubio", "State"), new MatchPair("Hegseth", "Defense"));
        var question = new Question { Id = "m", Type = QuestionType.Match, Kind = QuestionKind.Who, Prompt = "?", Pairs = pairs };
        Assert.Equal(Verdict.Correct, AnswerChecker.Check(question, StudentAnswer.Matched(pairs.Reverse())).Verdict);
        var crossed = StudentAnswer.Matched([new MatchPair("Rubio", "Defense"), new MatchPair("Hegseth", "State")]);
        Assert.Equal(Verdict.Wrong, AnswerChecker.Check(question, crossed).Verdict);
    }

    [Theory]
    [InlineData("strait of hormuz")]
    [InlineData("STRAIT OF HORMUZ")]
    [InlineData("The Strait of Hormuz.")]
    [InlineData("  strait   of  hormuz!")]
    [InlineData("the strait-of-hormuz")]
    public void Typed_answers_forgive_case_punctuation_spacing_and_a_leading_article(string typed) =>
        Assert.Equal(Verdict.Correct, Typed(Questions.Short("Strait of Hormuz"), typed).Verdict);

    [Theory]
    [InlineData("a", "A Coruña", "coruna")]
    [InlineData("an", "Zürich", "zurich")]
    [InlineData("diacritics", "Türkiye", "turkiye")]
    [InlineData("ampersand", "Trade & Industry", "trade and industry")]
    [InlineData("dots", "U.S.", "us")]
    public void Typed_answers_forgive_diacritics_and_articles(string rule, string answer, string typed)
    {
        Assert.NotNull(rule);
        Assert.Equal(Verdict.Correct, Typed(Questions.Short(answer), typed).Verdict);
    }

    [Fact]
    public void Typed_answers_take_accept_alternatives()
    {
        var question = Questions.Short("Vladimir Putin", "Putin", "President Putin");
        Assert.Equal(Verdict.Correct, Typed(question, "putin").Verdict);
        Assert.Equal(Verdict.Correct, Typed(question, "President Putin").Verdict);
    }

    [Fact]
    public void One_typo_in_five_letters_is_a_near_miss()
    {
        var check = Typed(Questions.Short("Riyadh"), "Riyahd");
        Assert.Equal(Verdict.NearMiss, check.Verdict);
        Assert.True(check.IsRight);
        Assert.Contains("Riyadh", check.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void No_typo_is_forgiven_under_five_letters()
    {
        Assert.Equal(Verdict.Wrong, Typed(Questions.Short("Oman"), "Omen").Verdict);
    }

    [Fact]
    public void Two_typos_are_forgiven_only_from_ten_letters()
    {
        Assert.Equal(Verdict.NearMiss, Typed(Questions.Short("Washington"), "Washingtno").Verdict);
        Assert.Equal(Verdict.NearMiss, Typed(Questions.Short("Kirill Dmitriev"), "Kiril Dmitreiv").Verdict);
        Assert.Equal(Verdict.Wrong, Typed(Questions.Short("Greenland"), "Grenlnad").Verdict);
        Assert.Equal(Verdict.Wrong, Typed(Questions.Short("Washington"), "Wshngtn").Verdict);
    }

    [Theory]
    [InlineData("Australia", "Austria")]
    [InlineData("Austria", "Australia")]
    [InlineData("Iran", "Iraq")]
    [InlineData("Nigeria", "Niger")]
    [InlineData("Niger", "Nigeria")]
    [InlineData("Slovenia", "Slovakia")]
    [InlineData("Sweden", "Switzerland")]
    public void Another_valid_country_is_never_a_near_miss(string answer, string typed) =>
        Assert.Equal(Verdict.Wrong, Typed(Questions.Short(answer), typed).Verdict);

    [Fact]
    public void Austria_is_not_Australia()
    {
        var check = Typed(Questions.Short("Australia"), "Austria");
        Assert.Equal(Verdict.Wrong, check.Verdict);
        Assert.Contains("another answer", check.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_distractor_typed_is_wrong_even_within_one_typo()
    {
        var question = Questions.Short("Lithium") with { Distractors = new EquatableList<string>(["Lithion"]) };
        Assert.Equal(Verdict.Wrong, Typed(question, "lithion").Verdict);
        Assert.Equal(Verdict.NearMiss, Typed(question, "lithiumm").Verdict);
    }

    [Fact]
    public void Another_answer_of_the_pack_typed_is_wrong()
    {
        var rivals = AnswerRivals.From([Questions.Short("Dmitriyev"), Questions.Short("Dmitriev")]);
        var question = Questions.Short("Dmitriev");
        Assert.Equal(Verdict.Wrong, Typed(question, "Dmitriyev", rivals).Verdict);
        Assert.Equal(Verdict.NearMiss, Typed(question, "Dmitirev", rivals).Verdict);
    }

    [Fact]
    public void A_typo_as_close_to_another_valid_answer_is_not_forgiven()
    {
        // "Nigera" is one edit from Nigeria and one from Niger: ambiguous, so wrong.
        Assert.Equal(Verdict.Wrong, Typed(Questions.Short("Nigeria"), "Nigera").Verdict);
        // "Australai" is one transposition from Australia and far from Austria.
        Assert.Equal(Verdict.NearMiss, Typed(Questions.Short("Australia"), "Australai").Verdict);
    }

    [Fact]
    public void Numbers_must_match_exactly()
    {
        Assert.Equal(Verdict.Wrong, Typed(Questions.Short("March 2025"), "March 2024").Verdict);
        Assert.Equal(Verdict.NearMiss, Typed(Questions.Short("March 2025"), "Marhc 2025").Verdict);
    }

    [Fact]
    public void Cloze_is_checked_like_short()
    {
        var question = Questions.Short("rare earths") with { Type = QuestionType.Cloze, Prompt = "Talks on ____ minerals" };
        Assert.Equal(Verdict.Correct, AnswerChecker.Check(question, StudentAnswer.Typed("Rare-Earths")).Verdict);
        Assert.Equal(Verdict.NearMiss, AnswerChecker.Check(question, StudentAnswer.Typed("rare erths")).Verdict);
    }

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("abcd", "abdc", 1)]
    [InlineData("australia", "austria", 2)]
    [InlineData("", "abc", 3)]
    public void Edit_distance_counts_transpositions_as_one(string a, string b, int expected) =>
        Assert.Equal(expected, EditDistance.Between(a, b, 5));

    [Fact]
    public void Edit_distance_stops_at_its_limit() =>
        Assert.Equal(2, EditDistance.Between("washington", "moscow", 1));
}
