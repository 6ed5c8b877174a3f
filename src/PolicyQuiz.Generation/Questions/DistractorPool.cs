using System.Runtime.InteropServices;
using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Generation;

/// <summary>
/// Names from beyond the article for distractors: the pack's other articles and the question bank
/// (the answers and distractors of questions already there), kept by type. Drawn after the
/// article's own names and before the gazetteers, so a person's distractors are other people in
/// the news even when the article names only one or two. Bounded per type; deterministic.
/// </summary>
public sealed class DistractorPool
{
    /// <summary>At most this many names per type are kept (the first ones seen).</summary>
    public const int PerType = 200;

    private readonly Dictionary<EntityType, List<string>> _byType = [];
    private readonly HashSet<string> _seen = new(StringComparer.OrdinalIgnoreCase);
    // the exact texts already offered to _seen: the same name again (an article repeats its names) is turned away by a
    // quicker ordinal lookup, with the same answer _seen would give
    private readonly HashSet<string> _offered = new(StringComparer.Ordinal);

    public int Count => _seen.Count;

    /// <summary>A copy to add a pack's names to, leaving this one (the bank's) as it was.</summary>
    public DistractorPool Clone()
    {
        var copy = new DistractorPool();
        foreach (var (type, list) in _byType)
        {
            copy._byType[type] = [.. list];
        }

        copy._seen.UnionWith(_seen);
        copy._offered.UnionWith(_offered);
        return copy;
    }

    public void Add(string name, EntityType type)
    {
        if (type is not (EntityType.Person or EntityType.Organisation or EntityType.Media or EntityType.Country or EntityType.City or EntityType.Region or EntityType.Place)
            || name.Length < 2 || name.Length > 80 || !_offered.Add(name) || !_seen.Add(name))
        {
            return;
        }

        if (!_byType.TryGetValue(type, out var list))
        {
            list = [];
            _byType[type] = list;
        }

        if (list.Count < PerType)
        {
            list.Add(name);
        }
    }

    /// <summary>The people, places and organisations an analysed article names (not roles or possessives).</summary>
    public void AddNames(Document doc)
    {
        foreach (var m in doc.Mentions)
        {
            if (!m.Possessive && !m.FromPronoun && !doc.RoleTokens.Contains(m.Start) && (m.Type != EntityType.Person || m.Full.Contains(' ', StringComparison.Ordinal)))
            {
                Add(m.Full, m.Type);
            }
        }
    }

    /// <summary>The answers and distractors of a pack's questions, typed by the gazetteers and the question's kind.</summary>
    public void AddAnswers(Pack pack)
    {
        foreach (var (kind, texts) in AnswerTexts(pack))
        {
            AddAnswers(kind, texts);
        }
    }

    /// <summary>The answers and distractors of one question of this kind (as <see cref="AnswerTexts"/> gives them).</summary>
    public void AddAnswers(QuestionKind kind, IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            if (TypeOf(text, kind) is { } type)
            {
                Add(text, type);
            }
        }
    }

    /// <summary>What <see cref="AddAnswers(Pack)"/> reads of a pack: each choice, short, cloze or multi question's kind, answers and distractors.</summary>
    public static IEnumerable<(QuestionKind Kind, IEnumerable<string> Texts)> AnswerTexts(Pack pack)
    {
        foreach (var q in pack.Questions)
        {
            if (q.Type is QuestionType.Choice or QuestionType.Short or QuestionType.Cloze or QuestionType.Multi)
            {
                yield return (q.Kind, q.Answer.Concat(q.Distractors));
            }
        }
    }

    /// <summary>The names of the type, in the order they were added (a view of the pool: not to be held while names are added).</summary>
    public ReadOnlySpan<string> Of(EntityType type) => _byType.TryGetValue(type, out var list) ? CollectionsMarshal.AsSpan(list) : [];

    /// <summary>What a bank answer names: a gazetteer place or organisation, or a person's full name for a who-question.</summary>
    internal static EntityType? TypeOf(string text, QuestionKind kind)
    {
        if (Lexicon.Places.TryGetValue(text, out var place))
        {
            return place.Type;
        }

        if (Lexicon.Organisations.ContainsKey(text))
        {
            return EntityType.Organisation;
        }

        if (kind != QuestionKind.Who)
        {
            return null;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 4 || words.Any(w => !char.IsUpper(w[0]) && !Lexicon.NameParticles.Contains(w) && !w.StartsWith("al-", StringComparison.Ordinal)))
        {
            return null;
        }

        // "Russian Direct Investment Fund", "Ministry of Commerce": organisation heads are not people
        return words.Any(w => Lexicon.IsCommon(w.ToLowerInvariant()) || Lexicon.IsRoleWord(w.ToLowerInvariant())) ? null : EntityType.Person;
    }
}
