using System.Globalization;
using Microsoft.Data.Sqlite;
using PolicyQuiz.Core.Scheduling;
using PolicyQuiz.Core.Study;

namespace PolicyQuiz.Storage.Study;

/// <summary>
/// A profile's study settings in table profile_settings: new_per_day, desired_retention, fsrs_weights
/// (21 comma-separated numbers), leech_lapses. Absent or unreadable values take the defaults
/// (<see cref="StudySettings.Default"/>, FSRS-6 defaults with fuzz on).
/// </summary>
public sealed class StudySettingsStore
{
    public const string NewPerDayKey = "new_per_day";
    public const string DesiredRetentionKey = "desired_retention";
    public const string WeightsKey = "fsrs_weights";
    public const string LeechLapsesKey = "leech_lapses";

    private readonly SqliteConnection _connection;

    public StudySettingsStore(Bank bank)
    {
        ArgumentNullException.ThrowIfNull(bank);
        _connection = bank.Connection;
    }

    public StudySettings Get(Profile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = "SELECT key, value FROM profile_settings WHERE profile_id = @profile";
            command.Parameters.AddWithValue("@profile", profile.Id);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                values[reader.GetString(0)] = reader.GetString(1);
            }
        }

        var settings = StudySettings.Default;
        var parameters = FsrsParameters.Default;
        if (values.TryGetValue(NewPerDayKey, out var newPerDay) && int.TryParse(newPerDay, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0)
        {
            settings = settings with { NewPerDay = n };
        }

        if (values.TryGetValue(LeechLapsesKey, out var leech) && int.TryParse(leech, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) && l >= 1)
        {
            settings = settings with { LeechLapses = l };
        }

        if (values.TryGetValue(DesiredRetentionKey, out var retention)
            && double.TryParse(retention, NumberStyles.Float, CultureInfo.InvariantCulture, out var r) && r > 0 && r < 1)
        {
            parameters = parameters with { DesiredRetention = r };
        }

        if (values.TryGetValue(WeightsKey, out var weights) && ParseWeights(weights) is { } w)
        {
            parameters = parameters with { Weights = w };
        }

        return settings with { Parameters = parameters };
    }

    public void SetNewPerDay(Profile profile, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        Set(profile, NewPerDayKey, count.ToString(CultureInfo.InvariantCulture));
    }

    public void SetDesiredRetention(Profile profile, double retention)
    {
        if (!(retention > 0 && retention < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(retention), retention, "Desired retention is between 0 and 1 (e.g. 0.9).");
        }

        Set(profile, DesiredRetentionKey, retention.ToString("R", CultureInfo.InvariantCulture));
    }

    public void SetWeights(Profile profile, IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count != FsrsParameters.DefaultWeights.Count || weights.Any(w => !double.IsFinite(w)))
        {
            throw new ArgumentException($"FSRS-6 takes {FsrsParameters.DefaultWeights.Count} finite weights.", nameof(weights));
        }

        Set(profile, WeightsKey, string.Join(",", weights.Select(w => w.ToString("R", CultureInfo.InvariantCulture))));
    }

    public void SetLeechLapses(Profile profile, int lapses)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lapses, 1);
        Set(profile, LeechLapsesKey, lapses.ToString(CultureInfo.InvariantCulture));
    }

    private void Set(Profile profile, string key, string value)
    {
        ArgumentNullException.ThrowIfNull(profile);
        using var command = _connection.CreateCommand();
        command.CommandText = """
            INSERT INTO profile_settings (profile_id, key, value) VALUES (@profile, @key, @value)
            ON CONFLICT (profile_id, key) DO UPDATE SET value = excluded.value
            """;
        command.Parameters.AddWithValue("@profile", profile.Id);
        command.Parameters.AddWithValue("@key", key);
        command.Parameters.AddWithValue("@value", value);
        command.ExecuteNonQuery();
    }

    private static double[]? ParseWeights(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != FsrsParameters.DefaultWeights.Count)
        {
            return null;
        }

        var weights = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out weights[i]) || !double.IsFinite(weights[i]))
            {
                return null;
            }
        }

        return weights;
    }
}
