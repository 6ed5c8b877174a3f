using PolicyQuiz.Core.Scheduling;

namespace PolicyQuiz.Core.Tests.Scheduling;

/// <summary>
/// Replays every history ts-fsrs 5.4.2 scheduled (tools/fsrs-vectors) and compares the card after every review:
/// state, step, counts and due exactly (to the millisecond), stability and difficulty to 1e-8 relative.
/// </summary>
public sealed class ReferenceConformanceTests
{
    [Fact]
    public void The_vectors_hold_hundreds_of_histories_with_same_day_early_and_late_reviews()
    {
        var histories = ReferenceHistories.Load("histories.csv");
        var steps = histories.SelectMany(history => history.Steps.Zip(history.Steps.Skip(1), (before, after) => (before, after))).ToList();

        Assert.True(histories.Count >= 300, $"only {histories.Count} histories");
        Assert.Contains(steps, pair => pair.before.State == CardState.Review && pair.after.ElapsedDays == 0);
        Assert.Contains(steps, pair => pair.before.State == CardState.Review && pair.after.ReviewTime < pair.before.Due.AddDays(-1));
        Assert.Contains(steps, pair => pair.before.State == CardState.Review && pair.after.ReviewTime > pair.before.Due.AddDays(30));
        Assert.Contains(steps, pair => pair.after.ElapsedDays > 365);
        Assert.Contains(steps, pair => pair.after.State == CardState.Relearning);
        Assert.All(Enum.GetValues<Rating>(), rating => Assert.Contains(steps, pair => pair.after.Rating == rating));
    }

    [Fact]
    public void Without_fuzz_every_review_of_every_history_matches_the_reference()
    {
        var mismatches = Replay(ReferenceHistories.Load("histories.csv"), FsrsParameters.Replay);

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches.Take(20)));
    }

    [Fact]
    public void With_fuzz_every_review_gets_the_interval_the_reference_fuzzed_to()
    {
        var histories = ReferenceHistories.Load("histories-fuzz.csv");
        var mismatches = Replay(histories, FsrsParameters.Default);

        Assert.True(histories.Count >= 100);
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches.Take(20)));
    }

    [Fact]
    public void Fuzz_changes_some_intervals_and_keeps_others()
    {
        var histories = ReferenceHistories.Load("histories-fuzz.csv");
        var withoutFuzz = new FsrsScheduler(FsrsParameters.Replay);
        var changed = 0;
        var kept = 0;
        foreach (var history in histories)
        {
            var card = FsrsCard.New(history.Steps[0].ReviewTime);
            foreach (var step in history.Steps)
            {
                var plain = withoutFuzz.Review(card, step.ReviewTime, step.Rating).Card;
                if (plain.ScheduledDays >= 3)
                {
                    if (plain.ScheduledDays == step.ScheduledDays)
                    {
                        kept++;
                    }
                    else
                    {
                        changed++;
                    }
                }

                card = ToCard(step);
            }
        }

        Assert.True(changed > 50, $"fuzz changed {changed} intervals");
        Assert.True(kept > 10, $"fuzz kept {kept} intervals");
    }

    private static List<string> Replay(IReadOnlyList<ReferenceHistory> histories, FsrsParameters parameters)
    {
        var scheduler = new FsrsScheduler(parameters);
        var mismatches = new List<string>();
        foreach (var history in histories)
        {
            var card = FsrsCard.New(history.Steps[0].ReviewTime);
            for (var i = 0; i < history.Steps.Count; i++)
            {
                var expected = history.Steps[i];
                card = scheduler.Review(card, expected.ReviewTime, expected.Rating).Card;
                var actual = new ReferenceStep(
                    expected.ReviewTime, expected.Rating, card.State, card.Stability, card.Difficulty, card.Due,
                    card.ElapsedDays, card.ScheduledDays, card.LearningSteps, card.Reps, card.Lapses);
                if (!Agrees(expected, actual))
                {
                    mismatches.Add($"history {history.Id} review {i + 1}: expected {expected}, got {actual}");
                    break;
                }
            }
        }

        return mismatches;
    }

    private static bool Agrees(ReferenceStep expected, ReferenceStep actual) =>
        expected.State == actual.State
        && expected.Due == actual.Due
        && expected.ElapsedDays == actual.ElapsedDays
        && expected.ScheduledDays == actual.ScheduledDays
        && expected.LearningSteps == actual.LearningSteps
        && expected.Reps == actual.Reps
        && expected.Lapses == actual.Lapses
        && Close(expected.Stability, actual.Stability)
        && Close(expected.Difficulty, actual.Difficulty);

    private static bool Close(double expected, double actual) =>
        Math.Abs(expected - actual) <= 1e-8 * Math.Max(Math.Abs(expected), Math.Abs(actual));

    private static FsrsCard ToCard(ReferenceStep step) =>
        new(step.Due, step.Stability, step.Difficulty, step.ElapsedDays, step.ScheduledDays, step.LearningSteps, step.Reps, step.Lapses, step.State, step.ReviewTime);
}
