using Terminal.Gui.App;
using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace PolicyQuiz.Tui;

/// <summary>
/// The one window of the program: a frame titled with the current screen, the screen itself, and a line of
/// key hints. It keeps the stack of screens and opens help (? or F1) over any of them.
/// </summary>
internal sealed class Shell : Window, INavigator
{
    private readonly IApplication _app;
    private readonly Stack<Screen> _screens = new();
    private readonly View _content;
    private readonly HintBar _hints;

    public Shell(IApplication app, Theme theme)
    {
        _app = app;
        Theme = theme;
        Title = "PolicyQuiz";
        BorderStyle = LineStyle.Single;
        SetScheme(theme.Scheme());
        _content = new View { X = 1, Y = 0, Width = Dim.Fill(1), Height = Dim.Fill(1), CanFocus = true };
        _hints = new HintBar(theme, () => Current is { } screen ? screen.Hints + "  ? help" : string.Empty)
        {
            X = 1,
            Y = Pos.AnchorEnd(1),
            Width = Dim.Fill(1),
            Height = 1,
        };
        Add(_content, _hints);
    }

    public Theme Theme { get; }

    public Screen? Current => _screens.Count == 0 ? null : _screens.Peek();

    public void Push(Screen screen)
    {
        if (Current is { } current)
        {
            Hide(current);
        }

        _screens.Push(screen);
        ShowCurrent();
    }

    public void Replace(Screen screen)
    {
        if (_screens.TryPop(out var old))
        {
            Hide(old);
            old.Dispose();
        }

        Push(screen);
    }

    public void Pop()
    {
        if (_screens.TryPop(out var old))
        {
            Hide(old);
            old.Dispose();
        }

        if (_screens.Count == 0)
        {
            Quit();
            return;
        }

        ShowCurrent();
    }

    /// <summary>True once <see cref="Quit"/> was asked for.</summary>
    public bool QuitRequested { get; private set; }

    public void Quit()
    {
        QuitRequested = true;
        _app.RequestStop(this);
    }

    public void AfterFrame(Action action) => _app.Invoke(action);

    protected override bool OnKeyDown(Key key)
    {
        if (key == Key.F1 || key.AsRune.Value == '?')
        {
            if (Current is { } current and not HelpScreen)
            {
                Push(new HelpScreen(this, current));
            }

            return true;
        }

        if (key == Key.C.WithCtrl)
        {
            Quit();
            return true;
        }

        return base.OnKeyDown(key);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            while (_screens.TryPop(out var screen))
            {
                Hide(screen);
                screen.Dispose();
            }
        }

        base.Dispose(disposing);
    }

    private void Hide(Screen screen)
    {
        screen.Changed -= OnScreenChanged;
        _content.Remove(screen);
    }

    private void OnScreenChanged(object? sender, EventArgs e)
    {
        if (Current is { } screen)
        {
            Title = $"PolicyQuiz · {screen.Heading}";
        }

        _hints.SetNeedsDraw();
    }

    private void ShowCurrent()
    {
        var screen = _screens.Peek();
        screen.Changed += OnScreenChanged;
        _content.Add(screen);
        Title = $"PolicyQuiz · {screen.Heading}";
        screen.Shown();
        SetNeedsLayout();
        SetNeedsDraw();
    }

    /// <summary>The bottom line: a few keys of the current screen.</summary>
    private sealed class HintBar(Theme theme, Func<string> hints) : View
    {
        protected override bool OnDrawingContent(DrawContext? context)
        {
            SetAttribute(theme.For(Style.Dim));
            ClearViewport();
            new Painter(this, theme).Cell(hints(), Style.Dim);
            return true;
        }
    }
}
