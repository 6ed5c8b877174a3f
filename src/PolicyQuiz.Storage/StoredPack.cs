using System.Globalization;
using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Storage;

/// <summary>A pack turned into row values: questions as <see cref="StoredQuestion"/>, plus the hash of the whole pack.</summary>
internal sealed class StoredPack
{
    private const int ParallelFrom = 4096;

    private readonly string[] _questionHashes;

    private StoredPack(Pack pack, string[] questionHashes, string tagsJson, string contentHash)
    {
        Pack = pack;
        _questionHashes = questionHashes;
        TagsJson = tagsJson;
        ContentHash = contentHash;
    }

    public Pack Pack { get; }

    public int QuestionCount => _questionHashes.Length;

    public string TagsJson { get; }

    public string ContentHash { get; }

    /// <summary>Question <paramref name="index"/> as its row holds it (built on demand, so a big pack is never held twice).</summary>
    public StoredQuestion Question(int index) => StoredQuestion.From(Pack.Questions[index], _questionHashes[index]);

    public string QuestionId(int index) => Pack.Questions[index].Id;

    public string QuestionHash(int index) => _questionHashes[index];

    public static StoredPack From(Pack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var questions = new string[pack.Questions.Count];
        if (questions.Length < ParallelFrom)
        {
            for (var i = 0; i < questions.Length; i++)
            {
                questions[i] = Storage.QuestionHash.Of(pack.Questions[i]);
            }
        }
        else
        {
            // big packs (the 100,000-question import): hash on every core
            Parallel.For(0, questions.Length, i => questions[i] = Storage.QuestionHash.Of(pack.Questions[i]));
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
            hash.Add(question);
        }

        return new StoredPack(pack, questions, tags, hash.Finish());
    }

    public static string? FormatDate(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ParseDate(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
