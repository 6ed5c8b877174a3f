namespace PolicyQuiz.Storage.Progress;

/// <summary>A progress file that cannot be merged into this bank (nothing was written). The message is for the user.</summary>
public sealed class ProgressImportException : Exception
{
    public ProgressImportException(string message)
        : base(message)
    {
    }

    public ProgressImportException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public ProgressImportException()
    {
    }
}
