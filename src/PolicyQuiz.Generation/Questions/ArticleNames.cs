namespace PolicyQuiz.Generation;

/// <summary>
/// What an article names, sentence by sentence, in the normalised form of <see cref="AnswerMatch.Normalize"/>
/// (lowercase words joined by single spaces): its mentions (to tell whether a name, a date or a figure is given
/// somewhere) and, on demand, the words of a sentence. Words are matched whole, on the normalised text.
/// </summary>
internal sealed class ArticleNames
{
    private readonly Document _doc;
    // the mentions' words (each mention's text, and its full name when that differs) joined by line breaks (which no
    // normalised text has), and per entry where its words start, how long they are, its sentence and its type
    private string? _all;
    private Entry[] _entries = [];
    private int[]? _starts;
    private bool[] _hits = [];
    private string?[]? _sentenceWords;

    private readonly record struct Entry(int Sentence, EntityType Type, int Start, int Length);

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
        for (var k = 0; k < mentions.Length; k++)
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
        var mentions = _entries;
        for (var at = all.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = all.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var end = at + phrase.Length;
            if ((at == 0 || all[at - 1] is ' ' or '\n') && (end == all.Length || all[end] is ' ' or '\n'))
            {
                var k = Array.BinarySearch(_starts!, at);
                k = k >= 0 ? k : ~k - 1;
                // within one mention's words (a phrase with a line break could run into the next)
                if (end <= mentions[k].Start + mentions[k].Length && (!people || mentions[k].Type == EntityType.Person))
                {
                    hits[k] = true;
                }
            }
        }
    }

    /// <summary>Whether a time or an amount of the article is written with <paramref name="phrase"/> (normalised, not empty).</summary>
    public bool Written(string phrase)
    {
        var entries = Mentions();
        var all = _all.AsSpan();
        foreach (var (_, type, start, length) in entries)
        {
            if (type is EntityType.Time or EntityType.Duration or EntityType.Money or EntityType.Percent or EntityType.Count && HasWords(all.Slice(start, length), phrase))
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
            // the normal form of the sentence as Document.Span has it, folded from the article's text in place
            var span = _doc.Sentences[sentence];
            var text = span.End <= span.Start ? [] : _doc.Text.Text.AsSpan(_doc.Tokens[span.Start].Start, _doc.Tokens[span.End - 1].End - _doc.Tokens[span.Start].Start);
            var buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
            cache[sentence] = words = new string(buffer[..AnswerMatch.Fold(text, buffer)]);
        }

        return HasWords(words, word);
    }

    /// <summary>Whether <paramref name="text"/> has <paramref name="phrase"/> as whole words (both normalised: words joined by single spaces).</summary>
    internal static bool HasWords(ReadOnlySpan<char> text, string phrase)
    {
        if (phrase.Length == 0)
        {
            return false;
        }

        for (var from = 0; from < text.Length && text[from..].IndexOf(phrase, StringComparison.Ordinal) is var found && found >= 0; from += found + 1)
        {
            var at = from + found;
            var end = at + phrase.Length;
            if ((at == 0 || text[at - 1] == ' ') && (end == text.Length || text[end] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The entries, made on first use: the mentions' words (<see cref="AnswerMatch.Normalize"/>, which keeps those of short texts) copied one after another into one text.</summary>
    private Entry[] Mentions()
    {
        if (_all is null)
        {
            var mentions = _doc.Mentions;
            var count = 0;
            foreach (var m in mentions)
            {
                count += m.Canonical is { } full && full != m.Text ? 2 : 1;
            }

            var words = new string[count];
            var entries = new Entry[count];
            var starts = new int[count];
            var length = 0;
            var k = 0;
            foreach (var m in mentions)
            {
                Add(m.Text, m);
                if (m.Canonical is { } full && full != m.Text)
                {
                    Add(full, m);
                }
            }

            // joined by line breaks, none after the last
            _all = string.Create(Math.Max(length - 1, 0), words, static (all, words) =>
            {
                var at = 0;
                foreach (var w in words)
                {
                    if (at > 0)
                    {
                        all[at - 1] = '\n';
                    }

                    w.CopyTo(all[at..]);
                    at += w.Length + 1;
                }
            });
            _entries = entries;
            _starts = starts;
            _hits = new bool[count];

            void Add(string text, Mention m)
            {
                var normal = AnswerMatch.Normalize(text);
                words[k] = normal;
                entries[k] = new Entry(m.Sentence, m.Type, length, normal.Length);
                starts[k++] = length;
                length += normal.Length + 1;
            }
        }

        return _entries;
    }
}
