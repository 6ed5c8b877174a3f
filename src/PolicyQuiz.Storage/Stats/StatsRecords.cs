namespace PolicyQuiz.Storage.Stats;

/// <summary>A count on a local study day (answers given, or questions falling due).</summary>
public sealed record DayCount(DateOnly Day, int Count);

/// <summary>
/// A profile's totals: days in a row with an answer (ending today, or yesterday when nothing is
/// answered yet today), answers, right answers (final grade Hard or better, cram included), days
/// studied, time spent, and true retention: the share of answers to questions in the Review state
/// (cram excluded) that were right; null when there are none yet.
/// </summary>
public sealed record ProfileStats(
    int DayStreak,
    int Answered,
    int Correct,
    int DaysStudied,
    TimeSpan TimeSpent,
    int ReviewStateAnswers,
    double? TrueRetention)
{
    public double Accuracy => Answered == 0 ? 0 : (double)Correct / Answered;
}

/// <summary>
/// One pack for the home and stats screens: active questions, how many were ever studied, due today
/// (learning steps, reviews due by the end of the day, questions changed since their last review),
/// new ones available today (capped by what is left of the daily new limit), suspended ones, and
/// mastery: the share of active questions with retrievability ≥ 0.9 and stability ≥ 21 days.
/// </summary>
public sealed record PackProgress(
    string PackId,
    string Title,
    int Questions,
    int Studied,
    int DueToday,
    int NewToday,
    int Suspended,
    int Mastered)
{
    public double Mastery => Questions == 0 ? 0 : (double)Mastered / Questions;
}

/// <summary>What the home screen shows: the profile, its day streak, how many new questions are left today, and every pack's progress.</summary>
public sealed record HomeSummary(
    Profile Profile,
    int DayStreak,
    int NewLeftToday,
    IReadOnlyList<PackProgress> Packs)
{
    public int DueToday => Packs.Sum(p => p.DueToday);

    public int NewToday => Math.Min(NewLeftToday, Packs.Sum(p => p.NewToday));
}
