using System.Reflection;
using System.Xml.Linq;
using PolicyQuiz.Tui;

namespace PolicyQuiz.Tests.Tui;

/// <summary>
/// The Native AOT binary leaves Terminal.Gui's module initializer out (src/PolicyQuiz/TerminalGui.Substitutions.xml) and
/// applies the same settings when the TUI starts. These tests keep the three pieces in step: a renamed initializer in a
/// new Terminal.Gui, or a switch spelt differently in one place, would otherwise fail silently.
/// </summary>
public sealed class TerminalGuiSettingsTests
{
    [Fact]
    public void The_substituted_method_is_Terminal_Guis_module_initializer()
    {
        var method = SubstitutedMethod();
        var type = typeof(Terminal.Gui.App.Application).Assembly.GetType(method.Type);

        Assert.NotNull(type);
        var initializer = type.GetMethod(method.Name, BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public, Type.EmptyTypes);
        Assert.NotNull(initializer);
        Assert.Equal(typeof(void), initializer.ReturnType);
        Assert.Contains(initializer.CustomAttributes, a => a.AttributeType == typeof(System.Runtime.CompilerServices.ModuleInitializerAttribute));
    }

    [Fact]
    public void The_substitution_the_project_switch_and_the_TUI_name_the_same_feature()
    {
        var project = XDocument.Load(Path.Combine(ProjectFolder(), "PolicyQuiz.csproj"));
        var options = project.Descendants("RuntimeHostConfigurationOption")
            .Where(o => (string?)o.Attribute("Include") == TerminalGuiSettings.DeferredSwitch)
            .ToList();

        Assert.Equal(TerminalGuiSettings.DeferredSwitch, SubstitutedMethod().Feature);
        var option = Assert.Single(options);
        Assert.Equal("true", (string?)option.Attribute("Value"));
        Assert.Equal("true", (string?)option.Attribute("Trim"));
        Assert.Contains("PublishAot", (string?)option.Parent?.Attribute("Condition") ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_the_AOT_binary_the_switch_is_off_and_the_initializer_has_run()
    {
        Assert.False(AppContext.TryGetSwitch(TerminalGuiSettings.DeferredSwitch, out var deferred) && deferred);
    }

    private static (string Type, string Name, string? Feature) SubstitutedMethod()
    {
        var substitutions = XDocument.Load(Path.Combine(ProjectFolder(), "TerminalGui.Substitutions.xml"));
        var assembly = Assert.Single(substitutions.Root!.Elements("assembly"));
        Assert.Equal("Terminal.Gui", (string?)assembly.Attribute("fullname"));
        var type = Assert.Single(assembly.Elements("type"));
        var method = Assert.Single(type.Elements("method"));
        Assert.Equal("stub", (string?)method.Attribute("body"));
        var signature = (string)method.Attribute("signature")!;
        Assert.StartsWith("System.Void ", signature, StringComparison.Ordinal);
        Assert.EndsWith("()", signature, StringComparison.Ordinal);
        var name = signature["System.Void ".Length..^2];
        return ((string)type.Attribute("fullname")!, name, (string?)method.Attribute("feature"));
    }

    private static string ProjectFolder([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "src", "PolicyQuiz"));
}
