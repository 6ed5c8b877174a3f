using System.Text;
using System.Text.Json;
using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Storage.Study;

/// <summary>Reads the JSON list columns of table questions (["a","b"] and [["left","right"],...]) without reflection.</summary>
internal static class StudyJson
{
    public static EquatableList<string> Strings(string? json)
    {
        if (string.IsNullOrEmpty(json) || json == "[]")
        {
            return EquatableList<string>.Empty;
        }

        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        var items = new List<string>();
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                items.Add(reader.GetString() ?? string.Empty);
            }
        }

        return items.ToEquatableList();
    }

    public static EquatableList<MatchPair> Pairs(string? json)
    {
        if (string.IsNullOrEmpty(json) || json == "[]")
        {
            return EquatableList<MatchPair>.Empty;
        }

        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        var pairs = new List<MatchPair>();
        var current = new List<string>(2);
        var depth = 0;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartArray:
                    depth++;
                    current.Clear();
                    break;
                case JsonTokenType.EndArray:
                    if (depth == 2 && current.Count == 2)
                    {
                        pairs.Add(new MatchPair(current[0], current[1]));
                    }

                    depth--;
                    break;
                case JsonTokenType.String:
                    current.Add(reader.GetString() ?? string.Empty);
                    break;
            }
        }

        return pairs.ToEquatableList();
    }
}
