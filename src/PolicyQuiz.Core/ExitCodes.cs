namespace PolicyQuiz.Core;

/// <summary>Process exit statuses shared by every command.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int BadInput = 2;
}
