namespace PolicyQuiz.Core.Reports;

/// <summary>
/// A student's progress file (docs/interchange.md): format "policyquiz-progress", version 1. The profile,
/// what was selected, totals, a summary per pack, and the full review log, oldest first.
/// </summary>
public sealed record ProgressDocument(
    string Profile,
    DateTimeOffset ExportedAt,
    string? PackFilter,
    DateTimeOffset? Since,
    ProgressTotals Totals,
    IReadOnlyList<PackProgressSummary> Packs,
    IReadOnlyList<LoggedReview> Reviews)
{
    public const string FormatName = "policyquiz-progress";

    /// <summary>The version this program writes and the newest it reads.</summary>
    public const int CurrentVersion = 1;
}

/// <summary>
/// A profile's totals over the exported reviews: answers, right answers, accuracy, true retention (null
/// when no answer counted), days in a row with an answer, days studied, time spent and last activity.
/// </summary>
public sealed record ProgressTotals(
    int Answered,
    int Correct,
    double? TrueRetention,
    int RetentionAnswers,
    int DayStreak,
    int DaysStudied,
    TimeSpan TimeSpent,
    DateTimeOffset? LastActivity)
{
    public double Accuracy => Answered == 0 ? 0 : (double)Correct / Answered;
}

/// <summary>
/// One pack's summary: its questions, how many were studied and mastered (the engine's mastery), the
/// answers given, right answers, true retention, the current and best run of right answers, last
/// activity, and a tally per question answered.
/// </summary>
public sealed record PackProgressSummary(
    string PackId,
    string Title,
    int Questions,
    int Studied,
    int Mastered,
    int Answered,
    int Correct,
    double? TrueRetention,
    int Streak,
    int BestStreak,
    DateTimeOffset? LastActivity,
    IReadOnlyList<QuestionTally> QuestionTallies)
{
    public double Accuracy => Answered == 0 ? 0 : (double)Correct / Answered;

    public double Mastery => Questions == 0 ? 0 : (double)Mastered / Questions;
}

/// <summary>Answers and right answers to one question, with its prompt so reports can name it.</summary>
public sealed record QuestionTally(string QuestionId, string Prompt, int Attempts, int Correct);
