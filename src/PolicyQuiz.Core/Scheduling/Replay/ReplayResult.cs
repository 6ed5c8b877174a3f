namespace PolicyQuiz.Core.Scheduling.Replay;

/// <summary>
/// The outcome of a replay: either the whole output CSV (held until now, so a bad row found late never leaves a
/// half-written output behind) or the first error.
/// </summary>
public sealed class ReplayResult
{
    private readonly Utf8OutputBuffer? _output;

    private ReplayResult(Utf8OutputBuffer? output, int reviews, ReplayError? error)
    {
        _output = output;
        Reviews = reviews;
        Error = error;
    }

    public bool Succeeded => Error is null;

    /// <summary>How many reviews were replayed (the data rows of the input).</summary>
    public int Reviews { get; }

    public ReplayError? Error { get; }

    /// <summary>Writes the output CSV (UTF-8, \n line ends). Only a successful replay has one.</summary>
    public void WriteTo(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (_output is null)
        {
            throw new InvalidOperationException("A failed replay has no output.");
        }

        _output.WriteTo(output);
    }

    internal static ReplayResult Success(Utf8OutputBuffer output, int reviews) => new(output, reviews, null);

    internal static ReplayResult Failure(ReplayError error) => new(null, 0, error);
}
