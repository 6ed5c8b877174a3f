using PolicyQuiz.Core.Model;
using PolicyQuiz.Packs.Writing;

namespace PolicyQuiz.Packs.Tests;

/// <summary>Questions written directly (JsonPackWriter's fast path) come out as the bytes the general JSON writer writes.</summary>
public sealed class QuestionJsonTests
{
    [Fact]
    public void Every_utf16_code_unit_is_written_as_the_general_writer_writes_it()
    {
        // one question per code unit, in every kind of place a text goes, beside a quote, a backslash and a curly quote
        var questions = new List<Question>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = ((char)c).ToString();
            questions.Add(Question(c % 7 == 0 ? QuestionType.Multi : QuestionType.Choice) with
            {
                Prompt = $"Who {ch} said \"x\\y\"?",
                Answer = Texts.Of(ch + "’s"),
                Distractors = Texts.Of("a", $"b{ch}", "c"),
                Evidence = c % 2 == 0 ? $"\"{ch}\"" : null,
            });
        }

        var pack = Pack(questions);
        Assert.Equal(JsonPackWriter.Write(pack, direct: false), PackWriter.ToJson(pack));
    }

    [Fact]
    public void Every_answer_shape_and_the_declined_questions_are_written_as_the_general_writer_writes_them()
    {
        Question[] questions =
        [
            Question(QuestionType.TrueFalse) with { Answer = Texts.Of("true") },
            Question(QuestionType.TrueFalse) with { Answer = Texts.Of("false"), Explanation = "The article says: “no”." },
            Question(QuestionType.TrueFalse) with { Answer = Texts.Of("True") },
            Question(QuestionType.TrueFalse) with { Answer = Texts.Of("true", "false") },
            Question(QuestionType.Short) with { Answer = EquatableList<string>.Empty },
            Question(QuestionType.Short) with { Answer = Texts.Of("a", "b"), Accept = Texts.Of("c") },
            Question(QuestionType.Order) with { Answer = Texts.Of("one") },
            Question(QuestionType.Order) with { Answer = EquatableList<string>.Empty, Tags = Texts.Of("t1", "t2") },
            Question(QuestionType.Multi) with { Answer = Texts.Of("a", "b"), Distractors = Texts.Of("c", "d", "e") },
            Question(QuestionType.Cloze) with { Prompt = "The ____ said.", Answer = Texts.Of("minister"), Source = null },
            Question(QuestionType.Match) with { Pairs = new EquatableList<MatchPair>([new MatchPair("a", "b"), new MatchPair("c", "d")]) },
            Question(QuestionType.Choice) with { ExtraJson = "{\"a\":[1,2,{}],\"b\":\"x\"}" },
            Question(QuestionType.Choice) with { Prompt = "An emoji 😀 here?" },
            Question(QuestionType.Choice) with { Prompt = "A lone \ud800 surrogate?" },
            Question(QuestionType.Choice) with { Answer = Texts.Of("tab\there"), Accept = Texts.Of("new\nline") },
            Question(QuestionType.Choice) with { Evidence = new string('é', 5000) + new string('x', 5000) + new string('中', 5000) },
            Question(QuestionType.Choice) with { Evidence = "<b>&amp;</b> 'quoted' `tick` +plus \u007f" },
        ];

        var pack = Pack(questions);
        Assert.Equal(JsonPackWriter.Write(pack, direct: false), PackWriter.ToJson(pack));
    }

    [Fact]
    public void Texts_of_every_short_length_with_any_character_anywhere_are_written_as_the_general_writer_writes_them()
    {
        // the last few characters of a text are written eight at a time when all eight are plain: lengths around eight and
        // its multiples, with a character that is not plain (escaped, beyond ASCII, declined) at each place or nowhere
        string[] others = ["", "\"", "\\", "é", "中", "😀", "\n", "\u2028", "\u007f", "’"];
        var questions = new List<Question>();
        for (var length = 1; length <= 26; length++)
        {
            foreach (var other in others)
            {
                for (var at = 0; at <= length; at++)
                {
                    var text = string.Concat(Enumerable.Range(0, length).Select(i => (char)('a' + (i % 26)))).Insert(at, other);
                    questions.Add(Question(QuestionType.Choice) with { Prompt = text, Answer = Texts.Of(text), Distractors = Texts.Of(text[..(at / 2)] + other, "x" + text) });
                }
            }
        }

        var pack = Pack(questions);
        Assert.Equal(JsonPackWriter.Write(pack, direct: false), PackWriter.ToJson(pack));
    }

    [Fact]
    public void Every_type_and_kind_is_written_as_the_general_writer_writes_it()
    {
        var questions = Enum.GetValues<QuestionType>().SelectMany(type => Enum.GetValues<QuestionKind>().Select(kind => Question(type) with { Kind = kind }));

        var pack = Pack(questions);
        Assert.Equal(JsonPackWriter.Write(pack, direct: false), PackWriter.ToJson(pack));
    }

    [Fact]
    public void A_streamed_pack_file_has_the_general_writers_bytes()
    {
        var pack = Pack([Question(QuestionType.Choice), Question(QuestionType.TrueFalse) with { Answer = Texts.Of("true") }, Question(QuestionType.Match)]);
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "pack.json");
        PackWriter.WriteFile(pack, path);
        Assert.Equal(JsonPackWriter.Write(pack, direct: false), File.ReadAllText(path));
    }

    private static Question Question(QuestionType type) => new()
    {
        Id = "q-" + type.Name(),
        Type = type,
        Kind = QuestionKind.Who,
        Prompt = "Who said it?",
        Answer = Texts.Of("Kaja Kallas"),
        Accept = Texts.Of("Kallas"),
        Distractors = Texts.Of("Ursula von der Leyen", "António Costa", "Roberta Metsola"),
        Source = "src",
        Evidence = "Kallas said \"it\" on Monday.",
    };

    private static Pack Pack(IEnumerable<Question> questions) => new()
    {
        Id = "test",
        Title = "Test",
        Version = 1,
        Sources = new EquatableList<Source>([new Source("src", "A source", null, null, null)]),
        Questions = new EquatableList<Question>(questions),
    };
}
