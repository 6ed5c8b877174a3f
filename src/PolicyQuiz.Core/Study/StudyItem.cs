using PolicyQuiz.Core.Model;
using PolicyQuiz.Core.Scheduling;

namespace PolicyQuiz.Core.Study;

/// <summary>
/// A question as the study screen shows it. <see cref="Options"/> holds what the student picks from or
/// arranges: the shuffled options of choice and multi, "True" and "False" for truefalse, the shuffled
/// items of order (the student puts them in order). Match shows <see cref="MatchLeft"/> in pack order
/// and <see cref="MatchRight"/> shuffled. Shuffles are fixed per (question, day): a reload shows the
/// same order. Texts come from packs: pass them through TerminalText.Sanitize before display.
/// </summary>
public sealed record StudyItem(
    QuestionKey Key,
    string PackTitle,
    Question Question,
    Source? Source,
    EquatableList<string> Options,
    EquatableList<string> MatchLeft,
    EquatableList<string> MatchRight,
    FsrsCard Card,
    bool Cram)
{
    public QuestionType Type => Question.Type;

    public QuestionKind Kind => Question.Kind;

    /// <summary>True when the student has never answered this question outside cram mode.</summary>
    public bool IsNew => Card.State == CardState.New;

    /// <summary>The answer for picking options by number: the options at these zero-based positions.</summary>
    public StudentAnswer Pick(params IEnumerable<int> indexes) =>
        StudentAnswer.Options(indexes.Where(i => i >= 0 && i < Options.Count).Distinct().Select(i => Options[i]));

    /// <summary>Lays <paramref name="question"/> out for <paramref name="day"/>.</summary>
    public static StudyItem Present(QuestionKey key, string packTitle, Question question, Source? source, FsrsCard card, DateOnly day, bool cram = false)
    {
        ArgumentNullException.ThrowIfNull(question);
        var options = question.Type switch
        {
            QuestionType.Choice or QuestionType.Multi =>
                DailyShuffle.Shuffle(question.Answer.Concat(question.Distractors).Distinct(StringComparer.Ordinal).ToList(), key, day, "options"),
            QuestionType.TrueFalse => ["True", "False"],
            QuestionType.Order => ShuffledAwayFromAnswer(question.Answer, key, day),
            _ => [],
        };
        var left = question.Type == QuestionType.Match ? question.Pairs.Select(p => p.Left).ToEquatableList() : EquatableList<string>.Empty;
        var right = question.Type == QuestionType.Match
            ? ShuffledAwayFromAnswer(question.Pairs.Select(p => p.Right).ToList(), key, day).ToEquatableList()
            : EquatableList<string>.Empty;
        return new StudyItem(key, packTitle, question, source, options.ToEquatableList(), left, right, card, cram);
    }

    // Order items and match right-hand sides must not start out already solved.
    private static IReadOnlyList<string> ShuffledAwayFromAnswer(IReadOnlyList<string> items, QuestionKey key, DateOnly day)
    {
        var shuffled = DailyShuffle.Shuffle(items, key, day, "items");
        if (items.Count > 1 && shuffled.SequenceEqual(items, StringComparer.Ordinal) && items.Distinct(StringComparer.Ordinal).Count() > 1)
        {
            shuffled = [.. shuffled.Skip(1), shuffled[0]];
        }

        return shuffled;
    }
}
