using PolicyQuiz.Core.Model;
using PolicyQuiz.Core.Scheduling;
using PolicyQuiz.Core.Study;
using PolicyQuiz.Tui.Answers;
using Terminal.Gui.Input;

namespace PolicyQuiz.Tests.Tui;

public sealed class AnswerInputTests
{
    private static readonly DateOnly Day = new(2025, 3, 1);

    [Fact]
    public void A_digit_answers_a_choice_question_at_once_with_that_option()
    {
        var item = Present(new Question { Id = "q", Type = QuestionType.Choice, Kind = QuestionKind.Who, Prompt = "Who?", Answer = L("Rubio"), Distractors = L("Lavrov", "Witkoff") });
        var input = AnswerInput.For(item);
        var right = item.Options.ToList().IndexOf("Rubio") + 1;

        Assert.Equal(InputResult.Submit, input.HandleKey(Digit(right)));
        Assert.True(AnswerChecker.Check(item.Question, input.Answer).IsRight);
    }

    [Fact]
    public void Enter_on_a_choice_question_with_nothing_marked_is_wrong()
    {
        var item = Present(new Question { Id = "q", Type = QuestionType.TrueFalse, Kind = QuestionKind.What, Prompt = "Is it?", Answer = L("true") });
        var input = AnswerInput.For(item);

        Assert.Equal(InputResult.Submit, input.HandleKey(Key.Enter));
        Assert.False(AnswerChecker.Check(item.Question, input.Answer).IsRight);
    }

    [Fact]
    public void Multi_digits_toggle_and_enter_submits_all_ticked_options()
    {
        var item = Present(new Question { Id = "m", Type = QuestionType.Multi, Kind = QuestionKind.Where, Prompt = "Where?", Answer = L("Riyadh", "Istanbul"), Distractors = L("Paris", "Oslo") });
        var input = AnswerInput.For(item);
        var positions = item.Options.Select((o, i) => (o, i)).ToDictionary(p => p.o, p => p.i + 1);

        input.HandleKey(Digit(positions["Riyadh"]));
        input.HandleKey(Digit(positions["Paris"]));
        input.HandleKey(Digit(positions["Paris"]));
        Assert.Equal(InputResult.Changed, input.HandleKey(Digit(positions["Istanbul"])));
        Assert.Equal(InputResult.Submit, input.HandleKey(Key.Enter));

        Assert.Equal(Verdict.Correct, AnswerChecker.Check(item.Question, input.Answer).Verdict);
    }

    [Fact]
    public void Order_items_move_with_brackets_until_the_order_is_right()
    {
        var answer = L("first", "second", "third");
        var item = Present(new Question { Id = "o", Type = QuestionType.Order, Kind = QuestionKind.When, Prompt = "Order these", Answer = answer });
        var input = AnswerInput.For(item);

        // selection sort by keys: mark the item that belongs at each place and move it up there
        for (var place = 0; place < answer.Count; place++)
        {
            var at = input.Answer.Chosen.ToList().IndexOf(answer[place]);
            input.HandleKey(Digit(at + 1));
            for (var step = at; step > place; step--)
            {
                input.HandleKey(new Key('['));
            }
        }

        Assert.Equal(answer, input.Answer.Chosen);
        Assert.Equal(InputResult.Submit, input.HandleKey(Key.Enter));
    }

    [Fact]
    public void Match_letters_pair_the_marked_left_item_and_an_incomplete_match_is_wrong()
    {
        var question = new Question
        {
            Id = "p",
            Type = QuestionType.Match,
            Kind = QuestionKind.Who,
            Prompt = "Match",
            Pairs = EquatableList.From(new MatchPair("Rubio", "State"), new MatchPair("Hegseth", "Defense"), new MatchPair("Bessent", "Treasury")),
        };
        var item = Present(question);
        var input = AnswerInput.For(item);

        input.HandleKey(Letter(item.MatchRight.ToList().IndexOf("State")));
        Assert.False(AnswerChecker.Check(question, input.Answer).IsRight);

        input.HandleKey(Letter(item.MatchRight.ToList().IndexOf("Defense")));
        input.HandleKey(Letter(item.MatchRight.ToList().IndexOf("Treasury")));

        Assert.True(AnswerChecker.Check(question, input.Answer).IsRight);
    }

    private static Key Digit(int n) => new((char)('0' + n));

    private static Key Letter(int index) => new((char)('a' + index));

    private static EquatableList<string> L(params string[] items) => new(items);

    private static StudyItem Present(Question question) =>
        StudyItem.Present(new QuestionKey("pack", question.Id), "Pack", question, null, FsrsCard.New(new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero)), Day);
}
