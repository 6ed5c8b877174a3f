namespace PolicyQuiz.Core.Scheduling;

/// <summary>How well a question was recalled (FSRS grades).</summary>
public enum Rating
{
    Again = 1,
    Hard = 2,
    Good = 3,
    Easy = 4,
}
