using System.Globalization;
using PolicyQuiz.Core.Study;
using Terminal.Gui.Input;

namespace PolicyQuiz.Tui;

/// <summary>The end of a session: score, accuracy, best streak, time spent, results by kind and when its questions come back.</summary>
internal sealed class SummaryScreen(INavigator navigator, StudySession session, TimeProvider time, Func<DateTimeOffset?>? nextDue = null) : Screen(navigator)
{
    private readonly DateTimeOffset? _nextDue = nextDue?.Invoke();

    public override string Heading => "Session summary";

    public override IReadOnlyList<KeyHint> Keys { get; } =
    [
        new("Enter q Esc", "done (back home, or quit when started with 'study')"),
    ];

    protected override void Paint(Painter painter)
    {
        var score = session.Score;
        painter.Line(session.IsFinished && score.Answered > 0 ? "Session complete: nothing left for now." : "Session ended.", Style.Heading).NewLine();
        if (score.Answered == 0 && session.IsFinished)
        {
            painter.Line("Nothing is due and no new questions are left for today. Come back tomorrow, or try --cram.").NewLine();
        }

        Row(painter, "Score", string.Create(CultureInfo.InvariantCulture, $"{score.Correct} / {score.Answered}"));
        Row(painter, "Accuracy", Words.Percent(score.Accuracy));
        Row(painter, "Best streak", score.BestStreak.ToString(CultureInfo.InvariantCulture));
        Row(painter, "Time spent", When.Took(score.TimeSpent));
        painter.NewLine();
        if (score.ByKind.Count > 0)
        {
            painter.Line("By kind", Style.Heading);
            foreach (var (kind, line) in score.ByKind.OrderBy(p => p.Key))
            {
                painter.Column(2).Cell(kind.Label(), Style.Key).Column(10)
                    .Cell(Bars.Meter(line.Accuracy, 20), line.Accuracy >= 0.8 ? Style.Good : line.Accuracy >= 0.5 ? Style.Accent : Style.Bad)
                    .Cell(string.Create(CultureInfo.InvariantCulture, $" {line.Correct}/{line.Answered}  {Words.Percent(line.Accuracy)}"));
                painter.NewLine();
            }

            painter.NewLine();
        }

        var now = time.GetUtcNow();
        var comingBack = session.Answers
            .Where(a => a.NextDue is not null)
            .GroupBy(a => a.Item.Key)
            .Select(g => g.Last().NextDue!.Value)
            .OrderBy(d => d)
            .GroupBy(d => When.Returns(d, now, time.LocalTimeZone))
            .Take(4)
            .ToList();
        if (comingBack.Count > 0 || _nextDue is not null)
        {
            painter.Line("Due next", Style.Heading);
            if (_nextDue is { } next)
            {
                painter.Column(2).Line("The next review is due " + When.Returns(next, now, time.LocalTimeZone) + ".");
            }

            foreach (var group in comingBack)
            {
                var count = group.Count();
                painter.Column(2).Line(string.Create(CultureInfo.InvariantCulture, $"{count} question{(count == 1 ? "" : "s")} {group.Key}"));
            }
        }
    }

    protected override bool HandleKey(Key key)
    {
        if (key == Key.Enter || IsQuit(key))
        {
            Navigator.Pop();
            return true;
        }

        return false;
    }

    private static void Row(Painter painter, string name, string value) =>
        painter.Column(2).Cell(name, Style.Dim).Column(16).Cell(value, Style.Heading).NewLine();
}
