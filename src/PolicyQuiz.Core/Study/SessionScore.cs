using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Core.Study;

/// <summary>Answers and right answers of one group (a kind, a session, a pack).</summary>
public sealed record ScoreLine(int Answered, int Correct)
{
    public static ScoreLine Zero { get; } = new(0, 0);

    /// <summary>Correct / answered in [0, 1]; 0 when nothing was answered.</summary>
    public double Accuracy => Answered == 0 ? 0 : (double)Correct / Answered;
}

/// <summary>One answer as scores count it: right when its final grade is Hard or better.</summary>
public sealed record ScoredAnswer(QuestionKind Kind, bool Right, TimeSpan Duration);

/// <summary>
/// A session's score: answered, correct, accuracy, the current run of right answers and the best
/// run, time spent answering (each answer counts at most 5 minutes) and the same split by kind
/// (who, where, when, what, ...). Cram answers count here like any other.
/// </summary>
public sealed record SessionScore(
    int Answered,
    int Correct,
    int Streak,
    int BestStreak,
    TimeSpan TimeSpent,
    IReadOnlyDictionary<QuestionKind, ScoreLine> ByKind)
{
    public static SessionScore Empty { get; } = From([]);

    public double Accuracy => Answered == 0 ? 0 : (double)Correct / Answered;

    public static SessionScore From(IEnumerable<ScoredAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        int answered = 0, correct = 0, streak = 0, best = 0;
        var time = TimeSpan.Zero;
        var byKind = new Dictionary<QuestionKind, ScoreLine>();
        foreach (var answer in answers)
        {
            answered++;
            time += answer.Duration;
            streak = answer.Right ? streak + 1 : 0;
            best = Math.Max(best, streak);
            var line = byKind.GetValueOrDefault(answer.Kind, ScoreLine.Zero);
            if (answer.Right)
            {
                correct++;
            }

            byKind[answer.Kind] = new ScoreLine(line.Answered + 1, line.Correct + (answer.Right ? 1 : 0));
        }

        return new SessionScore(answered, correct, streak, best, time, byKind);
    }
}
