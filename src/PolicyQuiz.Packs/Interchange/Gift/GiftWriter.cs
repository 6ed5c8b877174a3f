using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Packs.Interchange.Gift;

/// <summary>
/// Writes a pack as Moodle GIFT: one question a block, blank lines between, ::id:: titles, answers one
/// a line, the explanation as ####general feedback, Moodle's // [id:] [tag:] comments, and a
/// // policyquiz: comment with what GIFT cannot hold so our reader gets the pack back whole.
/// </summary>
public static partial class GiftWriter
{
    public static string ToGift(Pack pack, out IReadOnlyList<string> warnings)
    {
        var found = new List<string>();
        var builder = new StringBuilder();
        builder.Append("// ").Append(OneLine(pack.Title)).Append(" (pack ").Append(pack.Id).Append(", version ")
            .Append(pack.Version.ToString(CultureInfo.InvariantCulture)).Append("), written by policyquiz\n");
        builder.Append("// ").Append(PackMeta.Marker).Append(' ').Append(PackMeta.Of(pack).ToJson()).Append("\n\n");
        builder.Append("$CATEGORY: $course$/top/").Append(OneLine(pack.Title).Replace("/", "//", StringComparison.Ordinal)).Append("\n\n");
        foreach (var question in pack.Questions)
        {
            WriteQuestion(builder, pack, question, found);
            builder.Append('\n');
        }

        warnings = found;
        return builder.ToString();
    }

    private static void WriteQuestion(StringBuilder builder, Pack pack, Question question, List<string> warnings)
    {
        if (pack.FindSource(question.Source) is { } source)
        {
            builder.Append("// Source: ").Append(OneLine(Describe(source))).Append('\n');
        }

        builder.Append("// [id:").Append(question.Id).Append(']');
        foreach (var tag in question.Tags)
        {
            builder.Append(" [tag:").Append(OneLine(tag).Replace("]", string.Empty, StringComparison.Ordinal)).Append(']');
        }

        builder.Append('\n');
        builder.Append("// ").Append(QuestionMeta.Marker).Append(' ').Append(QuestionMeta.Of(question).ToJson()).Append('\n');
        builder.Append("::").Append(GiftText.Escape(question.Id)).Append("::");

        var prompt = question.Prompt;
        var after = string.Empty;
        if (question.Type == QuestionType.Cloze)
        {
            var gap = Gap().Match(prompt);
            if (gap.Success)
            {
                after = prompt[(gap.Index + gap.Length)..];
                prompt = prompt[..gap.Index];
            }
        }
        else if (question.Type == QuestionType.Order)
        {
            var shuffled = OptionOrder.Shuffle(question.Answer, pack.Id + "/" + question.Id);
            prompt += "\n" + string.Join("\n", shuffled.Select(item => "- " + item));
            warnings.Add($"question {question.Id} (order): GIFT has no ordering type; written as an essay item with the right order in its general feedback");
        }

        var escapedPrompt = GiftText.Escape(prompt);
        if (escapedPrompt.StartsWith('['))
        {
            builder.Append("[plain]");
        }

        builder.Append(escapedPrompt).Append('{');
        switch (question.Type)
        {
            case QuestionType.Choice:
                AppendLine(builder, "=", (question.Answer.Count > 0 ? question.Answer[0] : string.Empty));
                foreach (var distractor in question.Distractors)
                {
                    AppendLine(builder, "~", distractor);
                }

                break;
            case QuestionType.Multi:
                var right = GiftWeights.Share(question.Answer.Count, negative: false);
                var wrong = GiftWeights.Share(question.Distractors.Count, negative: true);
                foreach (var answer in question.Answer)
                {
                    AppendLine(builder, "~%" + right + "%", answer);
                }

                foreach (var distractor in question.Distractors)
                {
                    AppendLine(builder, "~%" + wrong + "%", distractor);
                }

                break;
            case QuestionType.TrueFalse:
                builder.Append(string.Equals((question.Answer.Count > 0 ? question.Answer[0] : null), "true", StringComparison.OrdinalIgnoreCase) ? "TRUE" : "FALSE");
                break;
            case QuestionType.Short:
            case QuestionType.Cloze:
                foreach (var answer in question.Answer.Concat(question.Accept).Distinct(StringComparer.Ordinal))
                {
                    AppendLine(builder, "=", answer);
                }

                break;
            case QuestionType.Match:
                foreach (var pair in question.Pairs)
                {
                    builder.Append("\n=").Append(GiftText.Escape(pair.Left)).Append(" -> ").Append(GiftText.Escape(pair.Right));
                }

                break;
            case QuestionType.Order:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(question), question.Type, "unknown question type");
        }

        if (GeneralFeedback.Compose(pack, question) is { } feedback)
        {
            builder.Append("\n####").Append(GiftText.Escape(feedback));
        }

        builder.Append("\n}").Append(GiftText.Escape(after)).Append('\n');
    }

    private static void AppendLine(StringBuilder builder, string mark, string text) =>
        builder.Append('\n').Append(mark).Append(GiftText.Escape(text));

    internal static string Describe(Source source)
    {
        var parts = new List<string> { source.Title };
        if (!string.IsNullOrWhiteSpace(source.Publisher))
        {
            parts.Add(source.Publisher);
        }

        if (source.Published is { } date)
        {
            parts.Add(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrWhiteSpace(source.Url))
        {
            parts.Add(source.Url);
        }

        return string.Join(", ", parts);
    }

    private static string OneLine(string text) => text.Replace('\r', ' ').Replace('\n', ' ');

    [GeneratedRegex("_{4,}")]
    internal static partial Regex Gap();
}
