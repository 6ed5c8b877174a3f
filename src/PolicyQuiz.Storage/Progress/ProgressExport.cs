using Microsoft.Data.Sqlite;
using PolicyQuiz.Core.Reports;
using PolicyQuiz.Core.Scheduling;
using PolicyQuiz.Core.Study;
using PolicyQuiz.Storage.Stats;
using PolicyQuiz.Storage.Study;

namespace PolicyQuiz.Storage.Progress;

/// <summary>
/// Progress out of the bank: the CSV rows (one per profile, pack and question answered) and the JSON
/// document of one profile (totals, per-pack summaries with the engine's mastery, the review log).
/// Filters: one pack, answers from a time on.
/// </summary>
public sealed class ProgressExport
{
    private readonly Bank _bank;
    private readonly SqliteConnection _connection;

    public ProgressExport(Bank bank)
    {
        ArgumentNullException.ThrowIfNull(bank);
        _bank = bank;
        _connection = bank.Connection;
    }

    /// <summary>Rows for one profile, or for every profile when <paramref name="profile"/> is null, ordered by profile, pack, first answer.</summary>
    public IReadOnlyList<ProgressRow> Rows(Profile? profile, string? packId, DateTimeOffset? since)
    {
        var profiles = profile is null ? _bank.Profiles.List() : [profile];
        var now = _bank.Time.GetUtcNow();
        var rows = new List<ProgressRow>();
        foreach (var p in profiles)
        {
            var scheduler = new FsrsScheduler(new StudySettingsStore(_bank).Get(p).Parameters);
            var cards = Cards(p.Id);
            var reviews = ReviewLog.Load(_connection, p.Id, packId, since);
            foreach (var group in reviews.GroupBy(r => r.Key).OrderBy(g => g.Key.PackId, StringComparer.Ordinal))
            {
                var last = group.Last();
                var card = cards.GetValueOrDefault(group.Key);
                var score = ReviewTally.Score(group);
                rows.Add(new ProgressRow(
                    p.Name,
                    group.Key.PackId,
                    group.Key.QuestionId,
                    last.Kind,
                    last.Type,
                    score.Answered,
                    score.Correct,
                    last.ReviewedAt,
                    card,
                    card is { State: not CardState.New } ? scheduler.Retrievability(card, now) : null));
            }
        }

        return rows;
    }

    /// <summary>The progress document of <paramref name="profile"/>.</summary>
    public ProgressDocument Document(Profile profile, string? packId, DateTimeOffset? since)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var now = _bank.Time.GetUtcNow();
        var zone = _bank.Time.LocalTimeZone;
        var reviews = ReviewLog.Load(_connection, profile.Id, packId, since);
        var progress = new StatsService(_bank, profile).Packs().ToDictionary(p => p.PackId, StringComparer.Ordinal);
        var titles = PackTitles();
        var prompts = Prompts(reviews.Select(r => r.Key.PackId).Distinct(StringComparer.Ordinal));
        var packIds = reviews.Select(r => r.Key.PackId).Distinct(StringComparer.Ordinal).ToList();
        if (packId is not null && !packIds.Contains(packId) && titles.ContainsKey(packId))
        {
            packIds.Add(packId);
        }

        var packs = new List<PackProgressSummary>();
        foreach (var id in packIds.Order(StringComparer.Ordinal))
        {
            var own = reviews.Where(r => r.Key.PackId == id).ToList();
            var score = ReviewTally.Score(own);
            var (retention, _) = ReviewTally.Retention(own);
            var stats = progress.GetValueOrDefault(id);
            packs.Add(new PackProgressSummary(
                id,
                stats?.Title ?? titles.GetValueOrDefault(id) ?? id,
                stats?.Questions ?? 0,
                stats?.Studied ?? 0,
                stats?.Mastered ?? 0,
                score.Answered,
                score.Correct,
                retention,
                score.Streak,
                score.BestStreak,
                own.Count == 0 ? null : own[^1].ReviewedAt,
                ReviewTally.PerQuestion(own, key => prompts.GetValueOrDefault(key) ?? string.Empty)));
        }

        return new ProgressDocument(
            profile.Name,
            now,
            packId,
            since,
            ReviewTally.Totals(reviews, StudyDay.Of(now, zone), zone),
            packs,
            reviews);
    }

    private Dictionary<QuestionKey, FsrsCard> Cards(long profileId)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT pack_id, question_id, {CardColumns.Select()} FROM cards WHERE profile_id = @profile";
        command.Parameters.AddWithValue("@profile", profileId);
        using var reader = command.ExecuteReader();
        var cards = new Dictionary<QuestionKey, FsrsCard>();
        while (reader.Read())
        {
            cards[new QuestionKey(reader.GetString(0), reader.GetString(1))] = CardColumns.Read(reader, 2)!;
        }

        return cards;
    }

    private Dictionary<string, string> PackTitles()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT id, title FROM packs";
        using var reader = command.ExecuteReader();
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            titles[reader.GetString(0)] = reader.GetString(1);
        }

        return titles;
    }

    private Dictionary<QuestionKey, string> Prompts(IEnumerable<string> packIds)
    {
        var prompts = new Dictionary<QuestionKey, string>();
        foreach (var packId in packIds)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT id, prompt FROM questions WHERE pack_id = @pack";
            command.Parameters.AddWithValue("@pack", packId);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                prompts[new QuestionKey(packId, reader.GetString(0))] = reader.GetString(1);
            }
        }

        return prompts;
    }
}
