using System.Globalization;
using PolicyQuiz.Core.Model;
using PolicyQuiz.Storage.Study;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace PolicyQuiz.Tui;

/// <summary>
/// Find questions by text, pack, tag and kind; open one's history; suspend or unsuspend it.
/// `/` starts a search (typed in a field, Enter runs it); the list is then driven by single keys.
/// </summary>
internal sealed class BrowseScreen : Screen
{
    private readonly StudyContext _context;
    private readonly QuestionBrowser _browser;
    private TextField? _search;
    private string _searchText = string.Empty;
    private IReadOnlyList<BrowseRow> _rows;
    private int _cursor;
    private int _first;
    private string? _message;

    public BrowseScreen(INavigator navigator, StudyContext context)
        : base(navigator)
    {
        _context = context;
        _browser = new QuestionBrowser(context.Bank, context.Profile);
        _rows = _browser.Search(BrowseSearch.Parse(null));
    }

    public override string Heading => "Browse";

    public override IReadOnlyList<KeyHint> Keys => _search is null
        ?
        [
            new("/", "search: words, pack:ID, tag:T, kind:who, type:multi, suspended"),
            new("↑ ↓ PgUp PgDn", "choose a question"),
            new("Enter h", "the question's history"),
            new("s", "suspend or unsuspend the chosen question"),
            new("q Esc", "back home"),
        ]
        : [new("Enter", "search"), new("Esc", "cancel the search")];

    public override string Hints => _search is null ? "/ search  ↑↓ choose  Enter history  s suspend  q back" : "Enter search  Esc cancel";

    public BrowseRow? Chosen => _cursor < _rows.Count ? _rows[_cursor] : null;

    public override void Shown()
    {
        Reload();
        base.Shown();
    }

    protected override void Paint(Painter painter)
    {
        painter.Write("Search ", Style.Dim);
        if (_search is null)
        {
            painter.Write(_searchText.Length == 0 ? "(everything; press / to search)" : _searchText, _searchText.Length == 0 ? Style.Dim : Style.Heading);
        }

        painter.NewLine();
        painter.Line(string.Create(CultureInfo.InvariantCulture, $"{_rows.Count} question{(_rows.Count == 1 ? "" : "s")}") + (_message is null ? string.Empty : "  · " + _message), Style.Dim);
        var rows = Math.Max(1, painter.Height - painter.Y - 3);
        _first = Math.Clamp(_first, Math.Max(0, _cursor - rows + 1), _cursor);
        for (var i = _first; i < _rows.Count && i < _first + rows; i++)
        {
            var row = _rows[i];
            var flags = row.Suspended ? "S" : row.Leech ? "L" : row.Card is null ? "·" : " ";
            painter.Cell(i == _cursor ? "▸" : " ", Style.Key).Column(2).Cell(flags, row.Suspended ? Style.Bad : Style.Dim)
                .Column(4).Cell(row.Kind.Label(), Style.Accent).Column(11)
                .Cell(Fit(row.Prompt, painter.Width - 11), i == _cursor ? Style.Selected : Style.Normal).NewLine();
        }

        if (Chosen is { } chosen)
        {
            painter.Row(-2).Write("Answer: ", Style.Dim).Cell(chosen.Answer, Style.Accent);
            painter.Row(-1).Cell(string.Create(CultureInfo.InvariantCulture, $"{chosen.PackTitle} · {chosen.Type.Name()} · {chosen.Reviews} answers"), Style.Dim)
                .Cell(chosen.Suspended ? " · suspended" : chosen.Leech ? " · leech" : string.Empty, Style.Bad);
        }
    }

    protected override bool HandleKey(Key key)
    {
        if (_search is not null)
        {
            return HandleSearchKey(key);
        }

        if (key.AsRune.Value == '/')
        {
            _search = new TextField { X = 7, Y = 0, Width = Dim.Fill(1), Height = 1, Text = _searchText };
            Add(_search);
            _search.SetFocus();
            Refresh();
            return true;
        }

        if (key == Key.CursorDown || key == Key.CursorUp || key == Key.PageDown || key == Key.PageUp)
        {
            var step = key == Key.PageDown ? 10 : key == Key.PageUp ? -10 : key == Key.CursorDown ? 1 : -1;
            _cursor = Math.Clamp(_cursor + step, 0, Math.Max(0, _rows.Count - 1));
            Refresh();
            return true;
        }

        if ((key == Key.Enter || key == Key.H) && Chosen is { } row)
        {
            Navigator.Push(new HistoryScreen(Navigator, _context, _browser, row.Key));
            return true;
        }

        if (key == Key.S && Chosen is { } chosen)
        {
            var study = _context.Study;
            var done = chosen.Suspended ? study.Unsuspend(chosen.Key) : study.Suspend(chosen.Key);
            _message = done ? (chosen.Suspended ? "unsuspended: it will be asked again" : "suspended: it will not be asked") : null;
            Reload();
            return true;
        }

        if (IsQuit(key))
        {
            Navigator.Pop();
            return true;
        }

        return false;
    }

    private bool HandleSearchKey(Key key)
    {
        if (key == Key.Enter)
        {
            _searchText = _search!.Text ?? string.Empty;
            _cursor = 0;
            _message = null;
            DropSearch();
            Reload();
            return true;
        }

        if (key == Key.Esc)
        {
            DropSearch();
            Refresh();
            return true;
        }

        return false;
    }

    private void Reload()
    {
        _rows = _browser.Search(BrowseSearch.Parse(_searchText));
        _cursor = Math.Clamp(_cursor, 0, Math.Max(0, _rows.Count - 1));
        Refresh();
    }

    private void DropSearch()
    {
        if (_search is not null)
        {
            Remove(_search);
            _search.Dispose();
            _search = null;
        }

        SetFocus();
    }

    private static string Fit(string text, int width) =>
        text.Length <= width ? text : text[..Math.Max(0, width - 1)] + "…";
}
