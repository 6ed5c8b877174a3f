using System.Buffers;
using PolicyQuiz.Core.Text;

namespace PolicyQuiz.Generation.Text;

/// <summary>
/// <see cref="TerminalText.Sanitize"/> then trimmed, for the many short texts of generated questions: one vectorised
/// search for a character Sanitize would act on (a control character or a bidirectional mark) lets the usual
/// text skip its character-by-character check.
/// </summary>
internal static class Sanitized
{
    private static readonly SearchValues<char> Suspect = SearchValues.Create(SuspectCharacters());

    public static string Line(string text) => text.AsSpan().ContainsAny(Suspect) ? TerminalText.Sanitize(text).Trim() : text.Trim();

    /// <summary>What TerminalText looks for: char.IsControl (U+0000-U+001F, U+007F-U+009F) and the bidirectional marks and embeddings.</summary>
    private static string SuspectCharacters()
    {
        var chars = new List<char>();
        for (var c = '\u0000'; c <= '\u001f'; c++)
        {
            chars.Add(c);
        }

        for (var c = '\u007f'; c <= '\u009f'; c++)
        {
            chars.Add(c);
        }

        chars.AddRange(['\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069']);
        return new string([.. chars]);
    }
}
