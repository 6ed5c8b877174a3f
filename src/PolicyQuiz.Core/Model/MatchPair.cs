namespace PolicyQuiz.Core.Model;

/// <summary>One pair of a match question: the left item and the right item it belongs with.</summary>
public sealed record MatchPair(string Left, string Right);
