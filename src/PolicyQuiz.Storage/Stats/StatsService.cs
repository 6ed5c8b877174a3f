using Microsoft.Data.Sqlite;
using PolicyQuiz.Core.Scheduling;
using PolicyQuiz.Core.Study;
using PolicyQuiz.Storage.Study;

namespace PolicyQuiz.Storage.Stats;

/// <summary>
/// Scores and statistics of one profile: home summary, totals and true retention, progress and
/// mastery per pack, the due forecast and the activity calendar. Days are local study days
/// (<see cref="StudyDay"/>) of the bank's TimeProvider.
/// </summary>
public sealed class StatsService
{
    private readonly Bank _bank;
    private readonly SqliteConnection _connection;

    public StatsService(Bank bank, Profile profile)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(profile);
        _bank = bank;
        _connection = bank.Connection;
        Profile = profile;
    }

    public Profile Profile { get; }

    private TimeZoneInfo Zone => _bank.Time.LocalTimeZone;

    private DateOnly Today => StudyDay.Of(_bank.Time.GetUtcNow(), Zone);

    public HomeSummary Home()
    {
        var newLeft = NewLeftToday();
        return new HomeSummary(Profile, DayStreak(), newLeft, Packs(newLeft));
    }

    /// <summary>Days in a row with an answer, ending today (or yesterday when nothing is answered yet today). Reads back only as far as the streak goes.</summary>
    public int DayStreak()
    {
        var today = Today;
        var expected = today;
        var streak = 0;
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT reviewed_at FROM reviews WHERE profile_id = @profile ORDER BY reviewed_at DESC";
        command.Parameters.AddWithValue("@profile", Profile.Id);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var day = StudyDay.Of(CardColumns.ParseTime(reader.GetString(0)), Zone);
            if (day > expected)
            {
                continue;
            }

            if (day == expected)
            {
                streak++;
                expected = day.AddDays(-1);
            }
            else if (streak == 0 && expected == today && day == today.AddDays(-1))
            {
                streak = 1;
                expected = day.AddDays(-1);
            }
            else
            {
                break;
            }
        }

        return streak;
    }

    /// <summary>How many new questions the daily limit still allows today.</summary>
    public int NewLeftToday()
    {
        var settings = new StudySettingsStore(_bank).Get(Profile);
        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT count(DISTINCT pack_id || char(31) || question_id) FROM reviews
            WHERE profile_id = @profile AND cram = 0 AND prev_state = 0 AND reviewed_at >= @start
            """;
        command.Parameters.AddWithValue("@profile", Profile.Id);
        command.Parameters.AddWithValue("@start", BankTime.Format(StudyDay.Start(Today, Zone)));
        var introduced = Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        return Math.Max(0, settings.NewPerDay - introduced);
    }

    public ProfileStats Totals()
    {
        int answered = 0, correct = 0, reviewState = 0, reviewStateRight = 0;
        long milliseconds = 0;
        var days = new HashSet<DateOnly>();
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT reviewed_at, rating, cram, prev_state, duration_ms FROM reviews WHERE profile_id = @profile";
        command.Parameters.AddWithValue("@profile", Profile.Id);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var right = Grading.IsPass((Rating)reader.GetInt32(1));
            answered++;
            correct += right ? 1 : 0;
            milliseconds += reader.GetInt64(4);
            days.Add(StudyDay.Of(CardColumns.ParseTime(reader.GetString(0)), Zone));
            if (reader.GetInt32(2) == 0 && reader.GetInt32(3) == (int)CardState.Review)
            {
                reviewState++;
                reviewStateRight += right ? 1 : 0;
            }
        }

        return new ProfileStats(
            Core.Study.DayStreak.Count(days, Today),
            answered,
            correct,
            days.Count,
            TimeSpan.FromMilliseconds(milliseconds),
            reviewState,
            reviewState == 0 ? null : (double)reviewStateRight / reviewState);
    }

    /// <summary>Progress of every pack in the bank (not removed), by pack id.</summary>
    public IReadOnlyList<PackProgress> Packs() => Packs(NewLeftToday());

    private List<PackProgress> Packs(int newLeft)
    {
        var settings = new StudySettingsStore(_bank).Get(Profile);
        var scheduler = new FsrsScheduler(settings.Parameters);
        var now = _bank.Time.GetUtcNow();
        var dayEnd = StudyDay.Start(Today.AddDays(1), Zone);
        var result = new List<PackProgress>();
        foreach (var pack in LoadPacks())
        {
            int questions = 0, studied = 0, due = 0, fresh = 0, suspended = 0, mastered = 0;
            foreach (var card in pack.Cards)
            {
                questions++;
                if (card.Suspended)
                {
                    suspended++;
                }

                if (card.Card is not { State: not CardState.New } seen)
                {
                    fresh += card.Suspended ? 0 : 1;
                    continue;
                }

                studied++;
                if (!card.Suspended && (seen.Due < dayEnd || card.Changed))
                {
                    due++;
                }

                if (Mastery.IsMastered(seen, now, scheduler))
                {
                    mastered++;
                }
            }

            result.Add(new PackProgress(pack.Id, pack.Title, questions, studied, due, Math.Min(fresh, newLeft), suspended, mastered));
        }

        return result;
    }

    /// <summary>Questions falling due on each of the next <paramref name="days"/> days; today includes everything overdue or changed.</summary>
    public IReadOnlyList<DayCount> Forecast(int days = 30, string? packId = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var today = Today;
        var counts = new int[days];
        foreach (var pack in LoadPacks())
        {
            if (packId is not null && pack.Id != packId)
            {
                continue;
            }

            foreach (var card in pack.Cards)
            {
                if (card.Suspended || card.Card is not { State: not CardState.New } seen)
                {
                    continue;
                }

                var offset = card.Changed ? 0 : Math.Max(0, StudyDay.Of(seen.Due, Zone).DayNumber - today.DayNumber);
                if (offset < days)
                {
                    counts[offset]++;
                }
            }
        }

        return counts.Select((count, i) => new DayCount(today.AddDays(i), count)).ToList();
    }

    /// <summary>Answers per day (cram included) over the last <paramref name="weeks"/> weeks, oldest first, ending today.</summary>
    public IReadOnlyList<DayCount> Activity(int weeks = 16)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(weeks, 1);
        var today = Today;
        var first = today.AddDays(1 - (weeks * 7));
        var counts = new int[weeks * 7];
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT reviewed_at FROM reviews WHERE profile_id = @profile AND reviewed_at >= @from";
        command.Parameters.AddWithValue("@profile", Profile.Id);
        command.Parameters.AddWithValue("@from", BankTime.Format(StudyDay.Start(first, Zone)));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var index = StudyDay.Of(CardColumns.ParseTime(reader.GetString(0)), Zone).DayNumber - first.DayNumber;
            if (index >= 0 && index < counts.Length)
            {
                counts[index]++;
            }
        }

        return counts.Select((count, i) => new DayCount(first.AddDays(i), count)).ToList();
    }

    /// <summary>The earliest time a studied, unsuspended question of the selection falls due after now (changed questions count as now); null when none.</summary>
    public DateTimeOffset? NextDue(string? packId = null)
    {
        var now = _bank.Time.GetUtcNow();
        DateTimeOffset? next = null;
        foreach (var pack in LoadPacks())
        {
            if (packId is not null && pack.Id != packId)
            {
                continue;
            }

            foreach (var card in pack.Cards)
            {
                if (card.Suspended || card.Card is not { State: not CardState.New } seen)
                {
                    continue;
                }

                var due = card.Changed ? now : seen.Due;
                if (next is null || due < next)
                {
                    next = due;
                }
            }
        }

        return next;
    }

    private List<PackCards> LoadPacks()
    {
        var packs = new List<PackCards>();
        using var command = _connection.CreateCommand();
        command.CommandText = $"""
            SELECT p.id, p.title, q.id, q.changed_at, c.suspended_at, {CardColumns.Select("c.")}
            FROM packs p
            LEFT JOIN questions q ON q.pack_id = p.id AND q.retired_at IS NULL
            LEFT JOIN cards c ON c.profile_id = @profile AND c.pack_id = q.pack_id AND c.question_id = q.id
            WHERE p.retired_at IS NULL
            ORDER BY p.id
            """;
        command.Parameters.AddWithValue("@profile", Profile.Id);
        using var reader = command.ExecuteReader();
        PackCards? current = null;
        while (reader.Read())
        {
            var id = reader.GetString(0);
            if (current is null || current.Id != id)
            {
                current = new PackCards(id, reader.GetString(1), []);
                packs.Add(current);
            }

            if (reader.IsDBNull(2))
            {
                continue;
            }

            var card = CardColumns.Read(reader, 5);
            var changedAt = reader.IsDBNull(3) ? (DateTimeOffset?)null : CardColumns.ParseTime(reader.GetString(3));
            var changed = card is { State: not CardState.New } && changedAt is { } c && (card.LastReview is not { } last || c > last);
            current.Cards.Add(new CardInfo(card, !reader.IsDBNull(4), changed));
        }

        return packs;
    }

    private sealed record PackCards(string Id, string Title, List<CardInfo> Cards);

    private sealed record CardInfo(FsrsCard? Card, bool Suspended, bool Changed);
}
