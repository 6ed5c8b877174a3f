using System.Globalization;
using PolicyQuiz.Core.Study;
using PolicyQuiz.Storage.Stats;
using Terminal.Gui.Input;

namespace PolicyQuiz.Tui;

/// <summary>
/// The first screen: whose progress, the day streak, today's due and new questions per pack and each
/// pack's mastery. Study all packs or one, cram, switch profile, open stats or browse.
/// </summary>
internal sealed class HomeScreen(INavigator navigator, StudyContext context) : Screen(navigator)
{
    private HomeSummary? _home;
    private int _cursor; // 0 = all packs, 1.. = packs
    private int _first;

    public override string Heading => "Home";

    public override IReadOnlyList<KeyHint> Keys { get; } =
    [
        new("Enter s", "study the chosen line (s: all packs)"),
        new("1-9", "study that pack"),
        new("↑ ↓", "choose all packs or one pack"),
        new("c", "cram the chosen line (practise ahead, schedule untouched)"),
        new("t", "stats: due forecast, activity, retention, mastery"),
        new("b", "browse and search questions, history, suspend"),
        new("p", "switch profile"),
        new("q Esc", "quit"),
    ];

    public override string Hints => "Enter study  ↑↓ pack  t stats  b browse  p profile  q quit";

    private HomeSummary Home => _home ??= context.Stats.Home();

    public override void Shown()
    {
        _home = null;
        base.Shown();
        Refresh();
    }

    protected override void Paint(Painter painter)
    {
        var home = Home;
        painter.Write("Profile ", Style.Dim).Write(home.Profile.Name, Style.Heading)
            .Write("   Day streak ", Style.Dim).Write(home.DayStreak.ToString(CultureInfo.InvariantCulture), Style.Heading)
            .Write(home.DayStreak == 1 ? " day" : " days", Style.Dim)
            .Write("   Today ", Style.Dim).Write(string.Create(CultureInfo.InvariantCulture, $"{home.DueToday} due · {home.NewToday} new"), Style.Heading)
            .NewLine().NewLine();
        if (home.Packs.Count == 0)
        {
            painter.Line("There are no packs in the bank yet.", Style.Heading);
            painter.Line("Import one with 'policyquiz packs import FILE', then come back.");
            return;
        }

        var titleWidth = Math.Max(12, painter.Width - 44);
        painter.Column(4).Cell("Pack", Style.Dim).Column(5 + titleWidth).Cell("  Due   New  Mastery", Style.Dim).NewLine();
        painter.Clickable(Key.S);
        LineFor(painter, 0, string.Empty, "All packs", home.DueToday, home.NewToday, null, titleWidth);
        var rows = Math.Max(1, painter.Height - painter.Y - 1);
        _first = Math.Clamp(_first, Math.Max(0, _cursor - rows), Math.Max(0, _cursor - 1));
        for (var i = _first; i < home.Packs.Count && !painter.Full; i++)
        {
            var pack = home.Packs[i];
            var number = i < 9 ? (i + 1).ToString(CultureInfo.InvariantCulture) : string.Empty;
            if (i < 9)
            {
                painter.Clickable(DigitKey(i + 1));
            }

            LineFor(painter, i + 1, number, pack.Title, pack.DueToday, pack.NewToday, pack.Mastery, titleWidth);
        }
    }

    protected override bool HandleKey(Key key)
    {
        var count = Home.Packs.Count;
        var digit = Digit(key);
        if (digit >= 1 && digit <= count)
        {
            _cursor = digit;
            StartStudy(cram: false);
            return true;
        }

        if (key == Key.CursorDown || key == Key.CursorUp)
        {
            _cursor = (_cursor + (key == Key.CursorDown ? 1 : count)) % (count + 1);
            Refresh();
            return true;
        }

        if (key == Key.Enter || key == Key.S)
        {
            if (key == Key.S)
            {
                _cursor = 0;
            }

            StartStudy(cram: false);
            return true;
        }

        if (key == Key.C)
        {
            StartStudy(cram: true);
            return true;
        }

        if (key == Key.T)
        {
            Navigator.Push(new StatsScreen(Navigator, context));
            return true;
        }

        if (key == Key.B)
        {
            Navigator.Push(new BrowseScreen(Navigator, context));
            return true;
        }

        if (key == Key.P)
        {
            Navigator.Push(new ProfileScreen(Navigator, context));
            return true;
        }

        if (IsQuit(key))
        {
            Navigator.Quit();
            return true;
        }

        return false;
    }

    private void StartStudy(bool cram)
    {
        var packId = _cursor == 0 ? null : Home.Packs[_cursor - 1].PackId;
        var session = context.Study.Start(new StudyOptions { PackId = packId, Cram = cram });
        Navigator.Push(StudyScreen.Open(Navigator, session, context.Time, () => context.Stats.NextDue(packId)));
    }

    private void LineFor(Painter painter, int row, string number, string title, int due, int fresh, double? mastery, int titleWidth)
    {
        var chosen = row == _cursor;
        painter.Cell(chosen ? "▸" : " ", Style.Key).Column(1).Cell(number, Style.Key).Column(4)
            .Cell(Fit(title, titleWidth), chosen ? Style.Selected : Style.Normal)
            .Column(4 + titleWidth + 1)
            .Cell(string.Create(CultureInfo.InvariantCulture, $"{due,5} {fresh,5}  "), due > 0 ? Style.Accent : Style.Normal);
        if (mastery is { } share)
        {
            painter.Cell(Bars.Meter(share, 10), share >= 0.8 ? Style.Good : Style.Accent).Cell(" " + Words.Percent(share));
        }

        painter.NewLine();
    }

    private static string Fit(string text, int width) =>
        text.Length <= width ? text : text[..Math.Max(0, width - 1)] + "…";
}
