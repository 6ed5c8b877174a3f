using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Core.Study;

/// <summary>
/// Valid answers that are not this question's answer: the answers and accepted forms of the other
/// questions of the pack, plus <see cref="KnownEntities"/>. A typed answer equal to one of these is
/// never forgiven as a typo. A question's own distractors count as rivals too (see <see cref="AnswerChecker"/>).
/// </summary>
public sealed class AnswerRivals
{
    private readonly HashSet<string> _names;

    private AnswerRivals(HashSet<string> names) => _names = names;

    /// <summary>Only the known entities (no pack).</summary>
    public static AnswerRivals None { get; } = new(new HashSet<string>(StringComparer.Ordinal));

    /// <summary>The answers of every question in <paramref name="questions"/> (typically one pack).</summary>
    public static AnswerRivals From(IEnumerable<Question> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var question in questions)
        {
            if (question.Type is QuestionType.Match or QuestionType.TrueFalse)
            {
                continue;
            }

            foreach (var text in question.Answer.Concat(question.Accept))
            {
                Add(names, text);
            }
        }

        return new AnswerRivals(names);
    }

    /// <summary>From plain answer texts (already split per answer).</summary>
    public static AnswerRivals FromAnswers(IEnumerable<string> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in answers)
        {
            Add(names, text);
        }

        return new AnswerRivals(names);
    }

    public int Count => _names.Count;

    /// <summary>True when <paramref name="normalized"/> names another valid answer (pack answer or known entity).</summary>
    public bool Contains(string normalized) => _names.Contains(normalized) || KnownEntities.Contains(normalized);

    /// <summary>Every rival name of the pack (without the known entities).</summary>
    public IEnumerable<string> PackNames => _names;

    private static void Add(HashSet<string> names, string text)
    {
        var normalized = AnswerText.Normalize(text);
        if (normalized.Length > 0)
        {
            names.Add(normalized);
        }
    }
}
