using System.Text.RegularExpressions;

namespace PolicyQuiz.EndToEnd;

/// <summary>Colours follow the terminal's palette; NO_COLOR leaves only bold, underline and reverse video.</summary>
public sealed partial class TuiColourTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("policyquiz-colour-").FullName;

    [TuiTmuxFact]
    public void With_NO_COLOR_the_screens_use_no_colour_at_all()
    {
        using var tmux = new TuiTmux(["--db", Path.Combine(_folder, "bank.db")], environment: new Dictionary<string, string> { ["NO_COLOR"] = "1" });
        tmux.WaitFor("All packs");

        var styled = tmux.ScreenWithStyles;

        Assert.DoesNotMatch(ColourCode(), styled);
        Assert.Contains("\u001b[", styled, StringComparison.Ordinal);
    }

    [TuiTmuxFact]
    public void Without_NO_COLOR_meaning_is_coloured_from_the_terminal_palette()
    {
        using var tmux = new TuiTmux(["--db", Path.Combine(_folder, "bank.db")], environment: new Dictionary<string, string> { ["NO_COLOR"] = string.Empty });
        tmux.WaitFor("All packs");

        var styled = tmux.ScreenWithStyles;

        Assert.Matches(PaletteColour(), styled);
        Assert.DoesNotContain("38;2;", styled, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // any foreground or background colour: 16-colour (30-37, 90-97, 40-47, 100-107), 256-colour or RGB
    [GeneratedRegex(@"\x1b\[[0-9;]*(?<![0-9])(3[0-7]|9[0-7]|4[0-7]|10[0-7]|38;[25]|48;[25])[;m]")]
    private static partial Regex ColourCode();

    [GeneratedRegex(@"\x1b\[[0-9;]*(?<![0-9])(3[1-7]|9[1-7])m")]
    private static partial Regex PaletteColour();
}
