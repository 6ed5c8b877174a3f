namespace PolicyQuiz.Storage;

/// <summary>One embedded schema step: Migrations/NNNN_name.sql.</summary>
public sealed record Migration(int Version, string Name, string Sql);
