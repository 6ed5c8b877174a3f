namespace PolicyQuiz.Core.Scheduling;

/// <summary>
/// Where a (re)learning card goes next, as the reference's basic learning-steps strategy decides:
/// Again goes back to the first step; Hard repeats the current step, waiting the mean of the first two steps
/// (or 1.5 x the only step); Good moves to the next step when there is one; otherwise (and for Easy) the card
/// graduates, which is shown as <see cref="Minutes"/> = 0. A Review card only has a step for Again (relearning).
/// </summary>
internal readonly record struct LearningStepPlan(double Minutes, int NextStep)
{
    private static readonly LearningStepPlan Graduate = new(0, 0);

    public static LearningStepPlan For(FsrsParameters parameters, CardState state, int currentStep, Rating rating)
    {
        var steps = state is CardState.Relearning or CardState.Review ? parameters.RelearningSteps : parameters.LearningSteps;
        if (steps.Count == 0 || currentStep >= steps.Count)
        {
            return Graduate;
        }

        if (state == CardState.Review)
        {
            return rating == Rating.Again ? new(steps[Math.Max(0, currentStep)].TotalMinutes, 0) : Graduate;
        }

        var first = steps[0].TotalMinutes;
        switch (rating)
        {
            case Rating.Again:
                return new(first, 0);
            case Rating.Hard:
                var hard = steps.Count == 1 ? JsMath.Round(first * 1.5) : JsMath.Round((first + steps[1].TotalMinutes) / 2);
                return new(hard, currentStep);
            case Rating.Good when currentStep + 1 < steps.Count && steps[currentStep + 1].TotalMinutes != 0:
                return new(JsMath.Round(steps[currentStep + 1].TotalMinutes), currentStep + 1);
            default:
                return Graduate;
        }
    }
}
