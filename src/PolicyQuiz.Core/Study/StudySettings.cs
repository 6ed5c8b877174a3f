using PolicyQuiz.Core.Scheduling;

namespace PolicyQuiz.Core.Study;

/// <summary>
/// A profile's study settings: the FSRS parameters (desired retention and weights; fuzz on for study),
/// how many new questions a day (counting those already introduced today), when a leech is declared,
/// and how far ahead a learning step may be shown when nothing else is left (learn-ahead).
/// </summary>
public sealed record StudySettings
{
    public const int DefaultNewPerDay = 20;

    public const int DefaultLeechLapses = 8;

    public FsrsParameters Parameters { get; init; } = FsrsParameters.Default;

    public int NewPerDay { get; init; } = DefaultNewPerDay;

    public int LeechLapses { get; init; } = DefaultLeechLapses;

    public TimeSpan LearnAhead { get; init; } = TimeSpan.FromMinutes(20);

    public static StudySettings Default { get; } = new();
}
