namespace PolicyQuiz.Storage;

/// <summary>A student sharing the bank. Progress tables key on <see cref="Id"/>.</summary>
public sealed record Profile(long Id, string Name, DateTimeOffset CreatedAt);
