namespace PolicyQuiz.Storage;

/// <summary>The bank cannot be used as asked (too new, damaged, not a bank). The message is for the user.</summary>
public sealed class BankException : Exception
{
    public BankException(string message)
        : base(message)
    {
    }

    public BankException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public BankException()
    {
    }
}
