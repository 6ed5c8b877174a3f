using PolicyQuiz.Storage;
using PolicyQuiz.Storage.Stats;
using PolicyQuiz.Storage.Study;

namespace PolicyQuiz.Tui;

/// <summary>What the screens work on: the open bank, whose progress (switchable from home), and the clock.</summary>
internal sealed class StudyContext(Bank bank, Profile profile)
{
    public Bank Bank { get; } = bank;

    public Profile Profile { get; set; } = profile;

    public TimeProvider Time => Bank.Time;

    public StudyService Study => new(Bank, Profile);

    public StatsService Stats => new(Bank, Profile);
}
