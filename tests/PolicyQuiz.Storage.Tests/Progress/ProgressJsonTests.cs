using PolicyQuiz.Core.Reports;
using PolicyQuiz.Storage.Progress;
using PolicyQuiz.Storage.Tests.Study;

namespace PolicyQuiz.Storage.Tests.Progress;

public sealed class ProgressJsonTests : IDisposable
{
    private readonly StudyBank _bank = new();

    public void Dispose() => _bank.Dispose();

    private string Json()
    {
        ProgressHistory.Study(_bank, days: 1);
        return ProgressJson.Write(new ProgressExport(_bank.Bank).Document(_bank.Profile, null, null));
    }

    [Fact]
    public void The_document_names_its_format_and_version()
    {
        var json = Json();

        Assert.Contains("\"format\": \"policyquiz-progress\"", json, StringComparison.Ordinal);
        Assert.Contains("\"version\": 1", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_newer_version_is_refused_clearly()
    {
        var json = Json().Replace("\"version\": 1", "\"version\": 2", StringComparison.Ordinal);

        var error = Assert.Throws<ProgressFormatException>(() => ProgressJson.Read(json));

        Assert.Contains("version 2, newer than this program reads (1)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_file_is_refused_with_its_line_and_column()
    {
        var json = Json();
        var cut = json[..(json.Length / 2)];

        var error = Assert.Throws<ProgressFormatException>(() => ProgressJson.Read(cut));

        Assert.True(error.Line > 1);
        Assert.StartsWith("not valid JSON", error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"f.json:{error.Line}:{error.Column}: ", error.Describe("f.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void Another_JSON_document_is_not_taken_for_progress()
    {
        var error = Assert.Throws<ProgressFormatException>(() => ProgressJson.Read("{\"pack\": \"x\"}"));

        Assert.Contains("not a PolicyQuiz progress file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_review_with_an_impossible_grade_is_refused_with_its_path()
    {
        var json = Json();
        var at = json.IndexOf("\"rating\": ", StringComparison.Ordinal);
        var broken = json[..at] + "\"rating\": 7" + json[(at + "\"rating\": 3".Length)..];

        var error = Assert.Throws<ProgressFormatException>(() => ProgressJson.Read(broken));

        Assert.Equal("reviews[0].rating: 7 is not a grade (1-4)", error.Message);
    }
}
