namespace PolicyQuiz.Core.Model;

/// <summary>What a question asks about. Spelled in packs as lowercase.</summary>
public enum QuestionKind
{
    Who,
    Where,
    When,
    What,
    Why,
    How,
}
