using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PolicyQuiz.Generation.Reading;
using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation;

/// <summary>An analysed article: normalised text, tokens, sentences and the mentions found in them.</summary>
public sealed class Document
{
    public Document(Article article, NormalizedText text, List<Token> tokens, List<SentenceSpan> sentences)
    {
        Article = article;
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        MentionAt = new int[tokens.Count];
        Array.Fill(MentionAt, -1);
        _mentionOf = new Mention?[tokens.Count];
        RoleTokens = new TokenSet(tokens.Count);
        SentenceOf = new int[tokens.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            for (var i = sentences[s].Start; i < sentences[s].End; i++)
            {
                SentenceOf[i] = s;
            }
        }
    }

    private static readonly List<Mention> NoMentions = [];

    /// <summary>For each token, the mention covering it or null: <see cref="MentionAt"/> with the mention itself, kept beside it so that <see cref="MentionOf"/> is one array read.</summary>
    private readonly Mention?[] _mentionOf;
    private List<Mention>[]? _bySentence;
    private int _indexed;
    private TokenWords? _words;

    public Article Article { get; }

    public NormalizedText Text { get; }

    public List<Token> Tokens { get; }

    public List<SentenceSpan> Sentences { get; }

    public List<Mention> Mentions { get; } = [];

    /// <summary>For each token, the index of the mention covering it, or -1.</summary>
    public int[] MentionAt { get; }

    public int[] SentenceOf { get; }

    /// <summary>Tokens that belong to a person's role phrase (not answers themselves).</summary>
    public TokenSet RoleTokens { get; }

    /// <summary>The mentions of one sentence, in the order of <see cref="Mentions"/> (an index built on first use, rebuilt if mentions were added since).</summary>
    internal List<Mention> MentionsIn(int sentence)
    {
        if (_bySentence is null || _indexed != Mentions.Count)
        {
            _bySentence = new List<Mention>[Sentences.Count];
            foreach (var m in Mentions)
            {
                (_bySentence[m.Sentence] ??= []).Add(m);
            }

            _indexed = Mentions.Count;
        }

        return sentence >= 0 && sentence < _bySentence.Length ? _bySentence[sentence] ?? NoMentions : NoMentions;
    }

    /// <summary>The tokens' word classes from the lexicon, looked up once per token (built on first use, after the tokens are final).</summary>
    internal TokenWords Words
    {
        // inlined: asked of most tokens by the frames and question rules; made once, out of line
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _words ?? CreateWords();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private TokenWords CreateWords() => _words = new TokenWords(Tokens);

    /// <summary>The mention covering <paramref name="token"/>, or null (inlined: the frames and question rules ask it of most tokens).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Mention? MentionOf(int token) => (uint)token < (uint)_mentionOf.Length ? _mentionOf[token] : null;

    public void Add(Mention mention)
    {
        var index = Mentions.Count;
        Mentions.Add(mention);
        for (var i = mention.Start; i < mention.End; i++)
        {
            MentionAt[i] = index;
            _mentionOf[i] = mention;
        }
    }

    public void Remove(Mention mention)
    {
        for (var i = mention.Start; i < mention.End; i++)
        {
            if (ReferenceEquals(_mentionOf[i], mention))
            {
                MentionAt[i] = -1;
                _mentionOf[i] = null;
            }
        }
    }

    /// <summary>Sorts <see cref="Mentions"/> by their first token and points each token at its mention again (a later mention wins a token two cover).</summary>
    internal void SortMentions()
    {
        SortByStart(Mentions);
        Array.Fill(MentionAt, -1);
        Array.Clear(_mentionOf);
        for (var m = 0; m < Mentions.Count; m++)
        {
            var mention = Mentions[m];
            for (var i = mention.Start; i < mention.End; i++)
            {
                MentionAt[i] = m;
                _mentionOf[i] = mention;
            }
        }
    }

    /// <summary>
    /// Sorts the mentions by their first token as <c>List.Sort</c> with a comparison of <see cref="Mention.Start"/> does. The finders
    /// add them sentence by sentence, so they are nearly in order and an insertion sort moves few; it gives the same order
    /// wherever no two mentions start at one token. Two that do are left to <c>List.Sort</c> on the list as it was (its order
    /// for them is its own).
    /// </summary>
    internal static void SortByStart(List<Mention> mentions)
    {
        var m = CollectionsMarshal.AsSpan(mentions);
        var original = ArrayPool<Mention>.Shared.Rent(m.Length);
        m.CopyTo(original);
        try
        {
            for (var i = 1; i < m.Length; i++)
            {
                var mention = m[i];
                var j = i - 1;
                if (m[j].Start < mention.Start)
                {
                    continue;
                }

                while (j >= 0 && m[j].Start > mention.Start)
                {
                    m[j + 1] = m[j];
                    j--;
                }

                m[j + 1] = mention;
                if (j >= 0 && m[j].Start == mention.Start)
                {
                    original.AsSpan(0, m.Length).CopyTo(m);
                    mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
                    return;
                }
            }
        }
        finally
        {
            ArrayPool<Mention>.Shared.Return(original, clearArray: true);
        }
    }

    /// <summary>As <see cref="Span"/> without making a string, for lookups.</summary>
    public ReadOnlySpan<char> Chars(int start, int end) =>
        end <= start ? [] : Text.Text.AsSpan(Tokens[start].Start, Tokens[end - 1].End - Tokens[start].Start);

    /// <summary>The normalised text of tokens [start, end).</summary>
    public string Span(int start, int end) =>
        end <= start ? string.Empty : Text.Text.Substring(Tokens[start].Start, Tokens[end - 1].End - Tokens[start].Start);

    /// <summary>The sentence as written in the article.</summary>
    public string Evidence(int sentence)
    {
        var s = Sentences[sentence];
        return Text.Original(Tokens[s.Start].Start, Tokens[s.End - 1].End);
    }
}
