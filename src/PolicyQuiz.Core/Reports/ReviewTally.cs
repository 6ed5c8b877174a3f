using PolicyQuiz.Core.Study;

namespace PolicyQuiz.Core.Reports;

/// <summary>
/// Scores over a list of logged reviews, with the study engine's definitions: right = final grade Hard or
/// better (cram included), true retention = right share of non-cram answers to questions in the Review
/// state, streaks and time as <see cref="SessionScore"/> counts them, day streak as <see cref="DayStreak"/>.
/// </summary>
public static class ReviewTally
{
    public static ProgressTotals Totals(IReadOnlyList<LoggedReview> reviews, DateOnly today, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        var score = Score(reviews);
        var days = reviews.Select(r => StudyDay.Of(r.ReviewedAt, zone)).ToHashSet();
        var (retention, counted) = Retention(reviews);
        return new ProgressTotals(
            score.Answered,
            score.Correct,
            retention,
            counted,
            DayStreak.Count(days, today),
            days.Count,
            TimeSpan.FromMilliseconds(reviews.Sum(r => r.DurationMs)),
            reviews.Count == 0 ? null : reviews.Max(r => r.ReviewedAt));
    }

    /// <summary>Answered, right, the current and best run of right answers, in time order.</summary>
    public static SessionScore Score(IEnumerable<LoggedReview> reviews) =>
        SessionScore.From(reviews.OrderBy(r => r.ReviewedAt).Select(r => new ScoredAnswer(r.Kind, r.IsRight, TimeSpan.FromMilliseconds(r.DurationMs))));

    /// <summary>True retention and how many answers it rests on; null when none counts.</summary>
    public static (double? Retention, int Counted) Retention(IEnumerable<LoggedReview> reviews)
    {
        int counted = 0, right = 0;
        foreach (var review in reviews.Where(r => r.CountsForRetention))
        {
            counted++;
            right += review.IsRight ? 1 : 0;
        }

        return (counted == 0 ? null : (double)right / counted, counted);
    }

    /// <summary>Attempts and right answers per question, in order of first answer.</summary>
    public static IReadOnlyList<QuestionTally> PerQuestion(IEnumerable<LoggedReview> reviews, Func<QuestionKey, string> prompt)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        return reviews
            .OrderBy(r => r.ReviewedAt)
            .GroupBy(r => r.Key)
            .Select(g => new QuestionTally(g.Key.QuestionId, prompt(g.Key), g.Count(), g.Count(r => r.IsRight)))
            .ToList();
    }
}
