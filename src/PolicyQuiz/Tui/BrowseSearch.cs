using PolicyQuiz.Core.Model;
using PolicyQuiz.Storage.Study;

namespace PolicyQuiz.Tui;

/// <summary>
/// Reads what the student typed in the browse search: free words search prompts, answers and evidence;
/// <c>pack:ID</c>, <c>tag:T</c>, <c>kind:who</c> and <c>type:multi</c> narrow the search, and
/// <c>suspended</c> alone shows only suspended questions.
/// </summary>
internal static class BrowseSearch
{
    public static BrowseQuery Parse(string? text)
    {
        var query = new BrowseQuery();
        var words = new List<string>();
        foreach (var word in (text ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = word.IndexOf(':', StringComparison.Ordinal);
            var (name, value) = colon > 0 ? (word[..colon].ToUpperInvariant(), word[(colon + 1)..]) : (string.Empty, word);
            switch (name)
            {
                case "PACK" when value.Length > 0:
                    query = query with { PackId = value };
                    break;
                case "TAG" when value.Length > 0:
                    query = query with { Tag = value };
                    break;
                case "KIND" when QuestionNames.TryParseKind(value.ToLowerInvariant(), out var kind):
                    query = query with { Kind = kind };
                    break;
                case "TYPE" when QuestionNames.TryParseType(value.ToLowerInvariant(), out var type):
                    query = query with { Type = type };
                    break;
                case "" when string.Equals(word, "suspended", StringComparison.OrdinalIgnoreCase):
                    query = query with { SuspendedOnly = true };
                    break;
                default:
                    words.Add(word);
                    break;
            }
        }

        return words.Count == 0 ? query : query with { Text = string.Join(' ', words) };
    }
}
