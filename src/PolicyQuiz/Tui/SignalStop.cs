using System.Runtime.InteropServices;
using Terminal.Gui.App;

namespace PolicyQuiz.Tui;

/// <summary>
/// Turns SIGINT and SIGTERM into an orderly stop of the application, so that the terminal is restored
/// (raw mode off, alternate screen left, cursor shown) instead of being left as the screens had it.
/// </summary>
internal sealed class SignalStop : IDisposable
{
    private readonly PosixSignalRegistration[] _registrations;

    public SignalStop(IApplication app)
    {
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Stop(app, context, 130)),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Stop(app, context, 143)),
        ];
    }

    /// <summary>The exit status the signal asks for (128 + its number), or 0 when none came.</summary>
    public int ExitCode { get; private set; }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
    }

    private void Stop(IApplication app, PosixSignalContext context, int exitCode)
    {
        context.Cancel = true;
        ExitCode = exitCode;
        app.Invoke(() => app.RequestStop());
    }
}
