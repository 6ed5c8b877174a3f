using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyQuiz.Core.Model;
using PolicyQuiz.Core.Scheduling;
using PolicyQuiz.Core.Study;

namespace PolicyQuiz.Core.Reports;

/// <summary>
/// Writes and reads the progress document (format "policyquiz-progress", version 1) as indented JSON,
/// without reflection. Reading refuses other formats, newer versions, broken JSON and missing or
/// out-of-range fields, each with a message saying where.
/// </summary>
public static class ProgressJson
{
    private const string TimePattern = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static string Write(ProgressDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("format", ProgressDocument.FormatName);
            w.WriteNumber("version", ProgressDocument.CurrentVersion);
            w.WriteString("profile", document.Profile);
            w.WriteString("exported_at", Time(document.ExportedAt));
            w.WriteStartObject("selection");
            NullableString(w, "pack", document.PackFilter);
            NullableString(w, "since", document.Since is { } since ? Time(since) : null);
            w.WriteEndObject();
            WriteTotals(w, document.Totals);
            w.WriteStartArray("packs");
            foreach (var pack in document.Packs)
            {
                WritePack(w, pack);
            }

            w.WriteEndArray();
            w.WriteStartArray("reviews");
            foreach (var review in document.Reviews)
            {
                WriteReview(w, review);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <exception cref="ProgressFormatException">The text is not a progress document this program can read.</exception>
    public static ProgressDocument Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(text.TrimStart('\uFEFF'), new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException exception)
        {
            var line = (int)(exception.LineNumber ?? 0) + 1;
            var column = (int)(exception.BytePositionInLine ?? 0) + 1;
            throw new ProgressFormatException("not valid JSON (truncated or damaged?): " + FirstSentence(exception.Message), line, column);
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != ProgressDocument.FormatName)
            {
                throw new ProgressFormatException($"not a PolicyQuiz progress file (expected \"format\": \"{ProgressDocument.FormatName}\")");
            }

            var version = Int(root, "version", "version");
            if (version > ProgressDocument.CurrentVersion)
            {
                throw new ProgressFormatException($"this progress file has format version {version}, newer than this program reads ({ProgressDocument.CurrentVersion}); update policyquiz to import it");
            }

            if (version < 1)
            {
                throw new ProgressFormatException($"version: {version} is not a valid format version");
            }

            var selection = Object(root, "selection", "selection");
            var since = OptionalString(selection, "since", "selection.since");
            var packs = Array(root, "packs", "packs").Select((p, i) => ReadPack(p, $"packs[{i}]")).ToList();
            var reviews = Array(root, "reviews", "reviews").Select((r, i) => ReadReview(r, $"reviews[{i}]")).ToList();
            return new ProgressDocument(
                String(root, "profile", "profile"),
                ParseTime(String(root, "exported_at", "exported_at"), "exported_at"),
                OptionalString(selection, "pack", "selection.pack"),
                since is null ? null : ParseTime(since, "selection.since"),
                ReadTotals(Object(root, "totals", "totals")),
                packs,
                reviews);
        }
    }

    private static void WriteTotals(Utf8JsonWriter w, ProgressTotals totals)
    {
        w.WriteStartObject("totals");
        w.WriteNumber("answered", totals.Answered);
        w.WriteNumber("correct", totals.Correct);
        w.WriteNumber("accuracy", Math.Round(totals.Accuracy, 4));
        NullableNumber(w, "true_retention", totals.TrueRetention);
        w.WriteNumber("retention_answers", totals.RetentionAnswers);
        w.WriteNumber("day_streak", totals.DayStreak);
        w.WriteNumber("days_studied", totals.DaysStudied);
        w.WriteNumber("time_spent_seconds", Math.Round(totals.TimeSpent.TotalSeconds, 1));
        NullableString(w, "last_activity", totals.LastActivity is { } last ? Time(last) : null);
        w.WriteEndObject();
    }

    private static ProgressTotals ReadTotals(JsonElement e) => new(
        Int(e, "answered", "totals.answered"),
        Int(e, "correct", "totals.correct"),
        OptionalNumber(e, "true_retention", "totals.true_retention"),
        Int(e, "retention_answers", "totals.retention_answers"),
        Int(e, "day_streak", "totals.day_streak"),
        Int(e, "days_studied", "totals.days_studied"),
        TimeSpan.FromSeconds(Number(e, "time_spent_seconds", "totals.time_spent_seconds")),
        OptionalString(e, "last_activity", "totals.last_activity") is { } last ? ParseTime(last, "totals.last_activity") : null);

