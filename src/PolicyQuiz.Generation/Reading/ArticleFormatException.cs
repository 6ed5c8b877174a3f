namespace PolicyQuiz.Generation.Reading;

/// <summary>An input that cannot be read as an article; the message names what is wrong (line when known).</summary>
public sealed class ArticleFormatException : Exception
{
    public ArticleFormatException()
    {
    }

    public ArticleFormatException(string message)
        : base(message)
    {
    }

    public ArticleFormatException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public int? Line { get; init; }
}
