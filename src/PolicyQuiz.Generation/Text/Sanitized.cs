using PolicyQuiz.Core.Text;

namespace PolicyQuiz.Generation.Text;

/// <summary>
/// <see cref="TerminalText.Sanitize"/> then trimmed, for the many short texts of generated questions: a vectorised
/// search skips the printable ASCII characters (none of which Sanitize acts on), so only the few others (curly quotes,
/// dashes, accented letters) are looked at one by one, and the usual text skips TerminalText's character-by-character check.
/// </summary>
internal static class Sanitized
{
    public static string Line(string text) => HasSuspect(text) ? TerminalText.Sanitize(text).Trim() : text.Trim();

    /// <summary>Whether the text has a character TerminalText acts on: char.IsControl (U+0000-U+001F, U+007F-U+009F) or a bidirectional mark or embedding.</summary>
    internal static bool HasSuspect(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOfAnyExceptInRange(' ', '~'); at >= 0; at = text.IndexOfAnyExceptInRange(' ', '~'))
        {
            if (IsSuspect(text[at]))
            {
                return true;
            }

            text = text[(at + 1)..];
        }

        return false;
    }

    private static bool IsSuspect(char c) =>
        c < ' ' || c is (>= '\u007f' and <= '\u009f') or '\u200e' or '\u200f' or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069');
}
