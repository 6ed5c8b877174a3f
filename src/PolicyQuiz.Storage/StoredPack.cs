using System.Globalization;
using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Storage;

/// <summary>A pack turned into row values: questions as <see cref="StoredQuestion"/>, plus the hash of the whole pack.</summary>
internal sealed class StoredPack
{
    private StoredPack(Pack pack, IReadOnlyList<StoredQuestion> questions, string tagsJson, string contentHash)
    {
        Pack = pack;
        Questions = questions;
        TagsJson = tagsJson;
        ContentHash = contentHash;
    }

    public Pack Pack { get; }

    public IReadOnlyList<StoredQuestion> Questions { get; }

    public string TagsJson { get; }

    public string ContentHash { get; }

    public static StoredPack From(Pack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var questions = new StoredQuestion[pack.Questions.Count];
        for (var i = 0; i < questions.Length; i++)
        {
            questions[i] = StoredQuestion.From(pack.Questions[i]);
        }

        var tags = JsonColumns.Strings(pack.Tags);
        using var hash = new ContentHash.Builder();
        hash.Add(pack.Id);
        hash.Add(pack.Title);
        hash.Add(pack.Version.ToString(CultureInfo.InvariantCulture));
        hash.Add(pack.Language);
        hash.Add(pack.Description);
        hash.Add(tags);
        hash.Add(pack.ExtraJson);
        hash.Add(pack.Sources.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var source in pack.Sources)
        {
            hash.Add(source.Id);
            hash.Add(source.Title);
            hash.Add(source.Publisher);
            hash.Add(FormatDate(source.Published));
            hash.Add(source.Url);
            hash.Add(source.ExtraJson);
        }

        hash.Add(questions.Length.ToString(CultureInfo.InvariantCulture));
        foreach (var question in questions)
        {
            hash.Add(question.ContentHash);
        }

        return new StoredPack(pack, questions, tags, hash.Finish());
    }

    public static string? FormatDate(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ParseDate(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
