using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Storage;

/// <summary>
/// The content hash of a question (questions.content_hash): SHA-256 over every field a pack file gives it,
/// position excluded. Computed straight from the model, without building the stored JSON.
/// </summary>
internal static class QuestionHash
{
    [ThreadStatic]
    private static ContentHash.Builder? t_builder;

    public static string Of(Question question)
    {
        var hash = t_builder ??= new ContentHash.Builder();
        hash.Add(question.Id);
        hash.Add(question.Type.Name());
        hash.Add(question.Kind.Name());
        hash.Add(question.Prompt);
        AddList(hash, question.Answer);
        hash.AddCount(question.Pairs.Count);
        foreach (var pair in question.Pairs)
        {
            hash.Add(pair.Left);
            hash.Add(pair.Right);
        }

        AddList(hash, question.Accept);
        AddList(hash, question.Distractors);
        hash.Add(question.Explanation);
        hash.Add(question.Source);
        hash.Add(question.Evidence);
        AddList(hash, question.Tags);
        hash.Add(question.ExtraJson);
        return hash.Finish();
    }

    private static void AddList(ContentHash.Builder hash, EquatableList<string> items)
    {
        hash.AddCount(items.Count);
        foreach (var item in items)
        {
            hash.Add(item);
        }
    }
}
