using Terminal.Gui.Configuration;

namespace PolicyQuiz.Tui;

/// <summary>
/// Terminal.Gui's configuration for the TUI. Terminal.Gui applies it from a module initializer at process start;
/// the Native AOT binary turns that initializer off (TerminalGui.Substitutions.xml), so that commands that never
/// draw a screen do not pay for it, and the TUI applies it here instead, before the application is created.
/// </summary>
internal static class TerminalGuiSettings
{
    /// <summary>Set in the Native AOT binary, where Terminal.Gui's module initializer was left out.</summary>
    internal const string DeferredSwitch = "PolicyQuiz.TerminalGuiSettingsDeferred";

    public static void Apply()
    {
        if (!AppContext.TryGetSwitch(DeferredSwitch, out var deferred) || !deferred)
        {
            return;
        }

        try
        {
            TuiConfigurationBuilder.Shared.ApplyToStaticFacades();
        }
#pragma warning disable CA1031 // as in Terminal.Gui's own initializer: any failure leaves the defaults, and is reported at shutdown
        catch (Exception e)
#pragma warning restore CA1031
        {
            TuiJsonErrors.Add($"Applying configuration failed: {e.Message}. Running with default settings.");
        }
    }
}
