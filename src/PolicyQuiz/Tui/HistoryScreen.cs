using System.Globalization;
using PolicyQuiz.Core.Study;
using PolicyQuiz.Storage.Study;
using Terminal.Gui.Input;

namespace PolicyQuiz.Tui;

/// <summary>One question: its text and answer, its card for this profile, and every answer given to it.</summary>
internal sealed class HistoryScreen(INavigator navigator, StudyContext context, QuestionBrowser browser, QuestionKey key) : Screen(navigator)
{
    public override string Heading => "History";

    public override IReadOnlyList<KeyHint> Keys { get; } =
    [
        new("s", "suspend or unsuspend this question"),
        new("q Esc Enter", "back to the list"),
    ];

    protected override void Paint(Painter painter)
    {
        var row = browser.Search(new BrowseQuery { PackId = key.PackId, Limit = 100_000 }).FirstOrDefault(r => r.Key == key);
        if (row is null)
        {
            painter.Line("This question is no longer in the bank.", Style.Bad);
            return;
        }

        painter.Write(row.Kind.Label(), Style.Heading).Write("  " + row.PackTitle, Style.Dim).NewLine();
        painter.Line(row.Prompt, Style.Heading);
        painter.Write("Answer: ", Style.Dim).Line(row.Answer, Style.Accent, indent: 8);
        var now = context.Time.GetUtcNow();
        if (row.Card is { } card)
        {
            painter.Line(string.Create(
                CultureInfo.InvariantCulture,
                $"{card.State} · due {When.Returns(card.Due, now, context.Time.LocalTimeZone)} · stability {card.Stability:0.#} days · difficulty {card.Difficulty:0.0} · {card.Lapses} lapses"), Style.Dim);
        }
        else
        {
            painter.Line("Never studied.", Style.Dim);
        }

        if (row.Suspended || row.Leech)
        {
            painter.Line((row.Leech ? "Leech. " : string.Empty) + (row.Suspended ? "Suspended: press s to bring it back." : string.Empty), Style.Bad);
        }

        painter.NewLine();
        var history = browser.History(key);
        painter.Line(history.Count == 0 ? "No answers yet." : "Answers, newest first", Style.Heading);
        foreach (var entry in history.Reverse())
        {
            if (painter.Full)
            {
                break;
            }

            var right = Grading.IsPass(entry.Rating);
            painter.Cell(entry.ReviewedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), Style.Dim)
                .Column(18).Cell(right ? "right" : "wrong", right ? Style.Good : Style.Bad)
                .Column(25).Cell(entry.Rating.Label(), Style.Key)
                .Column(32).Cell(entry.Cram ? "cram " : string.Empty, Style.Dim)
                .Cell(entry.Answer).NewLine();
        }
    }

    protected override bool HandleKey(Key key1)
    {
        if (key1 == Key.S)
        {
            var row = browser.Search(new BrowseQuery { PackId = key.PackId, Limit = 100_000 }).FirstOrDefault(r => r.Key == key);
            if (row is not null)
            {
                _ = row.Suspended ? context.Study.Unsuspend(key) : context.Study.Suspend(key);
            }

            Refresh();
            return true;
        }

        if (IsQuit(key1) || key1 == Key.Enter)
        {
            Navigator.Pop();
            return true;
        }

        return false;
    }
}
