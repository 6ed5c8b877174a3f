namespace PolicyQuiz.Packs.Reading;

/// <summary>A problem after which the rest of the file cannot be read: bad syntax, too deep, aliases.</summary>
internal sealed class PackSyntaxException : Exception
{
    public PackSyntaxException(int line, int column, string message)
        : base(message)
    {
        Line = line;
        Column = column;
    }

    public PackSyntaxException()
    {
    }

    public PackSyntaxException(string message)
        : base(message)
    {
    }

    public PackSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Line { get; } = 1;

    public int Column { get; } = 1;
}
