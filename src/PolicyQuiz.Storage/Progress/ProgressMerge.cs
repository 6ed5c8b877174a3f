using Microsoft.Data.Sqlite;
using PolicyQuiz.Core.Reports;
using PolicyQuiz.Core.Study;
using PolicyQuiz.Storage.Study;

namespace PolicyQuiz.Storage.Progress;

/// <summary>What a merge did: the profile it went to, reviews added, and reviews the bank already had.</summary>
public sealed record MergeResult(string Profile, int Added, int AlreadyPresent, int CardsRebuilt);

/// <summary>
/// Merges a progress document into this bank: the reviews it holds that the bank lacks are added (a
/// review is the same when profile, pack, question and time of answer agree, so merging twice adds
/// nothing twice), in one transaction, and the profile's cards are then rebuilt from its review log.
/// Refused, with nothing written, when a question of the file is not in this bank.
/// </summary>
public sealed class ProgressMerge
{
    private readonly Bank _bank;
    private readonly SqliteConnection _connection;

    public ProgressMerge(Bank bank)
    {
        ArgumentNullException.ThrowIfNull(bank);
        _bank = bank;
        _connection = bank.Connection;
    }

    /// <param name="document">The progress file, already read.</param>
    /// <param name="profileName">The profile to merge into; null for the one the file names.</param>
    /// <exception cref="ProgressImportException">The file's questions are not all in this bank, or the profile name is not usable.</exception>
    public MergeResult Merge(ProgressDocument document, string? profileName = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var name = profileName ?? document.Profile;
        if (!ProfileStore.IsValidName(name))
        {
            throw new ProgressImportException($"'{name}' is not a usable profile name (1-{ProfileStore.MaxNameLength} characters, no control characters, no surrounding spaces)");
        }

        CheckQuestionsExist(document);
        int added = 0, present = 0;
        using (var transaction = _connection.BeginTransaction(deferred: false))
        {
            var profileId = EnsureProfile(transaction, name);
            using var insert = _connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = $"""
                INSERT INTO reviews (profile_id, pack_id, question_id, session_id, reviewed_at, kind, rating, suggested_rating,
                                     verdict, credit, answer, duration_ms, cram, made_leech,
                                     {CardColumns.Select(prefix: "prev_")}, {CardColumns.Select()})
                SELECT @profile, @pack, @question, NULL, @at, @kind, @rating, @suggested, @verdict, @credit, @answer, @duration,
                       @cram, @leech, {CardColumns.Parameters("prev_")}, {CardColumns.Parameters("")}
                WHERE NOT EXISTS (SELECT 1 FROM reviews WHERE profile_id = @profile AND pack_id = @pack AND question_id = @question AND reviewed_at = @at)
                """;
            foreach (var review in document.Reviews)
            {
                insert.Parameters.Clear();
                var p = insert.Parameters;
                p.AddWithValue("@profile", profileId);
                p.AddWithValue("@pack", review.Key.PackId);
                p.AddWithValue("@question", review.Key.QuestionId);
                p.AddWithValue("@at", BankTime.Format(review.ReviewedAt));
                p.AddWithValue("@kind", Core.Model.QuestionNames.Name(review.Kind));
                p.AddWithValue("@rating", (int)review.Rating);
                p.AddWithValue("@suggested", (int)review.SuggestedRating);
                p.AddWithValue("@verdict", review.Verdict.Name());
                p.AddWithValue("@credit", review.Credit);
                p.AddWithValue("@answer", review.Answer);
                p.AddWithValue("@duration", review.DurationMs);
                p.AddWithValue("@cram", review.Cram ? 1 : 0);
                p.AddWithValue("@leech", review.MadeLeech ? 1 : 0);
                CardColumns.Bind(insert, "prev_", review.Before);
                CardColumns.Bind(insert, "", review.After);
                if (insert.ExecuteNonQuery() > 0)
                {
                    added++;
                }
                else
                {
                    present++;
                }
            }

            transaction.Commit();
        }

        var rebuilt = 0;
        if (added > 0)
        {
            var profile = _bank.Profiles.Find(name) ?? throw new InvalidOperationException($"profile {name} vanished");
            rebuilt = new StudyService(_bank, profile).Rebuild();
        }

        return new MergeResult(name, added, present, rebuilt);
    }

    private void CheckQuestionsExist(ProgressDocument document)
    {
        var missing = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM questions WHERE pack_id = @pack AND id = @question";
        foreach (var key in document.Reviews.Select(r => r.Key).Distinct())
        {
            command.Parameters.Clear();
            command.Parameters.AddWithValue("@pack", key.PackId);
            command.Parameters.AddWithValue("@question", key.QuestionId);
            if (command.ExecuteScalar() is null)
            {
                if (!missing.TryGetValue(key.PackId, out var ids))
                {
                    missing[key.PackId] = ids = new SortedSet<string>(StringComparer.Ordinal);
                }

                ids.Add(key.QuestionId);
            }
        }

        if (missing.Count > 0)
        {
            var parts = missing.Select(m => $"pack '{m.Key}' ({m.Value.Count} question{(m.Value.Count == 1 ? string.Empty : "s")}: {string.Join(", ", m.Value.Take(3))}{(m.Value.Count > 3 ? ", …" : string.Empty)})");
            throw new ProgressImportException("this bank lacks questions the progress file has answers for: " + string.Join("; ", parts) + ". Import those packs first (policyquiz packs import FILE), then import the progress again");
        }
    }

    private long EnsureProfile(SqliteTransaction transaction, string name)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO profiles (name, created_at) VALUES (@name, @now) ON CONFLICT (name) DO NOTHING;
            SELECT id FROM profiles WHERE name = @name;
            """;
        command.Parameters.AddWithValue("@name", name);
        command.Parameters.AddWithValue("@now", _bank.Now());
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
