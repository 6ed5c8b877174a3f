namespace PolicyQuiz.Packs.Interchange.Csv;

/// <summary>One record of a CSV file: its fields and the line it starts on.</summary>
public sealed record CsvRow(int Line, IReadOnlyList<string> Fields);
