using System.Text;
using Microsoft.Data.Sqlite;

namespace PolicyQuiz.Storage.Tests.Support;

/// <summary>Every row of every table (and the schema version) as text, to compare a bank before and after.</summary>
public static class DatabaseDump
{
    public static string Of(string path)
    {
        using var connection = new SqliteConnection(Bank.ConnectionString(path));
        connection.Open();
        var dump = new StringBuilder();
        using (var version = connection.CreateCommand())
        {
            version.CommandText = "PRAGMA user_version";
            dump.Append("user_version=").Append(version.ExecuteScalar()).Append('\n');
        }

        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name, sql FROM sqlite_schema ORDER BY type, name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                dump.Append(reader.GetString(0)).Append(": ").Append(reader.IsDBNull(1) ? "" : reader.GetString(1)).Append('\n');
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables.Where(t => !t.StartsWith("sqlite_", StringComparison.Ordinal) && IsTable(connection, t)))
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = select.ExecuteReader();
            var rows = new List<string>();
            while (reader.Read())
            {
                var cells = new string[reader.FieldCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!;
                }

                rows.Add(string.Join(" | ", cells));
            }

            rows.Sort(StringComparer.Ordinal);
            dump.Append("== ").Append(table).Append(" (").Append(rows.Count).Append(" rows)\n");
            foreach (var row in rows)
            {
                dump.Append(row).Append('\n');
            }
        }

        return dump.ToString();
    }

    private static bool IsTable(SqliteConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT type FROM sqlite_schema WHERE name = $name";
        command.Parameters.AddWithValue("$name", name);
        return (string?)command.ExecuteScalar() == "table";
    }
}
