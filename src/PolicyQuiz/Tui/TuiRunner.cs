using Terminal.Gui.App;

namespace PolicyQuiz.Tui;

/// <summary>Runs the screens in the terminal until the student quits or a signal arrives.</summary>
internal static class TuiRunner
{
    public static int Run(Func<INavigator, Screen> firstScreen)
    {
        if (!TerminalCheck.HasTerminal())
        {
            Console.Error.WriteLine(TerminalCheck.Message);
            return Core.ExitCodes.BadInput;
        }

        TerminalGuiSettings.Apply();
        using IApplication app = Application.Create();
        app.Init();

        // the terminal's own 16-colour palette (its theme), not fixed RGB values
        app.Driver!.Force16Colors = true;
        using var signals = new SignalStop(app);
        using (var shell = new Shell(app, Theme.FromEnvironment()))
        {
            shell.Push(firstScreen(shell));
            app.Run(shell);
        }

        return signals.ExitCode;
    }
}
