using PolicyQuiz.Core.Text;

namespace PolicyQuiz.Generation.Reading.Html;

/// <summary>Strips escape sequences and control characters from what a page or feed says, before it becomes an article.</summary>
internal static class Clean
{
    public static string Body(string text) => TerminalText.Sanitize(text, keepNewlines: true).Trim();

    public static string Line(string text) => TerminalText.Sanitize(text).Trim();

    public static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : NullIfEmpty(Line(text));

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
