using PolicyQuiz.Core.Text;

namespace PolicyQuiz.Packs.Reading;

/// <summary>Puts text from a pack into a message: quoted, made safe for a terminal, and cut short when long.</summary>
internal static class Quote
{
    private const int MaxLength = 60;

    public static string Of(string text)
    {
        var safe = TerminalText.Sanitize(text);
        if (safe.Length > MaxLength)
        {
            safe = safe[..(MaxLength - 1)] + "…";
        }

        return "'" + safe + "'";
    }
}
