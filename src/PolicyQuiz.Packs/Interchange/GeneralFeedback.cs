using PolicyQuiz.Core.Model;
using PolicyQuiz.Packs.Interchange.Gift;

namespace PolicyQuiz.Packs.Interchange;

/// <summary>
/// The general feedback Moodle shows after a question: the right order (order questions), the
/// explanation, and the source. Our readers take the added lines off again when the file carries our
/// policyquiz: comment, so the explanation comes back as it was.
/// </summary>
internal static class GeneralFeedback
{
    private const string OrderLead = "Right order: ";
    private const string SourceLead = "Source: ";

    public static string? Compose(Pack pack, Question question)
    {
        var lines = new List<string>();
        if (question.Type == QuestionType.Order)
        {
            lines.Add(OrderLead + string.Join(" → ", question.Answer));
        }

        if (!string.IsNullOrEmpty(question.Explanation))
        {
            lines.Add(question.Explanation);
        }

        if (pack.FindSource(question.Source) is { } source)
        {
            lines.Add(SourceLead + GiftWriter.Describe(source));
        }

        return lines.Count == 0 ? null : string.Join("\n", lines);
    }

    /// <summary>
    /// The explanation inside feedback written by <see cref="Compose"/>. With our comment the added lines
    /// are known and removed; without it, a last line "Source: …" is taken off and handed back as
    /// <paramref name="source"/>, so the reader can keep it as the question's source.
    /// </summary>
    public static string? Explanation(string? feedback, QuestionMeta? meta, out string? source)
    {
        source = null;
        if (string.IsNullOrWhiteSpace(feedback))
        {
            return null;
        }

        var lines = feedback.Trim().Split('\n').ToList();
        if (meta?.Type == "order" && lines.Count > 0 && lines[0].StartsWith(OrderLead, StringComparison.Ordinal))
        {
            lines.RemoveAt(0);
        }

        if ((meta is null || meta.Source is not null) && lines.Count > 0 && lines[^1].StartsWith(SourceLead, StringComparison.Ordinal))
        {
            source = meta is null ? lines[^1][SourceLead.Length..].Trim() : null;
            lines.RemoveAt(lines.Count - 1);
        }

        var rest = string.Join('\n', lines).Trim();
        return rest.Length == 0 ? null : rest;
    }
}
