using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using PolicyQuiz.Core.Model;
using PolicyQuiz.Generation.Reading;

namespace PolicyQuiz.Generation;

/// <summary>Turns articles into a pack of draft questions, best first.</summary>
public sealed class QuestionGenerator
{
    /// <summary>Questions kept per 500 words of article (the rest would not be read).</summary>
    public int PerFiveHundredWords { get; init; } = 40;

    /// <summary>Names for distractors from beyond the article (the bank); the pack's articles are added as they are read.</summary>
    public DistractorPool Pool { get; init; } = new();

    public Pack Generate(IReadOnlyList<Article> articles, string? packId = null, string? title = null)
    {
        var (header, questions) = Stream(articles, packId, title);
        return header with { Questions = questions.ToEquatableList() };
    }

    /// <summary>
    /// The pack without its questions, and its questions (the same ones <see cref="Generate(IReadOnlyList{Article}, string?, string?)"/>
    /// gives, in the same order) drafted article by article as they are enumerated: a caller that writes them as they
    /// come never holds them all. Enumerate the questions once.
    /// </summary>
    public (Pack Header, IEnumerable<Question> Questions) Stream(IReadOnlyList<Article> articles, string? packId = null, string? title = null) =>
        Stream(articles, i => articles[i], packId, title);

    /// <summary>
    /// As <see cref="Stream(IReadOnlyList{Article}, string?, string?)"/>, for articles not all held in memory:
    /// <paramref name="articles"/> gives the pack's sources (their bodies are not read) and <paramref name="full"/>
    /// the article with its body when its turn comes, or null when it can no longer be read (it gets no questions).
    /// </summary>
    public (Pack Header, IEnumerable<Question> Questions) Stream(IReadOnlyList<Article> articles, Func<int, Article?> full, string? packId = null, string? title = null)
    {
        var sources = new List<Source>(articles.Count);
        var sourceIdOf = new string[articles.Count];
        var sourceIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            var article = articles[i];
            var sourceId = article.SourceId;
            var n = 2;
            while (!sourceIds.Add(sourceId))
            {
                sourceId = $"{article.SourceId}-{n++}";
            }

            sourceIdOf[i] = sourceId;
            sources.Add(new Source(sourceId, Clean(article.Title)!, Clean(article.Publisher), article.Published, Clean(article.Url)));
        }

