namespace PolicyQuiz.Core.Study;

/// <summary>The progress line: answered so far, left in this session (an estimate: learning steps that come back count once), score and the current run of right answers.</summary>
public sealed record SessionProgress(int Answered, int Left, int Correct, int Streak);
