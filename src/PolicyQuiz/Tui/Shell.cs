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
        _content = new View { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(1), CanFocus = true };
        _hints = new HintBar(theme) { X = 0, Y = Pos.AnchorEnd(1), Width = Dim.Fill(), Height = 1 };
        Add(_content, _hints);
    }

    public Theme Theme { get; }

    public Screen? Current => _screens.Count == 0 ? null : _screens.Peek();

    public void Push(Screen screen)
    {
        if (Current is { } current)
        {
            _content.Remove(current);
        }

        _screens.Push(screen);
        ShowCurrent();
    }

    public void Replace(Screen screen)
    {
        if (_screens.TryPop(out var old))
        {
            _content.Remove(old);
            old.Dispose();
        }

        Push(screen);
    }

    public void Pop()
    {
        if (_screens.TryPop(out var old))
        {
            _content.Remove(old);
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
                _content.Remove(screen);
                screen.Dispose();
            }
        }

        base.Dispose(disposing);
    }

    private void ShowCurrent()
    {
        var screen = _screens.Peek();
        _content.Add(screen);
        Title = $"PolicyQuiz · {screen.Heading}";
        _hints.Text = screen.Hints + "  ? help";
        screen.Shown();
        SetNeedsLayout();
        SetNeedsDraw();
    }

    /// <summary>The bottom line: a few keys of the current screen.</summary>
    private sealed class HintBar(Theme theme) : View
    {
        protected override bool OnDrawingContent(DrawContext? context)
        {
            SetAttribute(theme.For(Style.Dim));
            ClearViewport();
            new Painter(this, theme).Cell(Text, Style.Dim);
            return true;
        }
    }
}
