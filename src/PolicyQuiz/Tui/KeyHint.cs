namespace PolicyQuiz.Tui;

/// <summary>One line of a screen's key help: the keys and what they do.</summary>
internal sealed record KeyHint(string Keys, string Does);