        var first = articles.Count > 0 ? articles[0] : null;
        var id = packId ?? (first is null ? "generated" : first.SourceId);
        var header = new Pack
        {
            Id = Slug.IsValid(id) ? id : Slug.From(id),
            Title = title ?? (first is null ? "Generated questions" : Clean(first.Title) ?? "Generated questions"),
            Version = 1,
            Sources = sources.ToEquatableList(),
        };
        return (header, Questions(full, sourceIdOf));
    }

    private IEnumerable<Question> Questions(Func<int, Article?> full, string[] sourceIds)
    {
        var pool = Pool.Clone();
        var ids = new QuestionIds(sourceIds);
        var events = new List<IReadOnlyList<DatedEvent>>(sourceIds.Length);
        for (var i = 0; i < sourceIds.Length; i++)
        {
            if (full(i) is not { } article)
            {
                continue;
            }

            foreach (var question in Generate(article, sourceIds[i], ids, pool, events))
            {
                yield return question;
            }
        }

        var across = new List<Question>(1);
        AppendedQuestions.AddAcrossArticles(across, events, ids);
        foreach (var question in across)
        {
            yield return question;
        }
    }

    public IReadOnlyList<Question> Generate(Article article, string sourceId, QuestionIds? ids = null) => Generate(article, sourceId, ids, Pool.Clone(), events: null);

    /// <param name="events">When given, receives the article's dated events, for the pack-wide order question.</param>
    private List<Question> Generate(Article article, string sourceId, QuestionIds? ids, DistractorPool pool, List<IReadOnlyList<DatedEvent>>? events)
    {
        ids ??= new QuestionIds();
        var doc = Analyzer.Analyze(article);
        var words = CountWords(article.Body);
        var limit = Math.Max(PerFiveHundredWords, words * PerFiveHundredWords / 500);
        var clauses = new List<Clause>[doc.Sentences.Count];
        var ranked = Draft(doc, limit, clauses: clauses);
        var distractors = new Distractors(doc, pool);
        var result = new List<Question>(Math.Min(limit, ranked.Count));
        var evidence = new string?[doc.Sentences.Count];
        foreach (var c in ranked)
        {
            if (result.Count >= limit)
            {
                break;
            }

            var type = c.Type;
            IReadOnlyList<string> options = [];
            if (type is QuestionType.Choice or QuestionType.Multi)
            {
                options = distractors.For(c, 3);
                if (options.Count < 3)
                {
                    type = QuestionType.Short;
                    options = [];
                }
            }

            var id = ids.Claim(sourceId, c.Prompt);
            result.Add(new Question
            {
                Id = id,
                Type = type,
                Kind = c.Kind,
                Prompt = Clean(c.Prompt)!,
                Answer = CleanAll(c.Answer),
                // a multi question is answered by picking, never by typing: it has no accept list (packs.md)
                Accept = type == QuestionType.Multi ? EquatableList<string>.Empty : CleanAll(c.Accept),
                Distractors = CleanAll(options),
                Source = sourceId,
                Evidence = evidence[c.Sentence] ??= doc.Evidence(c.Sentence),
            });
        }

        var dated = AppendedQuestions.Add(result, doc, distractors, sourceId, ids, clauses);
        events?.Add(dated);

        // the pack's later articles may use this one's names as distractors
        pool.AddNames(doc);
        return result;
    }

    /// <summary>All candidates of an article, scored and ordered best first (exposed for tests and the benchmark).</summary>
    /// <param name="clauses">When given (one slot per sentence), receives the clause frames found, for the true/false and order builders.</param>
    public static List<Candidate> Draft(Document doc, int limit = int.MaxValue, bool withFeatures = false, List<Clause>[]? clauses = null)
    {
        var builder = new QuestionBuilder(doc);
        Mention? lastSubject = null;
        var verbs = new int[doc.Sentences.Count];
        for (var s = 0; s < doc.Sentences.Count; s++)
        {
            var found = ClauseFinder.Find(doc, s, ref lastSubject);
            if (clauses is not null)
            {
                clauses[s] = found;
            }

            foreach (var clause in found)
            {
                verbs[s] |= 1 << (int)clause.Class;
                builder.FromClause(clause);
            }

            RelativeAgentQuestions.Add(doc, s, builder.Candidates);
            EventPlaceQuestions.Add(doc, s, builder.Candidates);
            ControlQuestions.Add(doc, s, builder.Candidates);
            ParticipleAgentQuestions.Add(doc, s, builder.Candidates);
            AppositiveQuestions.Add(doc, s, builder.Candidates);
            CallsQuestions.Add(doc, s, builder.Candidates);
            PledgeQuestions.Add(doc, s, builder.Candidates);
        }

        builder.RoleQuestions();
        // the mentions a question answers already, by their index in doc.Mentions (a cloze asks only for a mention found at
        // its first token, so one that is not at its index there is never asked for)
        var answered = new bool[doc.Mentions.Count];
        foreach (var c in builder.Candidates)
        {
            // the first answer read without the list (most have one), any further ones by index: a foreach over the interface
            // would box an enumerator for every candidate
            if (c.FirstMention is { } first && QuestionBuilder.IndexOf(doc, first) is var i and >= 0)
            {
                answered[i] = true;
            }

            for (var a = 1; a < c.MentionCount; a++)
            {
                if (QuestionBuilder.IndexOf(doc, c.Answers[a]) is var j and >= 0)
                {
                    answered[j] = true;
                }
            }
        }

        // how often the article names each thing: each normal form of a mention's name gets a number (in the order first met) and
        // a count; one lookup per mention
        var numbers = new Dictionary<string, int>(doc.Mentions.Count, StringComparer.Ordinal);
        var keys = new string[doc.Mentions.Count];
        var mentionNumber = new int[keys.Length];
        var counts = new int[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            var key = keys[i] = AnswerMatch.Normalize(doc.Mentions[i].Full);
            ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(numbers, key, out var exists);
            if (!exists)
            {
                number = numbers.Count - 1;
            }

            mentionNumber[i] = number;
            counts[number]++;
        }

        var mentionFrequency = new int[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            mentionFrequency[i] = counts[mentionNumber[i]];
        }

        for (var s = 0; s < doc.Sentences.Count; s++)
        {
            builder.Cloze(s, answered, mentionFrequency);
        }

        RankFeatures.Context? context = null;
        if (withFeatures)
        {
            var frequency = new Dictionary<string, int>(numbers.Count, StringComparer.Ordinal);
            foreach (var (key, number) in numbers)
            {
                frequency.Add(key, counts[number]);
            }

            context = new RankFeatures.Context(doc, frequency, verbs);
        }

        // each candidate's answer key as a number for the ranker's order (the numbers above, and new ones for keys no mention has)
        var candidates = builder.Candidates;
        var answerNumbers = new int[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            int number;
            if (c.FirstMention is { } first && QuestionBuilder.IndexOf(doc, first) is var m and >= 0 && c.FirstAnswer == doc.Mentions[m].Full)
            {
                // the answer is the mention's name: its normal form and number are known
                c.KnownAnswerKey(keys[m]);
                number = mentionNumber[m];
            }
            else
            {
                ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(numbers, c.AnswerKey, out var exists);
                if (!exists)
                {
                    slot = numbers.Count - 1;
                }

                number = slot;
            }

            answerNumbers[i] = number;
            // a number past the mentions' names (or of a name without mentions left) counts as not named
            c.Score = c.Bonus + Ranker.Score(c, doc, number < counts.Length ? counts[number] : 0);
            if (context is not null)
            {
                // for bench/generation/fit.py, which studies what a better ranking would weigh
                c.Features = RankFeatures.Compute(c, context);
            }
        }

        return Ranker.Order(candidates, doc, answerNumbers, numbers.Count, limit);
    }

    /// <summary>Whitespace-separated words (ASCII whitespace, or char.IsWhiteSpace beyond ASCII); eight ASCII characters at a time.</summary>
    internal static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
            var space = Vector128.Create((ushort)' ');
            var tab = Vector128.Create((ushort)'\t');
            var controls = Vector128.Create((ushort)('\r' - '\t'));
            var ascii = Vector128.Create((ushort)0xff80);
            for (; i + Vector128<ushort>.Count <= text.Length; i += Vector128<ushort>.Count)
            {
                var block = Vector128.LoadUnsafe(ref start, (nuint)i);
                if ((block & ascii) != Vector128<ushort>.Zero)
                {
                    // a character beyond ASCII: this block one character at a time
                    for (var k = i; k < i + Vector128<ushort>.Count; k++)
                    {
                        Step(text[k], ref inWord, ref count);
                    }

                    continue;
                }

                // bit j set when character j is white: a space or \t..\r
                var white = Vector128.Equals(block, space) | Vector128.LessThanOrEqual(block - tab, controls);
                var whiteBits = white.ExtractMostSignificantBits();
                var wordBits = ~whiteBits & 0xffu;
                // a word starts where a non-white character follows a white one (or the text before the block ended outside a word)
                var starts = wordBits & ((whiteBits << 1) | (inWord ? 0u : 1u));
                count += BitOperations.PopCount(starts);
                inWord = (wordBits & 0x80u) != 0;
            }
        }

        for (; i < text.Length; i++)
        {
            Step(text[i], ref inWord, ref count);
        }

        return count;

        static void Step(char c, ref bool inWord, ref int count)
        {
            if (char.IsAscii(c) ? c is ' ' or (>= '\t' and <= '\r') : char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }
    }

    private static EquatableList<string> CleanAll(IReadOnlyList<string> texts)
    {
        if (texts.Count == 0)
        {
            return EquatableList<string>.Empty;
        }

        var cleaned = new string[texts.Count];
        for (var i = 0; i < cleaned.Length; i++)
        {
            cleaned[i] = Clean(texts[i])!;
        }

        return EquatableList<string>.Wrap(cleaned);
    }

    private static string? Clean(string? text) => text is null ? null : Text.Sanitized.Line(text);
}
