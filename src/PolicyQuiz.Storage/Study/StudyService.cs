using Microsoft.Data.Sqlite;
using PolicyQuiz.Core.Model;
using PolicyQuiz.Core.Scheduling;
using PolicyQuiz.Core.Study;

namespace PolicyQuiz.Storage.Study;

/// <summary>
/// The study engine on a bank, for one profile: starts sessions (<see cref="Start"/>), suspends and
/// unsuspends questions, and rebuilds card state from the review log. Time comes from the bank's
/// <see cref="TimeProvider"/>; study days are local days of its LocalTimeZone.
/// </summary>
public sealed class StudyService
{
    private readonly Bank _bank;
    private readonly SqliteConnection _connection;

    public StudyService(Bank bank, Profile profile)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(profile);
        _bank = bank;
        _connection = bank.Connection;
        Profile = profile;
    }

    public Profile Profile { get; }

    /// <summary>The profile's settings (defaults where none are stored).</summary>
    public StudySettings Settings => new StudySettingsStore(_bank).Get(Profile);

    /// <summary>Starts a session over the questions <paramref name="options"/> select. Call <see cref="StudySession.Next"/> for the first question.</summary>
    public StudySession Start(StudyOptions? options = null)
    {
        options ??= StudyOptions.All;
        var settings = Settings;
        var deck = LoadDeck(options);
        long sessionId;
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = """
                INSERT INTO study_sessions (profile_id, started_at, cram, pack_id, tag, kind)
                VALUES (@profile, @now, @cram, @pack, @tag, @kind) RETURNING id
                """;
            command.Parameters.AddWithValue("@profile", Profile.Id);
            command.Parameters.AddWithValue("@now", _bank.Now());
            command.Parameters.AddWithValue("@cram", options.Cram ? 1 : 0);
            command.Parameters.AddWithValue("@pack", (object?)options.PackId ?? DBNull.Value);
            command.Parameters.AddWithValue("@tag", (object?)options.Tag ?? DBNull.Value);
            command.Parameters.AddWithValue("@kind", options.Kind is { } kind ? kind.Name() : DBNull.Value);
            sessionId = (long)command.ExecuteScalar()!;
        }

        var store = new SqliteStudyStore(_bank, Profile, sessionId, settings.LeechLapses);
        return new StudySession(store, deck, settings, options, _bank.Time);
    }

    /// <summary>The candidates of a session: active questions (pack and question not retired), not suspended, matching the options; with what happened earlier today.</summary>
    public StudyDeck LoadDeck(StudyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var now = _bank.Time.GetUtcNow();
        var zone = _bank.Time.LocalTimeZone;
        var dayStart = BankTime.Format(StudyDay.Start(StudyDay.Of(now, zone), zone));
        var cards = new List<StudyCard>();
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = $"""
                SELECT q.pack_id, q.id, q.kind, q.position, q.evidence, q.changed_at, {CardColumns.Select("c.")}
                FROM questions q
                JOIN packs p ON p.id = q.pack_id
                LEFT JOIN cards c ON c.profile_id = @profile AND c.pack_id = q.pack_id AND c.question_id = q.id
                WHERE q.retired_at IS NULL AND p.retired_at IS NULL AND c.suspended_at IS NULL
                  AND (@pack IS NULL OR q.pack_id = @pack)
                  AND (@kind IS NULL OR q.kind = @kind)
                  AND (@tag IS NULL
                       OR EXISTS (SELECT 1 FROM json_each(q.tags_json) WHERE value = @tag)
                       OR EXISTS (SELECT 1 FROM json_each(p.tags_json) WHERE value = @tag))
                """;
            command.Parameters.AddWithValue("@profile", Profile.Id);
            command.Parameters.AddWithValue("@pack", (object?)options.PackId ?? DBNull.Value);
            command.Parameters.AddWithValue("@kind", options.Kind is { } kind ? kind.Name() : DBNull.Value);
            command.Parameters.AddWithValue("@tag", (object?)options.Tag ?? DBNull.Value);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var questionKind = QuestionNames.TryParseKind(reader.GetString(2), out var parsed) ? parsed : QuestionKind.What;
                cards.Add(new StudyCard(
                    new QuestionKey(reader.GetString(0), reader.GetString(1)),
                    questionKind,
                    reader.GetInt32(3),
                    reader.IsDBNull(4) ? null : reader.GetString(4),
                    CardColumns.Read(reader, 6) ?? FsrsCard.New(now),
                    reader.IsDBNull(5) ? null : CardColumns.ParseTime(reader.GetString(5))));
            }
        }

        var newToday = 0;
        var shown = new Dictionary<string, QuestionKey>(StringComparer.Ordinal);
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = """
                SELECT r.pack_id, r.question_id, r.prev_state, q.evidence
                FROM reviews r JOIN questions q ON q.pack_id = r.pack_id AND q.id = r.question_id
                WHERE r.profile_id = @profile AND r.cram = 0 AND r.reviewed_at >= @start
                ORDER BY r.reviewed_at, r.id
                """;
            command.Parameters.AddWithValue("@profile", Profile.Id);
            command.Parameters.AddWithValue("@start", dayStart);
            using var reader = command.ExecuteReader();
            var introduced = new HashSet<QuestionKey>();
            while (reader.Read())
            {
                var key = new QuestionKey(reader.GetString(0), reader.GetString(1));
                if (reader.GetInt32(2) == (int)CardState.New)
                {
                    introduced.Add(key);
                }

                if (StudyCard.SiblingKey(reader.IsDBNull(3) ? null : reader.GetString(3)) is { } sibling)
                {
                    shown.TryAdd(sibling, key);
                }
            }

            newToday = introduced.Count;
        }

        return new StudyDeck(cards, newToday, shown);
    }

    /// <summary>Suspends a question for this profile (never shown until unsuspended). False when the question is unknown.</summary>
    public bool Suspend(QuestionKey key)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"""
            INSERT INTO cards (profile_id, pack_id, question_id, {CardColumns.Select()}, suspended_at, leech)
            SELECT @profile, q.pack_id, q.id, {CardColumns.Parameters("")}, @now, 0
            FROM questions q WHERE q.pack_id = @pack AND q.id = @question
            ON CONFLICT (profile_id, pack_id, question_id) DO UPDATE SET suspended_at = coalesce(suspended_at, @now)
            """;
        command.Parameters.AddWithValue("@profile", Profile.Id);
        command.Parameters.AddWithValue("@pack", key.PackId);
        command.Parameters.AddWithValue("@question", key.QuestionId);
        command.Parameters.AddWithValue("@now", _bank.Now());
        CardColumns.Bind(command, "", FsrsCard.New(_bank.Time.GetUtcNow()));
        return command.ExecuteNonQuery() > 0;
    }

    /// <summary>Lifts a suspension (by the student or the leech rule; the leech tag stays). False when it was not suspended.</summary>
    public bool Unsuspend(QuestionKey key)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            UPDATE cards SET suspended_at = NULL
            WHERE profile_id = @profile AND pack_id = @pack AND question_id = @question AND suspended_at IS NOT NULL
            """;
        command.Parameters.AddWithValue("@profile", Profile.Id);
        command.Parameters.AddWithValue("@pack", key.PackId);
        command.Parameters.AddWithValue("@question", key.QuestionId);
        return command.ExecuteNonQuery() > 0;
    }

    /// <summary>
    /// Recomputes every card of this profile from its reviews (cram reviews skipped), replaying them in
    /// order with the profile's parameters, fuzz as in study (seeded from the card, so the same).
    /// Suspensions are kept; the leech tag follows the lapses. Returns the cards rewritten.
    /// Cards come out equal to the stored ones as long as the parameters did not change in between.
    /// </summary>
    public int Rebuild()
    {
        var settings = Settings;
        var scheduler = new FsrsScheduler(settings.Parameters);
        var rebuilt = RebuildCards(scheduler);
        using var transaction = _connection.BeginTransaction(deferred: false);
        foreach (var (key, card) in rebuilt)
        {
            using var command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"""
                INSERT INTO cards (profile_id, pack_id, question_id, {CardColumns.Select()}, suspended_at, leech)
                VALUES (@profile, @pack, @question, {CardColumns.Parameters("")}, NULL, @leech)
                ON CONFLICT (profile_id, pack_id, question_id) DO UPDATE SET {CardColumns.Assignments("")}, leech = @leech
                """;
            command.Parameters.AddWithValue("@profile", Profile.Id);
            command.Parameters.AddWithValue("@pack", key.PackId);
            command.Parameters.AddWithValue("@question", key.QuestionId);
            command.Parameters.AddWithValue("@leech", card.Lapses >= settings.LeechLapses ? 1 : 0);
            CardColumns.Bind(command, "", card);
            command.ExecuteNonQuery();
        }

        transaction.Commit();
        return rebuilt.Count;
    }

    /// <summary>The cards the review log implies (without writing them), by replaying the non-cram reviews.</summary>
    public IReadOnlyDictionary<QuestionKey, FsrsCard> RebuildCards(FsrsScheduler? scheduler = null)
    {
        scheduler ??= new FsrsScheduler(Settings.Parameters);
        var cards = new Dictionary<QuestionKey, FsrsCard>();
        using var command = _connection.CreateCommand();
        command.CommandText = $"""
            SELECT pack_id, question_id, reviewed_at, rating, {CardColumns.Select(prefix: "prev_")}
            FROM reviews WHERE profile_id = @profile AND cram = 0
            ORDER BY pack_id, question_id, reviewed_at, id
            """;
        command.Parameters.AddWithValue("@profile", Profile.Id);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var key = new QuestionKey(reader.GetString(0), reader.GetString(1));
            var at = CardColumns.ParseTime(reader.GetString(2));
            // A card's first review starts from the new card it was shown as (its due time is the only thing not implied).
            var card = cards.TryGetValue(key, out var known) ? known : CardColumns.Read(reader, 4)!;
            cards[key] = scheduler.Review(card, at, (Rating)reader.GetInt32(3)).Card;
        }

        return cards;
    }
}
