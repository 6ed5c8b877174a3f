namespace PolicyQuiz.Generation;

/// <summary>
/// What the ranker knows about a candidate, as numbers: which rule made it, the answer's type,
/// where its sentence sits, how much of the sentence the prompt keeps, how often the article
/// repeats the answer, and the marks of a badly formed prompt. bench/generation/fit.py fits
/// weights to these on the development articles and estimates, article by article held out,
/// whether they would rank better than <see cref="Ranker.Score"/>; so far they do not (see
/// docs/generation.md), so the product does not compute them.
/// </summary>
public static class RankFeatures
{
    private static readonly string[] Rules = ["role", "agent", "subject", "inverted", "where", "when", "amount", "object", "speaker", "with", "copula", "cloze"];

    private static readonly HashSet<string> TitleStop = new(StringComparer.Ordinal) { "with", "from", "over", "after", "says", "said", "into", "amid", "that", "this", "their", "they", "will", "would", "have", "been" };

    public static readonly string[] Names = BuildNames();

    private static readonly int RuleStart = Array.IndexOf(Names, "rule.role");
    private static readonly int TypeStart = Array.IndexOf(Names, "type.Unknown");
    private static readonly int TypeCount = Enum.GetValues<EntityType>().Length;

    public static int Count => Names.Length;

    private static string[] BuildNames()
    {
        var names = new List<string> { "bias" };
        names.AddRange(Rules.Select(r => "rule." + r));
        names.AddRange(Enum.GetNames<EntityType>().Select(t => "type." + t));
        names.AddRange([
            "builder", "lead", "position", "paragraph.first", "words.short", "words.long", "words",
            "vague", "first.person", "giveaway", "freq.once", "freq.twice", "freq.many", "garbled", "weak.gap",
            "capital.which", "cloze.country", "count.word", "title.overlap", "answer.in.title", "answer.role",
            "quote", "answer.words", "time.deictic", "time.dated", "sentence.mentions", "first.mention", "multi",
            "kept", "gap.modifier", "answer.digit",
        ]);
        names.AddRange(Enum.GetNames<VerbClass>().Select(v => "verb." + v));
        names.AddRange(Enum.GetNames<VerbClass>().Select(v => "sentence." + v));
        return [.. names];
    }

    /// <summary>Facts about the article every candidate's features refer to.</summary>
    public sealed class Context
    {
        public Context(Document doc, Dictionary<string, int> frequency, int[] verbs)
        {
            Doc = doc;
            Verbs = verbs;
            Frequency = frequency;
            foreach (var w in ContentWords(doc.Article.Title))
            {
                TitleWords.Add(w);
            }

            MentionsPerSentence = new int[doc.Sentences.Count];
            foreach (var m in doc.Mentions)
            {
                MentionsPerSentence[m.Sentence]++;
                FirstMention.TryAdd(AnswerMatch.Normalize(m.Full), m);
            }
        }

        public Document Doc { get; }

        /// <summary>For each sentence, a bit per verb class its clauses use.</summary>
        public int[] Verbs { get; }

        public Dictionary<string, int> Frequency { get; }

        public HashSet<string> TitleWords { get; } = new(StringComparer.Ordinal);

        public int[] MentionsPerSentence { get; }

        public Dictionary<string, Mention> FirstMention { get; } = new(StringComparer.Ordinal);

        /// <summary>Sentence content words, computed once per sentence.</summary>
        public HashSet<string> SentenceWords(int sentence)
        {
            if (!_sentenceWords.TryGetValue(sentence, out var set))
            {
                var span = Doc.Sentences[sentence];
                set = new HashSet<string>(StringComparer.Ordinal);
                for (var k = span.Start; k < span.End; k++)
                {
                    var lower = Doc.Tokens[k].Lower;
                    if (lower.Length >= 4 && char.IsLetter(lower[0]) && !TitleStop.Contains(lower))
                    {
                        set.Add(lower);
                    }
                }

                _sentenceWords[sentence] = set;
            }

            return set;
        }

        private readonly Dictionary<int, HashSet<string>> _sentenceWords = [];
    }

    public static double[] Compute(Candidate c, Context ctx)
    {
        var f = new double[Names.Length];
        Fill(c, ctx, f);
        return f;
    }

