using Microsoft.Data.Sqlite;

namespace PolicyQuiz.Storage;

/// <summary>Small reflection-free query helpers: rows read by ordinal into whatever the caller builds.</summary>
internal static class Sql
{
    public static List<T> Query<T>(
        SqliteConnection connection, string sql, Func<SqliteDataReader, T> map, SqliteTransaction? transaction = null, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var rows = new List<T>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    public static string? Text(this SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
