using PolicyQuiz.Core.Study;
using PolicyQuiz.Tui;
using Terminal.Gui.Input;

namespace PolicyQuiz.Tests.Tui;

public sealed class StudyScreenTests
{
    private static TuiHarness Open(StudyBank bank, StudySession session) =>
        new(nav => new StudyScreen(nav, session, bank.Clock));

    private static Key Digit(int n) => new((char)('0' + n));

    [Fact]
    public void The_question_shows_its_kind_numbered_options_source_and_progress()
    {
        using var bank = new StudyBank();
        var session = bank.Start();
        session.Next();
        using var tui = Open(bank, session);

        var text = tui.Text;

        Assert.Contains("Who?", text, StringComparison.Ordinal);
        Assert.Contains("Who led the US delegation?", text, StringComparison.Ordinal);
        Assert.Contains("1. ", text, StringComparison.Ordinal);
        Assert.Contains("3. ", text, StringComparison.Ordinal);
        Assert.Contains("Source: US and Russia meet in Riyadh, Izvestia, 18 February 2025", text, StringComparison.Ordinal);
        Assert.Contains("Answered 0 · Left 6 · Score 0/0 · Streak 0", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_right_digit_says_Correct_with_the_evidence_grade_and_return_and_saves_the_review_at_once()
    {
        using var bank = new StudyBank();
        var session = bank.Start();
        var item = session.Next()!;
        using var tui = Open(bank, session);

        tui.Press(Digit(item.Options.ToList().IndexOf("Marco Rubio") + 1));
        var text = tui.Text;

        Assert.Contains("Correct", text, StringComparison.Ordinal);
        Assert.Contains("Answer:   Marco Rubio", text, StringComparison.Ordinal);
        Assert.Contains("The Secretary of State led the delegation.", text, StringComparison.Ordinal);
        Assert.Contains("“Marco Rubio led the American side in Riyadh.”", text, StringComparison.Ordinal);
        Assert.Contains("— US and Russia meet in Riyadh, Izvestia, 18 February 2025", text, StringComparison.Ordinal);
        Assert.Contains("Grade: 3 Good", text, StringComparison.Ordinal);
        Assert.Contains("Back in 10 minutes", text, StringComparison.Ordinal);
        Assert.Equal(1, bank.ReviewCount());
    }

    [Fact]
    public void A_wrong_digit_says_Wrong_and_the_grade_can_be_changed_with_a_digit()
    {
        using var bank = new StudyBank();
        var session = bank.Start();
        var item = session.Next()!;
        using var tui = Open(bank, session);

        tui.Press(Digit(item.Options.ToList().IndexOf("Sergey Lavrov") + 1));
        Assert.Contains("Wrong", tui.Text, StringComparison.Ordinal);
        Assert.Contains("Grade: 1 Again", tui.Text, StringComparison.Ordinal);

        tui.Press(Digit(4));

        var text = tui.Text;
        Assert.Contains("Grade: 4 Easy (was Again)", text, StringComparison.Ordinal);
        Assert.Matches("Back (tomorrow|in [0-9]+ days?)", text);
        Assert.Equal(1, bank.ReviewCount());
    }

    [Fact]
    public void A_click_on_an_option_answers_with_it()
    {
        using var bank = new StudyBank();
        var session = bank.Start();
        session.Next();
        using var tui = Open(bank, session);

        tui.Click("Marco Rubio");

        Assert.Contains("Correct", tui.Text, StringComparison.Ordinal);
        Assert.Equal(1, bank.ReviewCount());
    }

    [Fact]
    public void Undo_takes_the_answer_back_and_asks_the_question_again()
    {
        using var bank = new StudyBank();
        var session = bank.Start();
        session.Next();
        using var tui = Open(bank, session);

        tui.Press(Digit(1));
        Assert.Equal(1, bank.ReviewCount());
        tui.Press(Key.U);

        Assert.Equal(0, bank.ReviewCount());
        Assert.Contains("Who led the US delegation?", tui.Text, StringComparison.Ordinal);
        Assert.Contains("Answered 0", tui.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Grade:", tui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Enter_moves_on_and_enter_on_an_unanswered_question_is_wrong()
    {
        using var bank = new StudyBank();
        var session = bank.Start();
        session.Next();
        using var tui = Open(bank, session);

        tui.Press(Digit(1), Key.Enter);
        Assert.Contains("The talks were held in public view.", tui.Text, StringComparison.Ordinal);

        tui.Press(Key.Enter);
        Assert.Contains("Wrong", tui.Text, StringComparison.Ordinal);
        Assert.Contains("You said: (nothing)", tui.Text, StringComparison.Ordinal);
        Assert.Equal(2, bank.ReviewCount());
    }

    [Fact]
    public void Every_type_is_answered_by_keys_and_each_answer_is_saved_before_the_next_question()
    {
        using var bank = new StudyBank();
        var session = bank.Start();
        session.Next();
        using var tui = Open(bank, session);

        // choice: right option
        tui.Press(Digit(session.Current!.Options.ToList().IndexOf("Marco Rubio") + 1), Key.Enter);
        // truefalse: False is option 2
        Assert.Contains("The talks were held in public view.", tui.Text, StringComparison.Ordinal);
        tui.Press(Digit(2));
        Assert.Contains("Correct", tui.Text, StringComparison.Ordinal);
        tui.Press(Key.Space);
        // multi: tick both right cities, Enter submits
        var options = session.Current!.Options.ToList();
        tui.Press(Digit(options.IndexOf("Riyadh") + 1), Digit(options.IndexOf("Istanbul") + 1));
        Assert.Contains("[x]", tui.Text, StringComparison.Ordinal);
        tui.Press(Key.Enter);
        Assert.Contains("Correct", tui.Text, StringComparison.Ordinal);
        tui.Press(Key.Enter);
        // order: submitted as shuffled, which the engine never presents solved: wrong
        Assert.Contains("Put these events in order.", tui.Text, StringComparison.Ordinal);
        tui.Press(Key.Enter);
        Assert.Contains("Wrong", tui.Text, StringComparison.Ordinal);
        tui.Press(Key.Enter);
        // match: pair each left item with its right letter
        var right = session.Current!.MatchRight.ToList();
        tui.Press(new Key((char)('a' + right.IndexOf("Secretary of State"))), new Key((char)('a' + right.IndexOf("Foreign Minister"))), Key.Enter);
        Assert.Contains("Correct", tui.Text, StringComparison.Ordinal);
        tui.Press(Key.Enter);
        // short: typed with a typo in a 6-letter word is a near miss, still Correct
        Assert.Contains("Your answer:", tui.Text, StringComparison.Ordinal);
        tui.Type("Riyahd");
        tui.Press(Key.Enter);

        var text = tui.Text;
        Assert.Contains("Correct", text, StringComparison.Ordinal);
        Assert.Contains("near miss", text, StringComparison.Ordinal);
        Assert.Equal(6, bank.ReviewCount());
        Assert.Contains("Answered 6", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Typed_digits_and_q_go_into_the_answer_field_not_to_the_screen()
    {
        using var bank = new StudyBank();
        var session = bank.Start(new StudyOptions { Kind = Core.Model.QuestionKind.Where });
        session.Next();
        session.Submit(StudentAnswer.None);
        session.Next();
        using var tui = Open(bank, session);

        tui.Type("q1");

        Assert.Contains("q1", tui.Text, StringComparison.Ordinal);
        Assert.False(tui.Shell.QuitRequested);
        Assert.Contains("In which city", tui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Q_leaves_the_session_for_its_summary_with_Score_and_Accuracy()
    {
        using var bank = new StudyBank();
        var session = bank.Start();
        var item = session.Next()!;
        using var tui = Open(bank, session);

        tui.Press(Digit(item.Options.ToList().IndexOf("Marco Rubio") + 1), Key.Enter, Key.Enter, Key.Q);
        var text = tui.Text;

        Assert.Contains("Session ended.", text, StringComparison.Ordinal);
        Assert.Contains("Score", text, StringComparison.Ordinal);
        Assert.Contains("1 / 2", text, StringComparison.Ordinal);
        Assert.Contains("Accuracy", text, StringComparison.Ordinal);
        Assert.Contains("50%", text, StringComparison.Ordinal);
        Assert.Contains("Who?", text, StringComparison.Ordinal);
        Assert.Contains("Due next", text, StringComparison.Ordinal);

        tui.Press(Key.Q);
        Assert.True(tui.Shell.QuitRequested);
    }

    [Fact]
    public void Esc_leaves_the_session_even_from_the_answer_field()
    {
        using var bank = new StudyBank();
        var session = bank.Start(new StudyOptions { Kind = Core.Model.QuestionKind.Where, Tag = "russia" });
        session.Next();
        session.Submit(StudentAnswer.None);
        session.Next();
        using var tui = Open(bank, session);

        tui.Type("Riy");
        tui.Press(Key.Esc);

        Assert.Contains("Accuracy", tui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Feedback_fits_an_80_by_24_terminal_and_help_lists_the_feedback_keys()
    {
        using var bank = new StudyBank();
        var session = bank.Start();
        session.Next();
        using var tui = Open(bank, session);

        tui.Press(Digit(1));
        Assert.Contains("Grade:", tui.Text, StringComparison.Ordinal);

        tui.Type("?");
        var help = tui.Text;
        Assert.Contains("change the grade", help, StringComparison.Ordinal);
        Assert.Contains("undo this answer", help, StringComparison.Ordinal);
        Assert.Contains("next question", help, StringComparison.Ordinal);
    }
}
