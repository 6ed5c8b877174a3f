using PolicyQuiz.Tui;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using Terminal.Gui.Time;

namespace PolicyQuiz.Tests.Tui;

/// <summary>
/// Runs the real shell and screens headless: the ANSI driver draws into a buffer of the given size,
/// keys are injected as a terminal would send them, and the screen text is read back.
/// </summary>
internal sealed class TuiHarness : IDisposable
{
    private readonly IApplication _app;

    public TuiHarness(Func<INavigator, Screen> firstScreen, int width = 80, int height = 24, Theme? theme = null)
    {
        _app = Application.Create(new VirtualTimeProvider());
        _app.Init(DriverRegistry.Names.ANSI);
        _app.Driver!.SetScreenSize(width, height);
        Shell = new Shell(_app, theme ?? Theme.Mono);
        _app.Begin(Shell);
        Shell.Push(firstScreen(Shell));
        _app.LayoutAndDraw();
    }

    public Shell Shell { get; }

    /// <summary>The screen as text, one line per row.</summary>
    public string Text
    {
        get
        {
            _app.LayoutAndDraw();
            return _app.Driver!.ToString() ?? string.Empty;
        }
    }

    public TuiHarness Press(params Key[] keys)
    {
        foreach (var key in keys)
        {
            _app.InjectKey(key);
        }

        _app.LayoutAndDraw();
        return this;
    }

    /// <summary>Types text one key at a time.</summary>
    public TuiHarness Type(string text)
    {
        foreach (var c in text)
        {
            _app.InjectKey(new Key(c));
        }

        _app.LayoutAndDraw();
        return this;
    }

    /// <summary>Clicks the left mouse button on the first screen cell showing <paramref name="text"/>.</summary>
    public TuiHarness Click(string text)
    {
        var lines = Text.Split('\n');
        var y = Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
        Assert.True(y >= 0, $"'{text}' is on the screen");
        var at = new System.Drawing.Point(lines[y].IndexOf(text, StringComparison.Ordinal), y);
        _app.InjectMouse(new Mouse { ScreenPosition = at, Flags = MouseFlags.LeftButtonPressed });
        _app.InjectMouse(new Mouse { ScreenPosition = at, Flags = MouseFlags.LeftButtonReleased });
        _app.LayoutAndDraw();
        return this;
    }

    public TuiHarness Resize(int width, int height)
    {
        _app.Driver!.SetScreenSize(width, height);
        _app.LayoutAndDraw();
        return this;
    }

    /// <summary>Runs the work queued for after the frame (as the main loop would).</summary>
    public TuiHarness Settle()
    {
        _app.RaiseIteration();
        _app.LayoutAndDraw();
        return this;
    }

    public void Dispose()
    {
        Shell.Dispose();
        _app.Dispose();
    }
}
