namespace PolicyQuiz.Generation;

/// <summary>
/// What an article names, sentence by sentence, in the normalised form of <see cref="AnswerMatch.Normalize"/>:
/// its mentions (to tell whether a name, a date or a figure is given somewhere) and, on demand, the words of a sentence.
/// </summary>
internal sealed class ArticleNames
{
    private readonly Document _doc;
    private (int Sentence, EntityType Type, string[] Words)[]? _mentions;

    // for each word, the mentions (indexes into _mentions) that have it: a lookup asks only the mentions that could match
    private Dictionary<string, List<int>>? _byWord;
    private readonly Dictionary<int, HashSet<string>> _sentenceWords = [];

    public ArticleNames(Document doc) => _doc = doc;

    /// <summary>The sentences with a mention whose words include <paramref name="words"/> one after the other (for a person: any word of more than 3 letters).</summary>
    public SortedSet<int> Naming(string[] words, bool person)
    {
        var found = new SortedSet<int>();
        var mentions = Mentions(out var byWord);
        if (words.Length > 0 && byWord.TryGetValue(words[0], out var having))
        {
            foreach (var i in having)
            {
                if (Contains(mentions[i].Words, words))
                {
                    found.Add(mentions[i].Sentence);
                }
            }
        }

        if (person)
        {
            foreach (var w in words)
            {
                if (w.Length > 3 && byWord.TryGetValue(w, out having))
                {
                    foreach (var i in having)
                    {
                        if (mentions[i].Type == EntityType.Person)
                        {
                            found.Add(mentions[i].Sentence);
                        }
                    }
                }
            }
        }

        return found;
    }

    /// <summary>Whether a time or an amount of the article is written with <paramref name="words"/>.</summary>
    public bool Written(string[] words)
    {
        var mentions = Mentions(out var byWord);
        if (words.Length > 0 && byWord.TryGetValue(words[0], out var having))
        {
            foreach (var i in having)
            {
                if (mentions[i].Type is EntityType.Time or EntityType.Duration or EntityType.Money or EntityType.Percent or EntityType.Count && Contains(mentions[i].Words, words))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public bool Has(int sentence, string word)
    {
        if (!_sentenceWords.TryGetValue(sentence, out var set))
        {
            var span = _doc.Sentences[sentence];
            set = new HashSet<string>(AnswerMatch.Normalize(_doc.Span(span.Start, span.End)).Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
            _sentenceWords[sentence] = set;
        }

        return set.Contains(word);
    }

    private (int Sentence, EntityType Type, string[] Words)[] Mentions(out Dictionary<string, List<int>> byWord)
    {
        if (_mentions is null || _byWord is null)
        {
            var list = new List<(int, EntityType, string[])>(_doc.Mentions.Count * 2);
            foreach (var m in _doc.Mentions)
            {
                list.Add((m.Sentence, m.Type, AnswerMatch.Normalize(m.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries)));
                if (m.Canonical is { } full && full != m.Text)
                {
                    list.Add((m.Sentence, m.Type, AnswerMatch.Normalize(full).Split(' ', StringSplitOptions.RemoveEmptyEntries)));
                }
            }

            _mentions = [.. list];
            _byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var i = 0; i < _mentions.Length; i++)
            {
                foreach (var w in _mentions[i].Words)
                {
                    if (!_byWord.TryGetValue(w, out var having))
                    {
                        _byWord[w] = having = [];
                    }

                    // a word twice in one mention lists it once
                    if (having.Count == 0 || having[^1] != i)
                    {
                        having.Add(i);
                    }
                }
            }
        }

        byWord = _byWord;
        return _mentions;
    }

    private static bool Contains(string[] words, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= words.Length; i++)
        {
            var match = true;
            for (var j = 0; j < phrase.Length && match; j++)
            {
                match = string.Equals(words[i + j], phrase[j], StringComparison.Ordinal);
            }

            if (match)
            {
                return true;
            }
        }

        return false;
    }
}
