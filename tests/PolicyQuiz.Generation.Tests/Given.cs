using PolicyQuiz.Generation;
using PolicyQuiz.Generation.Reading;

namespace PolicyQuiz.Generation.Tests;

/// <summary>Builds small articles for the tests.</summary>
internal static class Given
{
    public static Article Article(string body, string? published = "2025-03-14", string title = "Test article") =>
        new(title, published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), null, null, body, "test-article.md");

    public static Document Analyzed(string body, string? published = "2025-03-14") => Analyzer.Analyze(Article(body, published));

    public static List<Candidate> Drafts(string body, string? published = "2025-03-14") => QuestionGenerator.Draft(Analyzed(body, published));

    public static List<string> Prompts(string body, string? published = "2025-03-14") => Drafts(body, published).Select(c => c.Prompt).ToList();

    public static List<string> Sentences(string body)
    {
        var doc = Analyzed(body);
        return Enumerable.Range(0, doc.Sentences.Count).Select(doc.Evidence).ToList();
    }

    public static Mention Mention(Document doc, string text) =>
        doc.Mentions.First(m => m.Text == text);
}
