using PolicyQuiz.Packs.Interchange;

namespace PolicyQuiz.Packs.Tests.Interchange;

public sealed class StableIdTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void GIFT_questions_take_their_title_as_id_or_a_slug_of_the_prompt_and_repeats_get_numbers()
    {
        var path = _folder.Write("Week 3 Quiz.gift", """
            ::Who Proposed?:: Who proposed the talks? {=Putin ~Trump ~Musk ~Dmitriev}

            Where were the talks held? {=Riyadh ~Geneva ~Istanbul ~Vienna}

            ::who-proposed:: Who proposed it again? {=Putin ~Trump ~Musk ~Dmitriev}

            ::already-a-slug:: Talks began in March. {T}
            """);

        var pack = PackAssert.Valid(PackFileFormats.ReadFile(path));

        Assert.Equal("week-3-quiz", pack.Id);
        Assert.Equal(["who-proposed", "where-were-the-talks-held", "who-proposed-2", "already-a-slug"], pack.Questions.Select(q => q.Id));
    }

    [Fact]
    public void Reading_the_same_file_twice_gives_the_same_ids()
    {
        var path = _folder.Write("quiz.csv", "type,prompt,answer,distractors\nchoice,Who?,A,B | C | D\nchoice,Who?,B,A | C | D\nshort,Where is Riyadh?,Saudi Arabia,\n");

        var first = PackAssert.Valid(PackFileFormats.ReadFile(path));
        var second = PackAssert.Valid(PackFileFormats.ReadFile(path));

        Assert.Equal(["who", "who-2", "where-is-riyadh"], first.Questions.Select(q => q.Id));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Moodle_XML_questions_take_their_name_as_id()
    {
        var path = _folder.Write("bank.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <quiz>
              <question type="category"><category><text>$course$/top/Foreign policy</text></category></question>
              <question type="truefalse">
                <name><text>Talks began</text></name>
                <questiontext format="html"><text><![CDATA[<p>Talks began in <b>March</b>.</p>]]></text></questiontext>
                <answer fraction="100"><text>true</text></answer>
                <answer fraction="0"><text>false</text></answer>
              </question>
              <question type="description">
                <name><text>Intro</text></name>
                <questiontext format="html"><text>Read the article first.</text></questiontext>
              </question>
            </quiz>
            """);

        var pack = PackAssert.Valid(PackFileFormats.ReadFile(path));

        Assert.Equal("Foreign policy", pack.Title);
        var question = Assert.Single(pack.Questions);
        Assert.Equal("talks-began", question.Id);
        Assert.Equal("Talks began in March.", question.Prompt);
        Assert.Equal(["true"], question.Answer);
    }
}
