using PolicyQuiz.Packs.Interchange;

namespace PolicyQuiz.Packs.Tests.Interchange;

public sealed class BadInputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private PackDiagnostic OnlyProblem(string name, string text)
    {
        var path = _folder.Write(name, text);
        var result = PackFileFormats.ReadFile(path);
        Assert.Null(result.Pack);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(path, diagnostic.File);
        return diagnostic;
    }

    [Fact]
    public void GIFT_with_an_unclosed_brace_names_the_line_and_column_of_the_brace()
    {
        var problem = OnlyProblem("bad.gift", "// a comment\n::q1:: Who? {=A ~B ~C ~D}\n\n::q2:: Where is it? {\n=Here\n~There\n");

        Assert.Equal((4, 21), (problem.Line, problem.Column));
        Assert.Contains("unbalanced braces", problem.Message, StringComparison.Ordinal);
        Assert.StartsWith(_folder.File("bad.gift") + ":4:21: unbalanced braces", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void GIFT_with_a_closing_brace_and_no_opening_one_is_refused()
    {
        var problem = OnlyProblem("bad.gift", "::q1:: Who is it} {=A ~B ~C ~D}\n");

        Assert.Equal((1, 17), (problem.Line, problem.Column));
        Assert.Contains("'}' without an opening '{'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GIFT_with_a_blank_line_inside_the_answers_is_an_unclosed_brace()
    {
        var path = _folder.Write("bad.gift", "::q1:: Who? {\n=A\n\n~B ~C ~D}\n");

        var result = PackFileFormats.ReadFile(path);

        Assert.Null(result.Pack);
        Assert.Collection(
            result.Diagnostics,
            d => Assert.Equal((1, 13, true), (d.Line, d.Column, d.Message.Contains("never closed", StringComparison.Ordinal))),
            d => Assert.Equal((4, 9, true), (d.Line, d.Column, d.Message.Contains("without an opening", StringComparison.Ordinal))));
    }

    [Fact]
    public void GIFT_essay_and_numerical_questions_are_refused_by_name()
    {
        var path = _folder.Write("mixed.gift", "::e:: Discuss the talks. {}\n\n::n:: How many regions? {#5}\n\n::ok:: Who? {=A ~B ~C ~D}\n");

        var result = PackFileFormats.ReadFile(path);

        Assert.Null(result.Pack);
        Assert.Collection(
            result.Diagnostics,
            d => Assert.Contains("essay", d.Message, StringComparison.Ordinal),
            d => Assert.Contains("numerical", d.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void GIFT_that_breaks_a_pack_rule_is_refused_at_the_questions_line()
    {
        var problem = OnlyProblem("rules.gift", "// intro\n\n::good:: Who? {=A ~B ~C ~D}\n\n::too-few:: Who else? {=A ~B}\n");

        Assert.Equal(5, problem.Line);
        Assert.StartsWith("question 'too-few': ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void XML_with_an_entity_expansion_trick_is_refused_clearly()
    {
        const string laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE quiz [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
            ]>
            <quiz><question type="shortanswer"><name><text>q</text></name><questiontext><text>&lol3;</text></questiontext></question></quiz>
            """;

        var problem = OnlyProblem("laughs.xml", laughs);

        Assert.Equal(2, problem.Line);
        Assert.Contains("entity expansion is not allowed", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void XML_with_an_external_entity_is_refused_and_nothing_is_fetched()
    {
        var secret = _folder.Write("secret.txt", "do not read me");
        var xml = $"<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [ <!ENTITY x SYSTEM \"file://{secret}\"> ]>\n<quiz>&x;</quiz>\n";

        var problem = OnlyProblem("xxe.xml", xml);

        Assert.DoesNotContain("do not read me", problem.Message, StringComparison.Ordinal);
        Assert.Contains("(<!DOCTYPE>, <!ENTITY>) are refused", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_XML_says_where()
    {
        var problem = OnlyProblem("broken.xml", "<quiz>\n  <question type=\"truefalse\">\n    <name><text>q</name>\n</quiz>\n");

        Assert.Equal(3, problem.Line);
        Assert.StartsWith("malformed XML: ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void XML_of_another_kind_is_refused()
    {
        var problem = OnlyProblem("other.xml", "<html><body/></html>");

        Assert.Contains("<quiz>", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Moodle_question_types_without_an_equivalent_are_refused_at_their_line()
    {
        var problem = OnlyProblem("essay.xml", "<quiz>\n<question type=\"essay\"><name><text>e</text></name><questiontext format=\"html\"><text>Discuss.</text></questiontext></question>\n</quiz>");

        Assert.Equal(2, problem.Line);
        Assert.Contains("'essay' questions have no PolicyQuiz equivalent", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CSV_without_a_required_column_names_it()
    {
        var problem = OnlyProblem("missing.csv", "id,type,prompt,distractors\nq1,choice,Who?,B | C | D\n");

        Assert.Equal(1, problem.Line);
        Assert.Contains("missing column 'answer'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CSV_with_an_unknown_column_is_refused_rather_than_dropping_it()
    {
        var path = _folder.Write("typo.csv", "type,prompt,answer,distractor\nchoice,Who?,A,B\n");

        var result = PackFileFormats.ReadFile(path);

        Assert.Contains(result.Diagnostics, d => d.Message.Contains("unknown column 'distractor'", StringComparison.Ordinal));
    }

    [Fact]
    public void CSV_with_an_unbalanced_quote_names_where_the_quoted_field_began()
    {
        var problem = OnlyProblem("quotes.csv", "type,prompt,answer,distractors\nchoice,\"Who said \"\"yes\"\"?,A,B | C | D\nshort,Where?,Here,\n");

        Assert.Equal((2, 8), (problem.Line, problem.Column));
        Assert.Contains("unbalanced quotes", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CSV_rows_with_the_wrong_number_of_fields_are_refused()
    {
        var problem = OnlyProblem("short.csv", "type,prompt,answer\nshort,Where?\n");

        Assert.Equal(2, problem.Line);
        Assert.Contains("2 fields", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_UTF8_is_refused()
    {
        var path = _folder.File("latin1.gift");
        File.WriteAllBytes(path, [0x3A, 0x3A, 0x71, 0x3A, 0x3A, 0x43, 0xE9, 0x7B, 0x54, 0x7D]);

        var result = PackFileFormats.ReadFile(path);

        Assert.Contains("not UTF-8", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }
}
