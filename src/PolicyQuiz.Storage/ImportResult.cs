namespace PolicyQuiz.Storage;

/// <summary>The outcome of importing one pack, with a one-line message for the user.</summary>
public sealed record ImportResult(
    ImportOutcome Outcome,
    string PackId,
    int Version,
    int? PreviousVersion,
    string Message,
    ImportCounts Counts)
{
    public bool Succeeded => Outcome != ImportOutcome.Refused;
}

/// <summary>
/// Question counts of an import: <see cref="Added"/> new ids, <see cref="Changed"/> prompt or answer changed
/// (need review), <see cref="Edited"/> other fields changed, <see cref="Retired"/> dropped from the pack,
/// <see cref="Restored"/> retired ids that came back, <see cref="Total"/> questions in the imported pack.
/// </summary>
public sealed record ImportCounts(int Added, int Changed, int Edited, int Retired, int Restored, int Total)
{
    public static ImportCounts None { get; } = new(0, 0, 0, 0, 0, 0);
}
