using System.Globalization;
using Microsoft.Data.Sqlite;

namespace PolicyQuiz.Storage;

/// <summary>Brings a database up to <see cref="Migrations.Latest"/>: each pending step in its own transaction, setting user_version.</summary>
public static class Migrator
{
    /// <summary>
    /// Applies pending migrations; returns the version the database had before this call changed it
    /// (when another copy migrated it meanwhile, the version that copy left).
    /// </summary>
    public static int Migrate(SqliteConnection connection, IReadOnlyList<Migration> migrations)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(migrations);
        var latest = migrations.Count == 0 ? 0 : migrations[^1].Version;
        var before = UserVersion(connection);
        if (before > latest)
        {
            throw new BankException(
                $"this bank has schema version {before}, newer than this program knows ({latest}); use a newer policyquiz");
        }

        var applied = false;
        foreach (var migration in migrations)
        {
            if (migration.Version <= before)
            {
                continue;
            }

            // BEGIN IMMEDIATE: a second copy of the program starting at the same moment waits here,
            // then sees the version the first one wrote and skips the step.
            using var transaction = connection.BeginTransaction(deferred: false);
            var current = UserVersion(connection, transaction);
            if (!applied)
            {
                before = current;
            }

            if (current >= migration.Version)
            {
                transaction.Rollback();
                continue;
            }

            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = migration.Sql + "\n;PRAGMA user_version = "
                    + migration.Version.ToString(CultureInfo.InvariantCulture) + ";";
                command.ExecuteNonQuery();
            }

            transaction.Commit();
            applied = true;
        }

        return before;
    }

    public static int UserVersion(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
