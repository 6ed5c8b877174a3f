namespace PolicyQuiz.Generation;

/// <summary>
/// What an article names, sentence by sentence, in the normalised form of <see cref="AnswerMatch.Normalize"/>
/// (lowercase words joined by single spaces): its mentions (to tell whether a name, a date or a figure is given
/// somewhere) and, on demand, the words of a sentence. Words are matched whole, on the normalised text.
/// </summary>
internal sealed class ArticleNames
{
    private readonly Document _doc;
    private List<(int Sentence, EntityType Type, string Words)>? _mentions;
    private readonly Dictionary<int, string> _sentenceWords = [];

    public ArticleNames(Document doc) => _doc = doc;

    /// <summary>
    /// The sentences (in order, each once) with a mention whose words include <paramref name="phrase"/> (normalised, not empty) one after
    /// the other; for a person, also those with any of its <paramref name="words"/> of more than 3 letters.
    /// </summary>
    public List<int> Naming(string phrase, string[] words, bool person)
    {
        var found = new List<int>();
        var sorted = true;
        foreach (var (sentence, type, mention) in Mentions())
        {
            if ((found.Count == 0 || found[^1] != sentence) && (HasWords(mention, phrase) || person && type == EntityType.Person && AnyWord(mention, words)) && !found.Contains(sentence))
            {
                sorted &= found.Count == 0 || found[^1] < sentence;
                found.Add(sentence);
            }
        }

        if (!sorted)
        {
            // mentions found after the others (from pronouns) come last
            found.Sort();
        }

        return found;
    }

    /// <summary>Whether a time or an amount of the article is written with <paramref name="phrase"/> (normalised, not empty).</summary>
    public bool Written(string phrase)
    {
        foreach (var (_, type, mention) in Mentions())
        {
            if (type is EntityType.Time or EntityType.Duration or EntityType.Money or EntityType.Percent or EntityType.Count && HasWords(mention, phrase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether sentence <paramref name="sentence"/> has the word <paramref name="word"/> (normalised; a text of two words is no word).</summary>
    public bool Has(int sentence, string word)
    {
        if (word.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        if (!_sentenceWords.TryGetValue(sentence, out var words))
        {
            var span = _doc.Sentences[sentence];
            _sentenceWords[sentence] = words = AnswerMatch.Normalize(_doc.Span(span.Start, span.End));
        }

        return HasWords(words, word);
    }

    /// <summary>Whether <paramref name="text"/> has <paramref name="phrase"/> as whole words (both normalised: words joined by single spaces).</summary>
    internal static bool HasWords(string text, string phrase)
    {
        if (phrase.Length == 0)
        {
            return false;
        }

        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var end = at + phrase.Length;
            if ((at == 0 || text[at - 1] == ' ') && (end == text.Length || text[end] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyWord(string mention, string[] words)
    {
        foreach (var w in words)
        {
            if (w.Length > 3 && HasWords(mention, w))
            {
                return true;
            }
        }

        return false;
    }

    private List<(int Sentence, EntityType Type, string Words)> Mentions()
    {
        if (_mentions is null)
        {
            var list = new List<(int, EntityType, string)>(_doc.Mentions.Count * 2);
            foreach (var m in _doc.Mentions)
            {
                list.Add((m.Sentence, m.Type, AnswerMatch.Normalize(m.Text)));
                if (m.Canonical is { } full && full != m.Text)
                {
                    list.Add((m.Sentence, m.Type, AnswerMatch.Normalize(full)));
                }
            }

            _mentions = list;
        }

        return _mentions;
    }
}