    private static void WritePack(Utf8JsonWriter w, PackProgressSummary pack)
    {
        w.WriteStartObject();
        w.WriteString("pack", pack.PackId);
        w.WriteString("title", pack.Title);
        w.WriteNumber("questions", pack.Questions);
        w.WriteNumber("studied", pack.Studied);
        w.WriteNumber("mastered", pack.Mastered);
        w.WriteNumber("mastery", Math.Round(pack.Mastery, 4));
        w.WriteNumber("answered", pack.Answered);
        w.WriteNumber("correct", pack.Correct);
        w.WriteNumber("accuracy", Math.Round(pack.Accuracy, 4));
        NullableNumber(w, "true_retention", pack.TrueRetention);
        w.WriteNumber("streak", pack.Streak);
        w.WriteNumber("best_streak", pack.BestStreak);
        NullableString(w, "last_activity", pack.LastActivity is { } last ? Time(last) : null);
        w.WriteStartArray("questions_answered");
        foreach (var tally in pack.QuestionTallies)
        {
            w.WriteStartObject();
            w.WriteString("question", tally.QuestionId);
            w.WriteString("prompt", tally.Prompt);
            w.WriteNumber("attempts", tally.Attempts);
            w.WriteNumber("correct", tally.Correct);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static PackProgressSummary ReadPack(JsonElement e, string path) => new(
        String(e, "pack", path + ".pack"),
        String(e, "title", path + ".title"),
        Int(e, "questions", path + ".questions"),
        Int(e, "studied", path + ".studied"),
        Int(e, "mastered", path + ".mastered"),
        Int(e, "answered", path + ".answered"),
        Int(e, "correct", path + ".correct"),
        OptionalNumber(e, "true_retention", path + ".true_retention"),
        Int(e, "streak", path + ".streak"),
        Int(e, "best_streak", path + ".best_streak"),
        OptionalString(e, "last_activity", path + ".last_activity") is { } last ? ParseTime(last, path + ".last_activity") : null,
        Array(e, "questions_answered", path + ".questions_answered")
            .Select((t, i) => new QuestionTally(
                String(t, "question", $"{path}.questions_answered[{i}].question"),
                String(t, "prompt", $"{path}.questions_answered[{i}].prompt"),
                Int(t, "attempts", $"{path}.questions_answered[{i}].attempts"),
                Int(t, "correct", $"{path}.questions_answered[{i}].correct")))
            .ToList());

    private static void WriteReview(Utf8JsonWriter w, LoggedReview review)
    {
        w.WriteStartObject();
        w.WriteString("id", review.StableId);
        w.WriteString("pack", review.Key.PackId);
        w.WriteString("question", review.Key.QuestionId);
        w.WriteString("type", review.Type.Name());
        w.WriteString("kind", review.Kind.Name());
        w.WriteString("reviewed_at", Time(review.ReviewedAt));
        w.WriteNumber("rating", (int)review.Rating);
        w.WriteNumber("suggested_rating", (int)review.SuggestedRating);
        w.WriteString("verdict", VerdictName(review.Verdict));
        w.WriteNumber("credit", review.Credit);
        w.WriteString("answer", review.Answer);
        w.WriteNumber("duration_ms", review.DurationMs);
        w.WriteBoolean("cram", review.Cram);
        w.WriteBoolean("made_leech", review.MadeLeech);
        WriteCard(w, "before", review.Before);
        WriteCard(w, "after", review.After);
        w.WriteEndObject();
    }

    private static LoggedReview ReadReview(JsonElement e, string path)
    {
        var typeText = String(e, "type", path + ".type");
        var kindText = String(e, "kind", path + ".kind");
        if (!QuestionNames.TryParseType(typeText, out var type))
        {
            throw new ProgressFormatException($"{path}.type: '{typeText}' is not a question type");
        }

        if (!QuestionNames.TryParseKind(kindText, out var kind))
        {
            throw new ProgressFormatException($"{path}.kind: '{kindText}' is not a question kind");
        }

        var review = new LoggedReview(
            new QuestionKey(String(e, "pack", path + ".pack"), String(e, "question", path + ".question")),
            type,
            kind,
            ParseTime(String(e, "reviewed_at", path + ".reviewed_at"), path + ".reviewed_at"),
            Grade(e, "rating", path),
            Grade(e, "suggested_rating", path),
            ParseVerdict(String(e, "verdict", path + ".verdict"), path + ".verdict"),
            Number(e, "credit", path + ".credit"),
            String(e, "answer", path + ".answer"),
            Long(e, "duration_ms", path + ".duration_ms"),
            Bool(e, "cram", path + ".cram"),
            Bool(e, "made_leech", path + ".made_leech"),
            ReadCard(Object(e, "before", path + ".before"), path + ".before"),
            ReadCard(Object(e, "after", path + ".after"), path + ".after"));
        if (e.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() != review.StableId)
        {
            throw new ProgressFormatException($"{path}.id: '{id.GetString()}' does not match the review's pack, question and time ({review.StableId})");
        }

        return review;
    }

    private static void WriteCard(Utf8JsonWriter w, string name, FsrsCard card)
    {
        w.WriteStartObject(name);
        w.WriteNumber("state", (int)card.State);
        w.WriteString("due", Time(card.Due));
        w.WriteNumber("stability", card.Stability);
        w.WriteNumber("difficulty", card.Difficulty);
        w.WriteNumber("elapsed_days", card.ElapsedDays);
        w.WriteNumber("scheduled_days", card.ScheduledDays);
        w.WriteNumber("learning_steps", card.LearningSteps);
        w.WriteNumber("reps", card.Reps);
        w.WriteNumber("lapses", card.Lapses);
        NullableString(w, "last_review", card.LastReview is { } last ? Time(last) : null);
        w.WriteEndObject();
    }

    private static FsrsCard ReadCard(JsonElement e, string path)
    {
        var state = Int(e, "state", path + ".state");
        if (state is < 0 or > 3)
        {
            throw new ProgressFormatException($"{path}.state: {state} is not a card state (0-3)");
        }

        return new FsrsCard(
            ParseTime(String(e, "due", path + ".due"), path + ".due"),
            Number(e, "stability", path + ".stability"),
            Number(e, "difficulty", path + ".difficulty"),
            Int(e, "elapsed_days", path + ".elapsed_days"),
            Int(e, "scheduled_days", path + ".scheduled_days"),
            Int(e, "learning_steps", path + ".learning_steps"),
            Int(e, "reps", path + ".reps"),
            Int(e, "lapses", path + ".lapses"),
            (CardState)state,
            OptionalString(e, "last_review", path + ".last_review") is { } last ? ParseTime(last, path + ".last_review") : null);
    }

    public static string VerdictName(Verdict verdict) => verdict switch
    {
        Verdict.Correct => "correct",
        Verdict.NearMiss => "near-miss",
        Verdict.Partial => "partial",
        _ => "wrong",
    };

    private static Verdict ParseVerdict(string text, string path) => text switch
    {
        "correct" => Verdict.Correct,
        "near-miss" => Verdict.NearMiss,
        "partial" => Verdict.Partial,
        "wrong" => Verdict.Wrong,
        _ => throw new ProgressFormatException($"{path}: '{text}' is not a verdict (wrong, partial, near-miss, correct)"),
    };

    private static Rating Grade(JsonElement e, string name, string path)
    {
        var value = Int(e, name, path + "." + name);
        return value is >= 1 and <= 4 ? (Rating)value : throw new ProgressFormatException($"{path}.{name}: {value} is not a grade (1-4)");
    }

    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString(TimePattern, CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string text, string path) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : throw new ProgressFormatException($"{path}: '{text}' is not a time (expected e.g. 2025-03-24T10:15:00.000Z)");

    private static JsonElement Property(JsonElement e, string name, string path, JsonValueKind kind, string what)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var value))
        {
            throw new ProgressFormatException($"{path}: missing");
        }

