namespace PolicyQuiz.Core.Model;

/// <summary>How a question is answered. Spelled in packs as lowercase: choice, multi, truefalse, short, cloze, order, match.</summary>
public enum QuestionType
{
    Choice,
    Multi,
    TrueFalse,
    Short,
    Cloze,
    Order,
    Match,
}
