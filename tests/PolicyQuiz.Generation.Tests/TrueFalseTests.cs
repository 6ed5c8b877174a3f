using CsCheck;

namespace PolicyQuiz.Generation.Tests;

public sealed class TrueFalseTests
{
    private static List<TrueFalseBuilder.Option> Options(string body)
    {
        var doc = Given.Analyzed(body);
        return TrueFalseBuilder.Options(doc, new Distractors(doc), AppendedQuestions.Statements(doc));
    }

    private static TrueFalseBuilder.Option For(string body, int sentence) => Options(body).First(o => o.Sentence == sentence);

    [Fact]
    public void A_true_statement_is_the_articles_own_clause()
    {
        var option = For("The border treaty was signed in Vilnius on Wednesday. Negotiators from both sides had met in Tallinn for the final round.", 0);

        Assert.Equal("The border treaty was signed in Vilnius on Wednesday", option.True);
    }

    [Fact]
    public void A_false_statement_swaps_in_a_place_of_the_same_type_from_the_article()
    {
        var option = For("The border treaty was signed in Vilnius on Wednesday. Negotiators from both sides had met in Tallinn for the final round.", 0);

        Assert.Equal("The border treaty was signed in Tallinn on Wednesday", option.False);
        Assert.Equal(EntityType.City, option.Swapped.Type);
    }

    [Fact]
    public void A_swapped_in_person_is_never_one_the_sentence_already_names()
    {
        var option = For("Lena Brandt signed the accord with Paul Okafor in a brief ceremony. Maria Costa praised the deal as a turning point.", 0);

        Assert.Equal("Lena Brandt signed the accord with Paul Okafor in a brief ceremony", option.True);
        Assert.Equal("Maria Costa signed the accord with Paul Okafor in a brief ceremony", option.False);
    }

    [Fact]
    public void A_date_is_swapped_for_a_nearby_date_in_the_same_form()
    {
        var option = For("The central bank raised its main interest rate on March 3.", 0);

        Assert.Equal("The central bank raised its main interest rate on March 3", option.True);
        Assert.Equal("The central bank raised its main interest rate on March 6", option.False);
    }

    [Fact]
    public void A_country_is_not_swapped_for_one_the_statement_names_by_its_people()
    {
        var options = Options("Estonia will cut its duties on Latvian timber from 20 percent to 5 percent. Officials in Latvia and Finland welcomed the move.");

        Assert.Contains(options, o => o.Sentence == 0 && o.Swapped.Type == EntityType.Country);
        Assert.DoesNotContain(options, o => o.False.StartsWith("Latvia will cut", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_mention_that_can_be_swapped_gives_a_statement()
    {
        var options = Options("The border treaty was signed in Vilnius on Wednesday. Negotiators from both sides had met in Tallinn for the final round.");

        Assert.Contains(options, o => o.Sentence == 0 && o.False == "The border treaty was signed in Vilnius on Friday");
    }

    [Fact]
    public void A_date_the_article_gives_elsewhere_is_not_swapped_in()
    {
        var option = For("The central bank raised its main interest rate on March 3. Markets had expected the move since March 6.", 0);

        Assert.NotEqual("The central bank raised its main interest rate on March 6", option.False);
        Assert.DoesNotContain("March 3", option.False, StringComparison.Ordinal);
    }

    [Fact]
    public void An_attribution_tail_is_left_out_of_the_statement()
    {
        var option = For("The government agreed to open a new consulate in Riga, a spokesman for the foreign ministry said on Thursday.", 0);

        Assert.Equal("The government agreed to open a new consulate in Riga", option.True);
    }

    [Fact]
    public void A_trailing_subordinate_clause_is_cut_where_the_statement_stands_alone()
    {
        var option = For("The ministers signed the border treaty in Vilnius after two delegations failed to agree on the agenda.", 0);

        Assert.Equal("The ministers signed the border treaty in Vilnius", option.True);
    }

    [Fact]
    public void A_subordinate_clause_stays_when_the_verb_would_be_left_with_nothing()
    {
        var option = For("The summit in Geneva was postponed after two delegations failed to agree on the agenda.", 0);

        Assert.Equal("The summit in Geneva was postponed after two delegations failed to agree on the agenda", option.True);
    }

    [Theory]
    [InlineData("He signed the border treaty in Vilnius on Wednesday.")]
    [InlineData("We will open a consulate in Riga next month, the minister said.")]
    [InlineData("\"Our embassy in Riga stays open,\" said Lena Brandt.")]
    [InlineData("It was signed in Vilnius on Wednesday by both ministers.")]
    [InlineData("Lena Brandt's reply from Vilnius came a day later.")]
    [InlineData("A first version collapsed in Vilnius on February 28.")]
    public void Sentences_that_need_their_neighbours_give_no_statement(string body)
    {
        Assert.Empty(Options(body));
    }

    [Fact]
    public void An_article_gets_one_true_and_one_false_statement_the_same_every_time()
    {
        const string body = "The border treaty was signed in Vilnius on Wednesday. Negotiators from both sides had met in Tallinn for the final round. "
            + "Lena Brandt signed the accord with Paul Okafor in a brief ceremony. Maria Costa praised the deal as a turning point.";
        var first = new QuestionGenerator().Generate(Given.Article(body), "test").Where(q => q.Type == Core.Model.QuestionType.TrueFalse).ToList();
        var second = new QuestionGenerator().Generate(Given.Article(body), "test").Where(q => q.Type == Core.Model.QuestionType.TrueFalse).ToList();

        Assert.Equal(2, first.Count);
        Assert.Equal(["false", "true"], first.Select(q => q.Answer[0]).Order());
        Assert.Equal(first, second);
        Assert.All(first, q => Assert.StartsWith("True or false: ", q.Prompt, StringComparison.Ordinal));
    }

    [Fact]
    public void The_evidence_of_a_statement_is_its_sentence_quoted_exactly()
    {
        const string body = "The border treaty was signed in Vilnius on Wednesday. Negotiators from both sides had met in Tallinn for the final round.";
        var questions = new QuestionGenerator().Generate(Given.Article(body), "test").Where(q => q.Type == Core.Model.QuestionType.TrueFalse).ToList();

        Assert.NotEmpty(questions);
        Assert.All(questions, q => Assert.Contains(q.Evidence!, body, StringComparison.Ordinal));
        var falseOne = Assert.Single(questions, q => q.Answer[0] == "false");
        Assert.Equal("The article says: " + falseOne.Evidence, falseOne.Explanation);
    }

    [Fact]
    public void A_day_is_named_as_when_the_words_are_split_and_lowercased_one_by_one() =>
        Gen.OneOfConst("Monday", "monday", "APRIL", "mid-March", "late", "this", "week", "today", "17", "sept", "May-June", "x", string.Empty).Array[0, 4]
            .Select(words => string.Join(' ', words))
            .Sample(text => TrueFalseBuilder.NamesADay(text) == text.Split(' ', '-').Any(w => Lexicon.Weekdays.ContainsKey(w.ToLowerInvariant()) || Lexicon.Months.ContainsKey(w.ToLowerInvariant())));
}
