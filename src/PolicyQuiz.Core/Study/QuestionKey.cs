namespace PolicyQuiz.Core.Study;

/// <summary>The identity a student's progress belongs to: (pack id, question id).</summary>
public readonly record struct QuestionKey(string PackId, string QuestionId)
{
    public override string ToString() => PackId + "/" + QuestionId;
}
