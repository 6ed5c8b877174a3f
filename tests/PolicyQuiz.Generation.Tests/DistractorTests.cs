using System.Globalization;
using CsCheck;
using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Generation.Tests;

public sealed class DistractorTests
{
    private const string Body =
        "Prime Minister Olga Petrenko met President Aurelio Santos in Brasilia on Monday. "
        + "Petrenko later flew to Lima, where Finance Minister Rosa Quispe hosted her. "
        + "Economy Minister Jan Novak joined them in Lima on Wednesday.";

    [Fact]
    public void Distractors_are_of_the_answers_type_and_never_the_answer_or_its_alias()
    {
        var doc = Given.Analyzed(Body);
        var distractors = new Distractors(doc);
        foreach (var c in QuestionGenerator.Draft(doc).Where(c => c.Type is QuestionType.Choice or QuestionType.Multi))
        {
            var options = distractors.For(c);
            foreach (var option in options)
            {
                Assert.DoesNotContain(c.Answer.Concat(c.Accept), a => AnswerMatch.Same(a, option));
                if (c.AnswerType == EntityType.Person)
                {
                    Assert.Contains(doc.Mentions, m => m.Type == EntityType.Person && m.Full == option);
                }
            }

            Assert.Equal(options.Count, options.Select(AnswerMatch.Normalize).Distinct().Count());
        }
    }

    [Fact]
    public void A_person_is_never_offered_as_a_distractor_for_themselves_by_surname()
    {
        var doc = Given.Analyzed(Body);
        var who = QuestionGenerator.Draft(doc).First(c => c.AnswerType == EntityType.Person && c.Answer[0] == "Olga Petrenko");
        var pool = new DistractorPool();
        pool.Add("Ivo Petrenko", EntityType.Person);
        pool.Add("Mira Sand", EntityType.Person);

        // Santos is in the prompt, so the others come from the article (Quispe, Novak) and the pool, never a Petrenko
        var options = new Distractors(doc, pool).For(who);

        Assert.Equal(3, options.Count);
        Assert.DoesNotContain(options, o => o.Contains("Petrenko", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Friday or Monday", "Friday or Wednesday")]
    [InlineData("Mondays", "Wednesdays")]
    [InlineData("TuesdayMonday", "TuesdayWednesday")]
    [InlineData("March, then May", "April, then May")]
    [InlineData("Mayor's March 3", "Mayor's March 6")]
    [InlineData("MAY", "last week")]
    public void The_first_weekday_or_month_in_their_calendar_order_is_the_one_moved(string time, string first) =>
        // a weekday before a month, and among several the first of the week or year, wherever it stands in the text
        Assert.Equal(first, Distractors.NearbyTimes(time).First());

    [Fact]
    public void Dates_get_nearby_dates_in_the_same_format()
    {
        var options = Distractors.NearbyTimes("next Thursday").Take(3).ToList();

        Assert.Equal(3, options.Count);
        Assert.All(options, o => Assert.StartsWith("next ", o, StringComparison.Ordinal));
        Assert.DoesNotContain("next Thursday", options);
    }

    [Theory]
    [InlineData("2031")]
    [InlineData("in 1998")]
    [InlineData("by 2040")]
    public void A_year_gets_other_years_close_to_it(string time)
    {
        var year = int.Parse(time[^4..], CultureInfo.InvariantCulture);

        var options = Distractors.NearbyTimes(time).Take(3).ToList();

        Assert.Equal(3, options.Count);
        Assert.All(options, o => Assert.InRange(int.Parse(o[^4..], CultureInfo.InvariantCulture), year - 5, year + 5));
        Assert.All(options, o => Assert.Equal(time[..^4], o[..^4]));
    }

    [Fact]
    public void Figures_get_scaled_figures_in_the_same_format()
    {
        var options = Distractors.NearbyFigures("$550 billion").Take(3).ToList();

        Assert.Equal(["$275 billion", "$1,100 billion", "$825 billion"], options.Select(o => o.Replace("1100", "1,100", StringComparison.Ordinal)).ToList());
    }

    [Fact]
    public void A_generated_pack_has_three_distinct_distractors_for_every_choice_question()
    {
        var pack = new QuestionGenerator().Generate([Given.Article(Body)]);

        Assert.NotEmpty(pack.Questions);
        foreach (var q in pack.Questions.Where(q => q.Type is QuestionType.Choice or QuestionType.Multi))
        {
            Assert.True(q.Distractors.Count >= 3, q.Prompt);
            Assert.Equal(q.Distractors.Count, q.Distractors.Select(AnswerMatch.Normalize).Distinct().Count());
            Assert.DoesNotContain(q.Distractors, d => q.Answer.Any(a => AnswerMatch.Same(a, d)));
        }
    }

    [Theory]
    [InlineData("April 17", "17")]
    [InlineData("17-18 April 2025", "17")]
    [InlineData("late April", "")]
    [InlineData("", "")]
    public void The_day_of_a_date_is_its_first_run_of_digits(string text, string digits) =>
        Assert.Equal(digits, Distractors.FirstDigits(text));

    [Fact]
    public void TimeShape_reads_as_searching_for_each_name_did() =>
        Gen.Frequency(
                (6, Gen.Char["0123456789 -:.,amp"]),
                (3, Gen.Char["ADFJMNOSTWabcdefghilnorstuvy"]))
            .Array[0, 6]
            .Select(Gen.OneOfConst("Monday", "Sunday", "April", "May", "March", "Ma", "Jun", "a.m.", "p.m", "Sept", "2025", "17"), (chars, word) => new string(chars) + word)
            .Select(Gen.Char["0123456789 -:.,apMTWFSJAOND"].Array[0, 6], (text, tail) => text + new string(tail))
            .Sample(text => Distractors.TimeShape(text) == SearchedShape(text), iter: 5000);

    /// <summary>TimeShape as it was written first: a search of the text for each clock mark, weekday and month.</summary>
    private static char SearchedShape(string text)
    {
        string[] days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
        string[] months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
        if (text.Contains("a.m.", StringComparison.Ordinal) || text.Contains("p.m.", StringComparison.Ordinal) || text.Contains(':', StringComparison.Ordinal))
        {
            return 'c';
        }

        if (days.Any(d => text.Contains(d, StringComparison.Ordinal)))
        {
            return 'w';
        }

        var month = months.Any(m => text.Contains(m, StringComparison.Ordinal));
        var digits = 0;
        var longest = 0;
        foreach (var ch in text)
        {
            digits = char.IsDigit(ch) ? digits + 1 : 0;
            longest = Math.Max(longest, digits);
        }

        return month ? (longest is 1 or 2 ? 'd' : 'm') : longest == 4 ? 'y' : 'o';
    }
}
