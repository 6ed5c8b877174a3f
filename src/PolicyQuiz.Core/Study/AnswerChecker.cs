using System.Globalization;
using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Core.Study;

/// <summary>
/// Judges an answer by the question's type. Choice, truefalse, order and match must be exact; multi
/// needs all and only the correct options (anything less is <see cref="Verdict.Partial"/> with the
/// overlap as credit). Short and cloze forgive case, punctuation, diacritics, a leading article and
/// accept the question's <c>accept</c> forms; they forgive one typo in answers of 5+ letters and two in
/// 10+ letters (Damerau-Levenshtein) as a <see cref="Verdict.NearMiss"/>, but never when the typed
/// text is itself another valid answer (a distractor, another answer of the pack, a known country or
/// place) or is at least as close to one of those as to the answer, and never when the numbers differ.
/// </summary>
public static class AnswerChecker
{
    public static AnswerCheck Check(Question question, StudentAnswer answer, AnswerRivals? rivals = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answer);
        rivals ??= AnswerRivals.None;
        if (answer.IsEmpty)
        {
            return AnswerCheck.Wrong(note: "No answer given.");
        }

        return question.Type switch
        {
            QuestionType.Choice => CheckChoice(question, answer),
            QuestionType.TrueFalse => CheckTrueFalse(question, answer),
            QuestionType.Multi => CheckMulti(question, answer),
            QuestionType.Order => CheckOrder(question, answer),
            QuestionType.Match => CheckMatch(question, answer),
            QuestionType.Short or QuestionType.Cloze => CheckTyped(question, answer.Text ?? string.Join(" ", answer.Chosen), rivals),
            _ => throw new ArgumentOutOfRangeException(nameof(question), question.Type, "unknown question type"),
        };
    }

    /// <summary>How many typos an answer of this (normalised) form may carry: 0 below 5 letters, 1 from 5, 2 from 10.</summary>
    public static int TypoAllowance(string normalized)
    {
        var letters = AnswerText.LetterCount(normalized);
        return letters >= 10 ? 2 : letters >= 5 ? 1 : 0;
    }

    private static AnswerCheck CheckChoice(Question question, StudentAnswer answer)
    {
        if (answer.Chosen.Count != 1)
        {
            return AnswerCheck.Wrong(note: answer.Chosen.Count == 0 ? "No option chosen." : "Only one option is right.");
        }

        return question.Answer.Count > 0 && string.Equals(answer.Chosen[0].Trim(), question.Answer[0].Trim(), StringComparison.Ordinal)
            ? AnswerCheck.Right()
            : AnswerCheck.Wrong();
    }

    private static AnswerCheck CheckTrueFalse(Question question, StudentAnswer answer)
    {
        var given = answer.Chosen.Count == 1 ? answer.Chosen[0] : answer.Text;
        var expected = question.Answer.Count > 0 ? question.Answer[0] : string.Empty;
        if (!TryParseTruth(given, out var truth))
        {
            return AnswerCheck.Wrong(note: "Answer true or false.");
        }

        return TryParseTruth(expected, out var right) && truth == right ? AnswerCheck.Right() : AnswerCheck.Wrong();
    }

    private static bool TryParseTruth(string? text, out bool value)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "TRUE" or "T" or "YES":
                value = true;
                return true;
            case "FALSE" or "F" or "NO":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    private static AnswerCheck CheckMulti(Question question, StudentAnswer answer)
    {
        var correct = question.Answer.Select(a => a.Trim()).ToHashSet(StringComparer.Ordinal);
        var chosen = answer.Chosen.Select(a => a.Trim()).ToHashSet(StringComparer.Ordinal);
        var hits = chosen.Count(correct.Contains);
        var extra = chosen.Count - hits;
        var missed = correct.Count - hits;
        if (extra == 0 && missed == 0)
        {
            return AnswerCheck.Right();
        }

        // Credit: the overlap of the chosen and the correct options (Jaccard), 1 only for all and only the right ones.
        var union = correct.Count + extra;
        var credit = union == 0 ? 0 : (double)hits / union;
        var note = string.Create(
            CultureInfo.InvariantCulture,
            $"{hits} of {correct.Count} right options chosen{(extra > 0 ? $", {extra} wrong {(extra == 1 ? "one" : "ones")} too" : string.Empty)}.");
        return hits == 0 ? AnswerCheck.Wrong(0, note) : new AnswerCheck(Verdict.Partial, credit, note);
    }

    private static AnswerCheck CheckOrder(Question question, StudentAnswer answer)
    {
        var expected = question.Answer;
        var given = answer.Chosen;
        var inPlace = 0;
        for (var i = 0; i < Math.Min(expected.Count, given.Count); i++)
        {
            if (string.Equals(expected[i].Trim(), given[i].Trim(), StringComparison.Ordinal))
            {
                inPlace++;
            }
        }

        if (inPlace == expected.Count && given.Count == expected.Count)
        {
            return AnswerCheck.Right();
        }

        var credit = expected.Count == 0 ? 0 : (double)inPlace / expected.Count;
        return AnswerCheck.Wrong(credit, string.Create(CultureInfo.InvariantCulture, $"{inPlace} of {expected.Count} in the right place."));
    }

    private static AnswerCheck CheckMatch(Question question, StudentAnswer answer)
    {
        var expected = question.Pairs.Select(p => (p.Left.Trim(), p.Right.Trim())).ToHashSet();
        var given = answer.Pairs.Select(p => (p.Left.Trim(), p.Right.Trim())).ToHashSet();
        var right = given.Count(expected.Contains);
        if (right == expected.Count && given.Count == expected.Count)
        {
            return AnswerCheck.Right();
        }

        var credit = expected.Count == 0 ? 0 : (double)right / expected.Count;
        return AnswerCheck.Wrong(credit, string.Create(CultureInfo.InvariantCulture, $"{right} of {expected.Count} pairs right."));
    }

    private static AnswerCheck CheckTyped(Question question, string text, AnswerRivals rivals)
    {
        var typed = AnswerText.Normalize(text);
        if (typed.Length == 0)
        {
            return AnswerCheck.Wrong(note: "No answer given.");
        }

        var targets = question.Answer.Concat(question.Accept)
            .Select(t => (Text: t, Normal: AnswerText.Normalize(t)))
            .Where(t => t.Normal.Length > 0)
            .ToList();
        if (targets.Any(t => t.Normal == typed))
        {
            return AnswerCheck.Right();
        }

        var targetSet = targets.Select(t => t.Normal).ToHashSet(StringComparer.Ordinal);
        var distractors = question.Distractors.Select(AnswerText.Normalize)
            .Where(d => d.Length > 0 && !targetSet.Contains(d))
            .ToHashSet(StringComparer.Ordinal);
        if (distractors.Contains(typed) || rivals.Contains(typed))
        {
            return AnswerCheck.Wrong(note: $"“{text.Trim()}” is another answer, not this one.");
        }

        (string Text, int Distance)? best = null;
        foreach (var (original, normal) in targets)
        {
            var allowance = TypoAllowance(normal);
            if (allowance == 0 || AnswerText.Digits(typed) != AnswerText.Digits(normal))
            {
                continue;
            }

            var distance = EditDistance.Between(typed, normal, allowance);
            if (distance <= allowance && (best is null || distance < best.Value.Distance))
            {
                best = (original, distance);
            }
        }

        if (best is null)
        {
            return AnswerCheck.Wrong();
        }

        // Never forgiving towards another valid answer: a rival at least as close as the answer wins.
        var closest = distractors.Concat(rivals.PackNames).Concat(KnownEntities.All)
            .Where(r => !targetSet.Contains(r))
            .FirstOrDefault(r => EditDistance.Between(typed, r, best.Value.Distance) <= best.Value.Distance);
        if (closest is not null)
        {
            return AnswerCheck.Wrong(note: $"Too close to another answer to count as a typo of “{best.Value.Text}”.");
        }

        var typos = best.Value.Distance == 1 ? "one typo" : "two typos";
        return new AnswerCheck(Verdict.NearMiss, 1, $"Near miss ({typos}): it is spelled “{best.Value.Text}”.");
    }
}
