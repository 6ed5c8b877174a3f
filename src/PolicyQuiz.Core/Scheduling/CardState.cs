namespace PolicyQuiz.Core.Scheduling;

/// <summary>The FSRS learning state of a card (numbered as ts-fsrs numbers them).</summary>
public enum CardState
{
    New = 0,
    Learning = 1,
    Review = 2,
    Relearning = 3,
}
