using PolicyQuiz.Core.Scheduling;
using PolicyQuiz.Core.Study;
using PolicyQuiz.Tui.Answers;
using Terminal.Gui.Input;

namespace PolicyQuiz.Tui;

/// <summary>
/// A study session: the question with its kind, source and an input for its type; after an answer the
/// feedback (Correct or Wrong, the right answer, explanation, evidence, grade and when it returns).
/// The engine decides everything; this screen shows it and passes keys on. Each answer is stored by the
/// engine before the next question is asked.
/// </summary>
internal sealed class StudyScreen : Screen
{
    private static readonly KeyHint[] LeaveKeys = [new("q Esc", "end the session and see its summary")];

    private static readonly KeyHint[] FeedbackKeys =
    [
        new("Enter Space", "next question"),
        new("1 2 3 4", "change the grade: Again, Hard, Good, Easy"),
        new("u", "undo this answer and answer again"),
        new("q Esc", "end the session and see its summary"),
    ];

    private readonly StudySession _session;
    private readonly TimeProvider _time;
    private readonly Func<DateTimeOffset?>? _nextDue;
    private AnswerInput? _input;

    public StudyScreen(INavigator navigator, StudySession session, TimeProvider time, Func<DateTimeOffset?>? nextDue = null)
        : base(navigator)
    {
        _session = session;
        _time = time;
        _nextDue = nextDue;
        if (session.Current is { } current && session.Outcome is null)
        {
            Ask(current);
        }
    }

    /// <summary>The first screen of <paramref name="session"/>: its first question, or its summary when nothing is left to ask.</summary>
    /// <remarks><paramref name="nextDue"/> tells the summary when the next question of the selection falls due.</remarks>
    public static Screen Open(INavigator navigator, StudySession session, TimeProvider time, Func<DateTimeOffset?>? nextDue = null) =>
        session.Current is not null || session.Next() is not null
            ? new StudyScreen(navigator, session, time, nextDue)
            : new SummaryScreen(navigator, session, time, nextDue);

    public override string Heading => _session.Options.Cram ? "Study (cram)" : "Study";

    public override IReadOnlyList<KeyHint> Keys => _session.Outcome is not null
        ? FeedbackKeys
        : [.. _input?.Keys ?? [], .. _input is TextInput ? [new KeyHint("Esc", "end the session and see its summary")] : LeaveKeys];

    public override string Hints => _session.Outcome is not null
        ? "Enter next  1-4 grade  u undo  q end"
        : _input is TextInput ? "Enter submit  Esc end" : _input is ChoiceInput ? "1-9 answer  q end" : "Enter submit  q end";

    public override void Shown()
    {
        if (_input?.Field is { } field)
        {
            field.SetFocus();
        }
        else
        {
            SetFocus();
        }
    }

    protected override void Paint(Painter painter)
    {
        painter.Line(Words.Progress(_session.Progress), Style.Dim);
        if (_session.Current is not { } item)
        {
            return;
        }

        painter.NewLine();
        painter.Write(item.Kind.Label(), Style.Heading).Write("  ").Write(item.PackTitle, Style.Dim);
        if (!item.IsNew || item.Cram)
        {
            painter.Write(item.Cram ? "  · cram" : string.Empty, Style.Dim);
        }

        painter.NewLine().Line(item.Question.Prompt, Style.Heading).NewLine();
        if (_session.Outcome is { } outcome)
        {
            PaintFeedback(painter, outcome);
            return;
        }

        _input?.Paint(painter);
        if (item.Source is { } source)
        {
            painter.NewLine().Line("Source: " + Words.Describe(source), Style.Dim);
        }

        if (_input is TextInput)
        {
            painter.Row(-2).Cell("Your answer:", Style.Key);
        }

        FirstFrameTrace.QuestionDrawn(Navigator, _time);
    }

