using System.Globalization;
using PolicyQuiz.Core.Model;
using PolicyQuiz.Core.Scheduling;
using PolicyQuiz.Core.Study;

namespace PolicyQuiz.Tui;

/// <summary>The words the screens use for the engine's values.</summary>
internal static class Words
{
    public static string Label(this QuestionKind kind) => kind switch
    {
        QuestionKind.Who => "Who?",
        QuestionKind.Where => "Where?",
        QuestionKind.When => "When?",
        QuestionKind.What => "What?",
        QuestionKind.Why => "Why?",
        QuestionKind.How => "How?",
        _ => kind.ToString(),
    };

    public static string Label(this Rating rating) => rating switch
    {
        Rating.Again => "Again",
        Rating.Hard => "Hard",
        Rating.Good => "Good",
        Rating.Easy => "Easy",
        _ => rating.ToString(),
    };

    public static string Percent(double share) => share.ToString("0%", CultureInfo.InvariantCulture);

    /// <summary>"Title — Publisher, 2025-03-01" for a source.</summary>
    public static string Describe(Source source)
    {
        var parts = new List<string> { source.Title };
        if (!string.IsNullOrWhiteSpace(source.Publisher))
        {
            parts.Add(source.Publisher);
        }

        if (source.Published is { } date)
        {
            parts.Add(date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));
        }

        return string.Join(", ", parts);
    }

    public static string Progress(SessionProgress progress) => string.Create(
        CultureInfo.InvariantCulture,
        $"Answered {progress.Answered} · Left {progress.Left} · Score {progress.Correct}/{progress.Answered} · Streak {progress.Streak}");
}
