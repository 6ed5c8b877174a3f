using PolicyQuiz.Storage;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace PolicyQuiz.Tui;

/// <summary>Switch whose progress is shown and studied: pick a profile of the bank or type a new name.</summary>
internal sealed class ProfileScreen : Screen
{
    private readonly StudyContext _context;
    private readonly IReadOnlyList<Profile> _profiles;
    private TextField? _name;
    private string? _error;
    private int _cursor;

    public ProfileScreen(INavigator navigator, StudyContext context)
        : base(navigator)
    {
        _context = context;
        _profiles = context.Bank.Profiles.List();
        _cursor = Math.Max(0, _profiles.ToList().FindIndex(p => p.Id == context.Profile.Id));
    }

    public override string Heading => "Switch profile";

    public override IReadOnlyList<KeyHint> Keys => _name is null
        ?
        [
            new("↑ ↓", "choose a profile"),
            new("Enter", "switch to it"),
            new("n", "new profile: type its name, Enter"),
            new("q Esc", "back home without switching"),
        ]
        : [new("Enter", "create the profile and switch to it"), new("Esc", "cancel")];

    protected override void Paint(Painter painter)
    {
        painter.Line("Whose progress?", Style.Heading).NewLine();
        for (var i = 0; i < _profiles.Count && !painter.Full; i++)
        {
            var current = _profiles[i].Id == _context.Profile.Id ? "  (current)" : string.Empty;
            painter.Cell(i == _cursor ? "▸ " : "  ", Style.Key).Cell(_profiles[i].Name, i == _cursor ? Style.Selected : Style.Normal).Cell(current, Style.Dim).NewLine();
        }

        if (_name is not null)
        {
            painter.Row(-3).Cell("New profile name:", Style.Key);
        }

        if (_error is not null)
        {
            painter.Row(-1).Cell(_error, Style.Bad);
        }
    }

    protected override bool HandleKey(Key key)
    {
        if (_name is not null)
        {
            return HandleNameKey(key);
        }

        if (key == Key.CursorDown || key == Key.CursorUp)
        {
            _cursor = (_cursor + (key == Key.CursorDown ? 1 : _profiles.Count - 1)) % Math.Max(1, _profiles.Count);
            Refresh();
            return true;
        }

        if (key == Key.Enter && _profiles.Count > 0)
        {
            _context.Profile = _profiles[_cursor];
            Navigator.Pop();
            return true;
        }

        if (key == Key.N)
        {
            _name = new TextField { X = 19, Y = Pos.AnchorEnd(3), Width = Dim.Fill(2), Height = 1 };
            Add(_name);
            _name.SetFocus();
            Refresh();
            return true;
        }

        if (IsQuit(key))
        {
            Navigator.Pop();
            return true;
        }

        return false;
    }

    private bool HandleNameKey(Key key)
    {
        if (key == Key.Esc)
        {
            DropName();
            return true;
        }

        if (key != Key.Enter)
        {
            return false;
        }

        var name = (_name!.Text ?? string.Empty).Trim();
        if (!ProfileStore.IsValidName(name))
        {
            _error = $"A profile name has 1-{ProfileStore.MaxNameLength} characters and no control characters.";
            Refresh();
            return true;
        }

        _context.Profile = _context.Bank.Profiles.GetOrCreate(name);
        DropName();
        Navigator.Pop();
        return true;
    }

    private void DropName()
    {
        if (_name is not null)
        {
            Remove(_name);
            _name.Dispose();
            _name = null;
        }

        _error = null;
        SetFocus();
        Refresh();
    }
}