    protected override bool HandleKey(Key key)
    {
        if (_session.Outcome is not null)
        {
            return HandleFeedbackKey(key);
        }

        if (key == Key.Esc || (key == Key.Q && _input is not TextInput))
        {
            End();
            return true;
        }

        if (_input is null)
        {
            return false;
        }

        switch (_input.HandleKey(key))
        {
            case InputResult.Submit:
                Submit();
                return true;
            case InputResult.Changed:
                Refresh();
                return true;
            default:
                return false;
        }
    }

    private bool HandleFeedbackKey(Key key)
    {
        var digit = Digit(key);
        if (digit is >= 1 and <= 4)
        {
            _session.Regrade((Rating)digit);
            Refresh();
            return true;
        }

        if (key == Key.U)
        {
            Ask(_session.Undo());
            Shown();
            Refresh();
            return true;
        }

        if (key == Key.Enter || key == Key.Space)
        {
            Advance();
            return true;
        }

        if (IsQuit(key))
        {
            End();
            return true;
        }

        return false;
    }

    private void PaintFeedback(Painter painter, AnswerOutcome outcome)
    {
        if (outcome.IsCorrect)
        {
            painter.Write("Correct", Style.Good);
            if (outcome.Check.Verdict == Verdict.NearMiss)
            {
                painter.Write("  (near miss)", Style.Good);
            }
        }
        else
        {
            painter.Write("Wrong", Style.Bad);
            if (outcome.Check.Verdict == Verdict.Partial)
            {
                painter.Write($"  (partly right: {Words.Percent(outcome.Check.Credit)})", Style.Bad);
            }
        }

        if (!string.IsNullOrWhiteSpace(outcome.Check.Note))
        {
            painter.Write("  " + outcome.Check.Note, Style.Dim);
        }

        painter.NewLine();
        var given = outcome.Answer.Describe(outcome.Item.Type);
        painter.Write("You said: ", Style.Dim).Line(string.IsNullOrWhiteSpace(given) ? "(nothing)" : given, indent: 10);
        painter.Write("Answer:   ", Style.Dim).Line(outcome.CorrectAnswer, Style.Accent, indent: 10);
        var question = outcome.Item.Question;
        if (!string.IsNullOrWhiteSpace(question.Explanation))
        {
            painter.NewLine().Line(question.Explanation);
        }

        if (!string.IsNullOrWhiteSpace(question.Evidence))
        {
            painter.NewLine().Line("“" + question.Evidence + "”", indent: 2);
        }

        if (outcome.Item.Source is { } source)
        {
            painter.Line("— " + Words.Describe(source), Style.Dim, indent: 2);
        }

        painter.NewLine();
        painter.Clickable(Key.Enter).Write("Grade: ", Style.Dim).Write($"{(int)outcome.Rating} {outcome.Rating.Label()}", Style.Key);
        if (outcome.Rating != outcome.SuggestedRating)
        {
            painter.Write($" (was {outcome.SuggestedRating.Label()})", Style.Dim);
        }

        painter.Write("   ");
        painter.Line(
            outcome.NextDue is { } due
                ? "Back " + When.Returns(due, _time.GetUtcNow(), _time.LocalTimeZone)
                : "Cram: its schedule is unchanged",
            Style.Accent);
        if (outcome.BecameLeech)
        {
            painter.Line("This question keeps slipping: it is now tagged leech and suspended.", Style.Bad);
        }
    }

    private void Ask(StudyItem item)
    {
        DropField();
        _input = AnswerInput.For(item);
        if (_input.Field is { } field)
        {
            Add(field);
        }
    }

    private void Submit()
    {
        _session.Submit(_input!.Answer);
        DropField();
        SetFocus();
        Refresh();
    }

    private void Advance()
    {
        if (_session.Next() is { } item)
        {
            Ask(item);
            Shown();
            Refresh();
            return;
        }

        End();
    }

    private void End()
    {
        DropField();
        Navigator.Replace(new SummaryScreen(Navigator, _session, _time, _nextDue));
    }

    private void DropField()
    {
        if (_input?.Field is { } field && field.SuperView == this)
        {
            Remove(field);
            field.Dispose();
        }
    }
}
