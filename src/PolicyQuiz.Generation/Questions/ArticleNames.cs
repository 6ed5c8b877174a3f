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
    private string? _all;
    private int[]? _starts;
    private bool[] _hits = [];
    private string?[]? _sentenceWords;

    public ArticleNames(Document doc) => _doc = doc;

    /// <summary>
    /// The sentences (in order, each once) with a mention whose words include <paramref name="phrase"/> (normalised, not empty) one after
    /// the other; for a person, also those with any of its <paramref name="words"/> of more than 3 letters.
    /// </summary>
    public List<int> Naming(string phrase, string[] words, bool person)
    {
        // the mentions with the phrase (or, for a person, a word of it) are marked by searches of all the mentions' words at once
        var mentions = Mentions();
        var hits = _hits;
        Array.Clear(hits);
        Mark(phrase, hits, people: false);
        if (person)
        {
            foreach (var w in words)
            {
                if (w.Length > 3)
                {
                    Mark(w, hits, people: true);
                }
            }
        }

        var found = new List<int>();
        var sorted = true;
        for (var k = 0; k < mentions.Count; k++)
        {
            var sentence = mentions[k].Sentence;
            if (hits[k] && (found.Count == 0 || found[^1] != sentence) && !found.Contains(sentence))
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

    /// <summary>
    /// Marks in <paramref name="hits"/> the mentions (only people's when <paramref name="people"/>) whose words include
    /// <paramref name="phrase"/> as whole words (<see cref="HasWords"/> of each), found in the mentions' words joined by line breaks.
    /// </summary>
    private void Mark(string phrase, bool[] hits, bool people)
    {
        if (phrase.Length == 0)
        {
            return;
        }

        var all = _all!;
        var mentions = _mentions!;
        for (var at = all.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = all.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var end = at + phrase.Length;
            if ((at == 0 || all[at - 1] is ' ' or '\n') && (end == all.Length || all[end] is ' ' or '\n'))
            {
                var k = Array.BinarySearch(_starts!, at);
                k = k >= 0 ? k : ~k - 1;
                // within one mention's words (a phrase with a line break could run into the next)
                if (end <= _starts![k] + mentions[k].Words.Length && (!people || mentions[k].Type == EntityType.Person))
                {
                    hits[k] = true;
                }
            }
        }
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

        var cache = _sentenceWords ??= new string?[_doc.Sentences.Count];
        if (cache[sentence] is not { } words)
        {
            var span = _doc.Sentences[sentence];
            cache[sentence] = words = AnswerMatch.Normalize(_doc.Span(span.Start, span.End));
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

    private List<(int Sentence, EntityType Type, string Words)> Mentions()
    {
        if (_mentions is null)
        {
            var list = new List<(int Sentence, EntityType Type, string Words)>(_doc.Mentions.Count * 2);
            foreach (var m in _doc.Mentions)
            {
                list.Add((m.Sentence, m.Type, AnswerMatch.Normalize(m.Text)));
                if (m.Canonical is { } full && full != m.Text)
                {
                    list.Add((m.Sentence, m.Type, AnswerMatch.Normalize(full)));
                }
            }

            _mentions = list;
            // their words joined by line breaks (which no normalised text has), and where each starts
            var starts = new int[list.Count];
            var length = 0;
            for (var k = 0; k < list.Count; k++)
            {
                starts[k] = length;
                length += list[k].Words.Length + 1;
            }

            _all = string.Create(Math.Max(length - 1, 0), list, static (all, list) =>
            {
                var at = 0;
                foreach (var (_, _, words) in list)
                {
                    if (at > 0)
                    {
                        all[at - 1] = '\n';
                    }

                    words.CopyTo(all[at..]);
                    at += words.Length + 1;
                }
            });
            _starts = starts;
            _hits = new bool[list.Count];
        }

        return _mentions;
    }
}
