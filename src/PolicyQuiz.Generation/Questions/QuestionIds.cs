using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Generation;

/// <summary>
/// The question ids a pack has given so far, so that each new one is unique: the slug of the source id and
/// the prompt, or that slug with "-2", "-3", ... when it is taken. A pack of thousands of articles holds
/// hundreds of thousands of ids, so the set keeps a 64-bit hash of each instead of the id itself (a few MB
/// instead of tens). Two different ids share a hash with odds of about n²/2⁶⁵ (one in 10⁹ at 300,000 ids);
/// the later one then takes the next number, so ids stay unique either way.
/// </summary>
public sealed class QuestionIds
{
    private readonly HashSet<ulong> _taken = [];

    /// <summary>A new unique id for a question of <paramref name="sourceId"/> with the text <paramref name="text"/> (its prompt).</summary>
    public string Claim(string sourceId, string text)
    {
        var id = Slug.From(sourceId, text, 60);
        if (_taken.Add(Hash(id)))
        {
            return id;
        }

        var baseId = Slug.From(id, 56);
        for (var k = 2; ; k++)
        {
            var numbered = baseId + "-" + k;
            if (_taken.Add(Hash(numbered)))
            {
                return numbered;
            }
        }
    }

    /// <summary>64-bit FNV-1a over the characters: the same on every run and machine, so packs come out the same.</summary>
    private static ulong Hash(string id)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in id)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