    public static void Fill(Candidate c, Context ctx, Span<double> f)
    {
        f.Clear();
        var doc = ctx.Doc;
        f[0] = 1;
        var rule = Array.IndexOf(Rules, c.Rule);
        if (rule >= 0)
        {
            f[RuleStart + rule] = 1;
        }

        if ((int)c.AnswerType < TypeCount)
        {
            f[TypeStart + (int)c.AnswerType] = 1;
        }

        var i = TypeStart + TypeCount;
        f[i++] = c.Bonus; // builder
        f[i++] = c.Sentence < 2 ? 1 : 0; // lead
        f[i++] = doc.Sentences.Count > 1 ? (double)c.Sentence / (doc.Sentences.Count - 1) : 0; // position
        var start = doc.Sentences[c.Sentence].Start;
        f[i++] = c.Sentence == 0 || doc.Tokens[start].ParagraphBefore ? 1 : 0; // paragraph.first

        var (count, vague, firstPerson) = Ranker.PromptWords(c.Prompt);
        f[i++] = count < 5 ? 1 : 0;
        f[i++] = count > 30 ? 1 : 0;
        f[i++] = count / 10.0;
        f[i++] = Math.Min(3, vague);
        f[i++] = firstPerson ? 1 : 0;

        var giveaway = false;
        foreach (var a in c.Answer.Concat(c.Accept))
        {
            if (a.Length > 2 && c.Prompt.Contains(a, StringComparison.OrdinalIgnoreCase))
            {
                giveaway = true;
                break;
            }
        }

        f[i++] = giveaway ? 1 : 0;
        var n = c.Answer.Count > 0 ? ctx.Frequency.GetValueOrDefault(AnswerMatch.Normalize(c.Answer[0])) : 0;
        f[i++] = n == 1 ? 1 : 0;
        f[i++] = n == 2 ? 1 : 0;
        f[i++] = n > 2 ? Math.Min(4, n - 2) : 0;
        f[i++] = Ranker.Garbled(c, doc);
        f[i++] = Ranker.WeakGap(c);
        f[i++] = c.Prompt.StartsWith("Which capital ", StringComparison.Ordinal) ? 1 : 0;
        f[i++] = c.Rule == "cloze" && c.AnswerType == EntityType.Country ? 1 : 0;
        f[i++] = c.Answers.Count > 0 && c.Answers[0].Type == EntityType.Count && c.Answers[0].Figure is { } figure && figure.Length <= 3 && !char.IsDigit(figure[0]) ? 1 : 0;

        var words = ctx.SentenceWords(c.Sentence);
        var shared = 0;
        foreach (var w in ctx.TitleWords)
        {
            if (words.Contains(w))
            {
                shared++;
            }
        }

        f[i++] = ctx.TitleWords.Count == 0 ? 0 : (double)shared / ctx.TitleWords.Count;
        f[i++] = c.Answer.Count > 0 && ContentWords(c.Answer[0]).Any(ctx.TitleWords.Contains) ? 1 : 0;
        f[i++] = c.Answers.Count > 0 && c.Answers[0].Role is not null ? 1 : 0;
        var evidence = doc.Span(start, doc.Sentences[c.Sentence].End);
        f[i++] = evidence.Contains('"', StringComparison.Ordinal) ? 1 : 0;
        f[i++] = c.Answer.Count > 0 ? Math.Min(6, c.Answer[0].Count(ch => ch == ' ') + 1) / 3.0 : 0;
        var a0 = c.Answer.Count > 0 ? c.Answer[0] : string.Empty;
        var timeLike = c.AnswerType is EntityType.Time or EntityType.Duration;
        f[i++] = timeLike && (a0.StartsWith("this ", StringComparison.OrdinalIgnoreCase) || a0.StartsWith("earlier ", StringComparison.OrdinalIgnoreCase) || a0.StartsWith("last ", StringComparison.OrdinalIgnoreCase)) ? 1 : 0;
        f[i++] = timeLike && c.Answers.Count > 0 && c.Answers[0].Date is not null ? 1 : 0;
        f[i++] = Math.Min(8, ctx.MentionsPerSentence[c.Sentence]) / 4.0;
        f[i++] = c.Answers.Count > 0 && ctx.FirstMention.TryGetValue(AnswerMatch.Normalize(c.Answers[0].Full), out var first) && first == c.Answers[0] ? 1 : 0;
        f[i++] = c.Answer.Count > 1 ? 1 : 0;
        f[i++] = Kept(c.Prompt, words);
        f[i++] = GapModifier(c, doc) ? 1 : 0;
        f[i++] = a0.Any(char.IsDigit) ? 1 : 0;
        f[i + (int)c.Verb] = c.Rule is "cloze" or "role" ? 0 : 1;
        i += VerbClassCount;
        for (var v = 0; v < VerbClassCount; v++)
        {
            f[i + v] = (ctx.Verbs[c.Sentence] >> v & 1) != 0 ? 1 : 0;
        }
    }

    private static readonly int VerbClassCount = Enum.GetValues<VerbClass>().Length;

    /// <summary>A cloze gap that only modifies the noun after it ("a _____ meeting", "the _____ baseline tariff").</summary>
    private static bool GapModifier(Candidate c, Document doc)
    {
        if (c.Rule != "cloze" || c.Answers.Count == 0)
        {
            return false;
        }

        var m = c.Answers[0];
        if (m.Counted is not null || m.End >= doc.Tokens.Count || m.End >= doc.Sentences[c.Sentence].End)
        {
            return false;
        }

        return Modifier.ModifiesNoun(doc, m.End, doc.Sentences[c.Sentence].End);
    }

    /// <summary>The share of the sentence's content words the prompt keeps: the cues a student reads.</summary>
    private static double Kept(string prompt, HashSet<string> sentenceWords)
    {
        if (sentenceWords.Count == 0)
        {
            return 0;
        }

        var kept = 0;
        foreach (var w in ContentWords(prompt))
        {
            if (sentenceWords.Contains(w))
            {
                kept++;
            }
        }

        return Math.Min(1.0, (double)kept / sentenceWords.Count);
    }

    private static IEnumerable<string> ContentWords(string text)
    {
        foreach (var raw in text.Split([' ', ',', '?', '.', '"', ':', ';', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            var w = raw.ToLowerInvariant();
            if (w.EndsWith("'s", StringComparison.Ordinal))
            {
                w = w[..^2];
            }

            if (w.Length >= 4 && char.IsLetter(w[0]) && !TitleStop.Contains(w))
            {
                yield return w;
            }
        }
    }
}
