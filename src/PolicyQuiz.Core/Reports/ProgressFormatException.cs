namespace PolicyQuiz.Core.Reports;

/// <summary>A progress file that cannot be read: where (line and column when the JSON itself is broken, else the JSON path) and why.</summary>
public sealed class ProgressFormatException : Exception
{
    public ProgressFormatException(string message, int line = 0, int column = 0)
        : base(message)
    {
        Line = line;
        Column = column;
    }

    public ProgressFormatException()
    {
    }

    public ProgressFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Line { get; }

    public int Column { get; }

    /// <summary>FILE:LINE:COLUMN: message, or FILE: message when there is no position.</summary>
    public string Describe(string file) => Line > 0 ? $"{file}:{Line}:{Column}: {Message}" : $"{file}: {Message}";
}
