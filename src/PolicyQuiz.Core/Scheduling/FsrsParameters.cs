namespace PolicyQuiz.Core.Scheduling;

/// <summary>
/// Everything FSRS-6 needs besides the card: the 21 model weights, the retention the intervals aim for,
/// the (re)learning steps, the longest interval in days, same-day (short-term) stability, and fuzz.
/// The defaults are those of ts-fsrs 5.4.2, except that <see cref="Default"/> turns fuzz on
/// (study); <see cref="Replay"/> is the reference's own default (fuzz off).
/// </summary>
public sealed record FsrsParameters(
    IReadOnlyList<double> Weights,
    double DesiredRetention,
    IReadOnlyList<TimeSpan> LearningSteps,
    IReadOnlyList<TimeSpan> RelearningSteps,
    int MaximumInterval,
    bool EnableShortTerm,
    bool EnableFuzz)
{
    /// <summary>The FSRS-6 default weights w0..w20 (w20 is the decay of the forgetting curve).</summary>
    public static IReadOnlyList<double> DefaultWeights { get; } =
    [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ];

    /// <summary>Defaults for studying: retention 0.9, steps 1m 10m, relearning 10m, 36500 days, short-term on, fuzz on.</summary>
    public static FsrsParameters Default { get; } = new(
        DefaultWeights,
        0.9,
        [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10)],
        [TimeSpan.FromMinutes(10)],
        36500,
        EnableShortTerm: true,
        EnableFuzz: true);

    /// <summary>The same defaults with fuzz off: exactly what ts-fsrs computes out of the box (used by replay).</summary>
    public static FsrsParameters Replay { get; } = Default with { EnableFuzz = false };

    /// <summary>Equal when every setting is equal, the lists compared item by item (so settings read back from storage compare equal).</summary>
    public bool Equals(FsrsParameters? other) =>
        other is not null
        && Weights.SequenceEqual(other.Weights)
        && DesiredRetention.Equals(other.DesiredRetention)
        && LearningSteps.SequenceEqual(other.LearningSteps)
        && RelearningSteps.SequenceEqual(other.RelearningSteps)
        && MaximumInterval == other.MaximumInterval
        && EnableShortTerm == other.EnableShortTerm
        && EnableFuzz == other.EnableFuzz;

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var weight in Weights)
        {
            hash.Add(weight);
        }

        hash.Add(DesiredRetention);
        hash.Add(LearningSteps.Count);
        hash.Add(RelearningSteps.Count);
        hash.Add(MaximumInterval);
        hash.Add(EnableShortTerm);
        hash.Add(EnableFuzz);
        return hash.ToHashCode();
    }
}
