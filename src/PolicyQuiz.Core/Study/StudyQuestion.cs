using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Core.Study;

/// <summary>A question with what the study screen shows around it: its pack's title and its source.</summary>
public sealed record StudyQuestion(QuestionKey Key, string PackTitle, Question Question, Source? Source);