        return value.ValueKind == kind ? value : throw new ProgressFormatException($"{path}: expected {what}");
    }

    private static JsonElement Object(JsonElement e, string name, string path) => Property(e, name, path, JsonValueKind.Object, "an object");

    private static JsonElement.ArrayEnumerator Array(JsonElement e, string name, string path) => Property(e, name, path, JsonValueKind.Array, "a list").EnumerateArray();

    private static string String(JsonElement e, string name, string path) => Property(e, name, path, JsonValueKind.String, "text").GetString()!;

    private static string? OptionalString(JsonElement e, string name, string path) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Null ? null : e.TryGetProperty(name, out _) ? String(e, name, path) : null;

    private static double Number(JsonElement e, string name, string path)
    {
        var value = Property(e, name, path, JsonValueKind.Number, "a number").GetDouble();
        return double.IsFinite(value) ? value : throw new ProgressFormatException($"{path}: expected a finite number");
    }

    private static double? OptionalNumber(JsonElement e, string name, string path) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Null ? null : Number(e, name, path);

    private static int Int(JsonElement e, string name, string path) =>
        Property(e, name, path, JsonValueKind.Number, "a whole number").TryGetInt32(out var value) ? value : throw new ProgressFormatException($"{path}: expected a whole number");

    private static long Long(JsonElement e, string name, string path) =>
        Property(e, name, path, JsonValueKind.Number, "a whole number").TryGetInt64(out var value) ? value : throw new ProgressFormatException($"{path}: expected a whole number");

    private static bool Bool(JsonElement e, string name, string path)
    {
        if (!e.TryGetProperty(name, out var value))
        {
            throw new ProgressFormatException($"{path}: missing");
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new ProgressFormatException($"{path}: expected true or false"),
        };
    }

    private static void NullableString(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void NullableNumber(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } number)
        {
            w.WriteNumber(name, Math.Round(number, 4));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }
}
