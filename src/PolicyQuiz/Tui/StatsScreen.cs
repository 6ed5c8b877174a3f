using System.Globalization;
using PolicyQuiz.Storage.Stats;
using Terminal.Gui.Input;

namespace PolicyQuiz.Tui;

/// <summary>
/// Progress to look at rather than read: the next 30 days of due questions as bars, 16 weeks of
/// activity as a calendar heatmap, true retention as a meter and mastery bars per pack.
/// </summary>
internal sealed class StatsScreen(INavigator navigator, StudyContext context) : Screen(navigator)
{
    private const int ChartRows = 6;
    private static readonly char[] Heat = ['░', '▒', '▓', '█'];

    private Snapshot? _data;

    public override string Heading => "Stats";

    public override IReadOnlyList<KeyHint> Keys { get; } =
    [
        new("q Esc Enter", "back home"),
        new("r", "reload"),
    ];

    private Snapshot Figures => _data ??= new Snapshot(context.Stats.Totals(), context.Stats.Forecast(30), context.Stats.Activity(16), context.Stats.Packs());

    protected override void Paint(Painter painter)
    {
        var data = Figures;
        var totals = data.Totals;
        painter.Write("Profile ", Style.Dim).Write(context.Profile.Name, Style.Heading)
            .Write(string.Create(CultureInfo.InvariantCulture, $"   {totals.DayStreak}-day streak   {totals.Answered} answers on {totals.DaysStudied} days   "), Style.Dim)
            .Write(When.Took(totals.TimeSpent), Style.Dim)
            .NewLine().NewLine();

        var top = painter.Y;
        var right = Math.Max(40, painter.Width / 2 + 1);
        PaintForecast(painter, top, data.Forecast);
        PaintActivity(painter, top, right, data.Activity);
        painter.Row(top + ChartRows + 3);

        painter.Write("True retention  ", Style.Heading);
        if (totals.TrueRetention is { } retention)
        {
            painter.Cell(Bars.Meter(retention, 30), retention >= 0.85 ? Style.Good : Style.Accent)
                .Cell(string.Create(CultureInfo.InvariantCulture, $" {Words.Percent(retention)} of {totals.ReviewStateAnswers} review answers right"));
        }
        else
        {
            painter.Cell("no review answers yet", Style.Dim);
        }

        painter.NewLine().NewLine().Line("Mastery (recall ≥ 90%, stable ≥ 21 days)", Style.Heading);
        var titleWidth = Math.Min(34, Math.Max(12, painter.Width - 45));
        foreach (var pack in data.Packs)
        {
            if (painter.Full)
            {
                break;
            }

            painter.Column(2).Cell(Fit(pack.Title, titleWidth)).Column(3 + titleWidth)
                .Cell(Bars.Meter(pack.Mastery, 30), pack.Mastery >= 0.8 ? Style.Good : Style.Accent)
                .Cell(string.Create(CultureInfo.InvariantCulture, $" {Words.Percent(pack.Mastery)} {pack.Mastered}/{pack.Questions}"))
                .NewLine();
        }
    }

    protected override bool HandleKey(Key key)
    {
        if (IsQuit(key) || key == Key.Enter)
        {
            Navigator.Pop();
            return true;
        }

        if (key == Key.R)
        {
            _data = null;
            Refresh();
            return true;
        }

        return false;
    }

    private static void PaintForecast(Painter painter, int top, IReadOnlyList<DayCount> forecast)
    {
        var max = forecast.Count == 0 ? 0 : forecast.Max(d => d.Count);
        var total = forecast.Sum(d => d.Count);
        painter.Row(top).Cell(string.Create(CultureInfo.InvariantCulture, $"Due, next 30 days ({total})"), Style.Heading);
        for (var row = 0; row < ChartRows; row++)
        {
            var y = top + 1 + (ChartRows - 1 - row);
            painter.Row(y);
            if (row == ChartRows - 1)
            {
                painter.Cell(max.ToString(CultureInfo.InvariantCulture).PadLeft(4), Style.Dim);
            }
            else if (row == 0)
            {
                painter.Cell("   0", Style.Dim);
            }

            painter.Column(5).Cell("│", Style.Dim);
            for (var day = 0; day < forecast.Count; day++)
            {
                painter.Column(6 + day).Cell(Bars.Column(forecast[day].Count, max, ChartRows, row).ToString(), day == 0 ? Style.Key : Style.Accent);
            }
        }

        painter.Row(top + ChartRows + 1).Column(6).Cell("today", Style.Dim).Column(6 + 14).Cell("+14", Style.Dim).Column(6 + 26).Cell("+29", Style.Dim);
    }

    private static void PaintActivity(Painter painter, int top, int left, IReadOnlyList<DayCount> activity)
    {
        painter.Row(top).Column(left).Cell("Activity, 16 weeks", Style.Heading);
        if (activity.Count == 0)
        {
            return;
        }

        var max = activity.Max(d => d.Count);
        var offset = Weekday(activity[0].Day);
        string[] names = ["Mon", "", "Wed", "", "Fri", "", "Sun"];
        for (var weekday = 0; weekday < 7; weekday++)
        {
            painter.Row(top + 1 + weekday).Column(left).Cell(names[weekday], Style.Dim);
        }

        for (var i = 0; i < activity.Count; i++)
        {
            var slot = offset + i;
            var (week, weekday) = (slot / 7, slot % 7);
            var count = activity[i].Count;
            var cell = count == 0 ? "· " : new string(Heat[Math.Min(3, (int)Math.Ceiling(4.0 * count / max) - 1)], 1) + " ";
            painter.Row(top + 1 + weekday).Column(left + 4 + (2 * week)).Cell(cell, count == 0 ? Style.Dim : Style.Good);
        }

        painter.Row(top + 8).Column(left + 4).Cell("less ", Style.Dim).Cell("· ░ ▒ ▓ █", Style.Good).Cell(" more", Style.Dim);
    }

    private static int Weekday(DateOnly day) => ((int)day.DayOfWeek + 6) % 7;

    private static string Fit(string text, int width) =>
        text.Length <= width ? text : text[..Math.Max(0, width - 1)] + "…";

    private sealed record Snapshot(ProfileStats Totals, IReadOnlyList<DayCount> Forecast, IReadOnlyList<DayCount> Activity, IReadOnlyList<PackProgress> Packs);
}
