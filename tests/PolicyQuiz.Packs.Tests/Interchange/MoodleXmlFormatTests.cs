using System.Globalization;
using System.Net;
using System.Xml;
using System.Xml.Linq;
using PolicyQuiz.Core.Model;
using PolicyQuiz.Packs.Interchange.MoodleXml;

namespace PolicyQuiz.Packs.Tests.Interchange;

/// <summary>
/// Our Moodle XML checked against the published format (docs.moodle.org "Moodle XML format") with plain
/// LINQ to XML, not our reader: a &lt;quiz&gt; of &lt;question type="…"&gt;, each with &lt;name&gt;&lt;text&gt;,
/// &lt;questiontext format="html"&gt; holding CDATA, answers with percentage fractions from Moodle's grade list.
/// </summary>
public sealed class MoodleXmlFormatTests
{
    /// <summary>The grades Moodle's question editor offers (and its XML import matches fractions against).</summary>
    private static readonly double[] MoodleGrades =
        [100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0];

    private static readonly Pack Sample = SamplePacks.AllTypes();

    private static XDocument Document()
    {
        var xml = MoodleXmlWriter.ToXml(Sample, out _);
        using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return XDocument.Load(reader);
    }

    private static XElement QuestionNamed(string id) =>
        Document().Root!.Elements("question").Single(q => (string?)q.Element("name")?.Element("text") == id);

    private static string Html(XElement element) => WebUtility.HtmlDecode(element.Element("text")!.Value).Replace("<br>", "\n", StringComparison.Ordinal);

    private static double Fraction(XElement answer) => double.Parse((string)answer.Attribute("fraction")!, CultureInfo.InvariantCulture);

    [Fact]
    public void The_document_is_a_quiz_with_a_category_then_one_question_per_pack_question()
    {
        var root = Document().Root!;

        Assert.Equal("quiz", root.Name.LocalName);
        var questions = root.Elements("question").ToList();
        Assert.Equal("category", (string?)questions[0].Attribute("type"));
        Assert.Equal("$course$/top/" + Sample.Title, (string?)questions[0].Element("category")!.Element("text"));
        Assert.Equal(Sample.Questions.Select(q => q.Id), questions.Skip(1).Select(q => (string?)q.Element("name")!.Element("text")));
    }

    [Fact]
    public void Each_question_has_an_allowed_type_and_html_question_text_in_CDATA()
    {
        foreach (var question in Document().Root!.Elements("question").Skip(1))
        {
            Assert.Contains((string?)question.Attribute("type"), new[] { "multichoice", "truefalse", "shortanswer", "matching", "description" });
            var text = question.Element("questiontext")!;
            Assert.Equal("html", (string?)text.Attribute("format"));
            Assert.IsType<XCData>(text.Element("text")!.FirstNode);
        }
    }

    [Fact]
    public void A_choice_is_a_single_answer_multichoice_with_one_answer_at_100_and_the_rest_at_0()
    {
        var question = QuestionNamed("who-proposed");

        Assert.Equal("multichoice", (string?)question.Attribute("type"));
        Assert.Equal("true", (string?)question.Element("single"));
        Assert.Equal("true", (string?)question.Element("shuffleanswers"));
        var answers = question.Elements("answer").ToList();
        Assert.Equal(["Vladimir Putin"], answers.Where(a => Fraction(a) == 100).Select(Html));
        Assert.Equal(["Donald Trump", "Kirill Dmitriev", "Elon Musk"], answers.Where(a => Fraction(a) == 0).Select(Html));
        Assert.StartsWith("He raised it in February: see the interview.", Html(question.Element("generalfeedback")!), StringComparison.Ordinal);
    }

    [Fact]
    public void A_multi_is_a_multiple_answer_multichoice_whose_positive_fractions_sum_to_100_from_the_grade_list()
    {
        var question = QuestionNamed("which-regions");

        Assert.Equal("false", (string?)question.Element("single"));
        var fractions = question.Elements("answer").Select(Fraction).ToList();
        Assert.InRange(fractions.Where(f => f > 0).Sum(), 99.9999, 100.0001);
        Assert.All(fractions, f => Assert.Contains(MoodleGrades, g => Math.Abs(g - Math.Abs(f)) < 0.00001));
        Assert.Equal(["Murmansk", "Yakutia", "Tuva"], question.Elements("answer").Where(a => Fraction(a) > 0).Select(Html));
    }

    [Fact]
    public void A_truefalse_has_the_answers_true_and_false_with_the_right_one_at_100()
    {
        var answers = QuestionNamed("talks-began").Elements("answer").ToDictionary(a => a.Element("text")!.Value, Fraction);

        Assert.Equal(100, answers["true"]);
        Assert.Equal(0, answers["false"]);
    }

    [Fact]
    public void Short_and_cloze_are_shortanswer_with_every_accepted_answer_at_100_and_the_gap_kept_in_the_text()
    {
        var cloze = QuestionNamed("cloze-envoy");

        Assert.Equal("shortanswer", (string?)cloze.Attribute("type"));
        Assert.Equal("0", (string?)cloze.Element("usecase"));
        Assert.Contains("____", Html(cloze.Element("questiontext")!), StringComparison.Ordinal);
        Assert.Equal(["Dmitriev", "Dmitriyev"], cloze.Elements("answer").Where(a => Fraction(a) == 100).Select(a => a.Element("text")!.Value));
    }

    [Fact]
    public void A_match_has_one_subquestion_per_pair()
    {
        var question = QuestionNamed("match-roles");

        Assert.Equal("matching", (string?)question.Attribute("type"));
        Assert.Equal(
            Sample.Questions.Single(q => q.Id == "match-roles").Pairs.Select(p => (p.Left, p.Right)),
            question.Elements("subquestion").Select(s => (Html(s), s.Element("answer")!.Element("text")!.Value)));
    }

    [Fact]
    public void An_order_question_is_a_description_with_the_right_order_in_its_general_feedback()
    {
        var question = QuestionNamed("order-events");

        Assert.Equal("description", (string?)question.Attribute("type"));
        Assert.StartsWith("Right order: Putin's proposal → Riyadh meeting → Dmitriev's interview", Html(question.Element("generalfeedback")!), StringComparison.Ordinal);
    }

    [Fact]
    public void Markup_in_question_text_is_escaped_so_Moodle_shows_it_as_typed()
    {
        var question = QuestionNamed("special-characters");
        var raw = question.Element("questiontext")!.Element("text")!.Value;

        Assert.Contains("&lt;b&gt;not bold&lt;/b&gt;", raw, StringComparison.Ordinal);
        Assert.Equal(Sample.Questions.Single(q => q.Id == "special-characters").Prompt, Html(question.Element("questiontext")!));
    }
}
