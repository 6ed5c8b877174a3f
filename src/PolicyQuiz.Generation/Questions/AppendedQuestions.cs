using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Generation;

/// <summary>
/// The questions that follow an article's ranked ones: up to two true/false statements and one
/// order question per article, and one order question across a pack of several articles. They come
/// after the ranked window on purpose: their answers (true, false, a list) are not words of the article.
/// </summary>
internal static class AppendedQuestions
{
    public const int TrueFalsePerArticle = 2;

    /// <summary>Adds the article's appended questions; returns its dated events, which the pack-wide order question is drawn from.</summary>
    public static List<DatedEvent> Add(List<Question> result, Document doc, Distractors distractors, string sourceId, QuestionIds ids, List<Clause>[]? clauses = null)
    {
        // statements only where one can come from: the opening sentences and sentences with a date (each looked at once)
        var dated = OrderBuilder.DatedSentences(doc);
        var statements = Statements(doc, s => s < TrueFalseBuilder.FirstSentences || dated[s], clauses);
        foreach (var d in TrueFalseBuilder.Build(doc, distractors, statements, TrueFalsePerArticle))
        {
            result.Add(ToQuestion(d, sourceId, ids));
        }

        var events = OrderBuilder.Events(doc, statements, sourceId, dated);
        if (OrderBuilder.Build(events) is { } order)
        {
            result.Add(ToQuestion(order, sourceId, ids));
        }

        return events;
    }

    /// <summary>The clauses (as the question builder frames them) that stand on their own as statements, in the chosen sentences.</summary>
    /// <param name="clauses">The frames the question builder already found per sentence, reused instead of parsing again.</param>
    internal static List<Statement> Statements(Document doc, Func<int, bool>? which = null, List<Clause>[]? clauses = null)
    {
        var statements = new List<Statement>();
        Mention? lastSubject = null;
        for (var s = 0; s < doc.Sentences.Count; s++)
        {
            if (which is not null && !which(s))
            {
                continue;
            }

            var found = clauses?[s] ?? ClauseFinder.Find(doc, s, ref lastSubject);
            if (found.Count == 0 || Statement.OwnWords(doc, s))
            {
                // quoted or first-person words: no clause of the sentence stands on its own
                continue;
            }

            foreach (var clause in found)
            {
                if (Statement.From(doc, clause, keepFront: true, cutSubordinate: true, sentenceChecked: true) is { } statement)
                {
                    statements.Add(statement);
                }
            }
        }

        return statements;
    }

    /// <summary>With two or more articles, one order question from events of at least two of them.</summary>
    /// <param name="perArticle">The dated events of each article generated, as <see cref="Add"/> returned them.</param>
    public static void AddAcrossArticles(List<Question> questions, IReadOnlyList<IReadOnlyList<DatedEvent>> perArticle, QuestionIds ids)
    {
        if (perArticle.Count > 1 && OrderBuilder.Build(perArticle) is { SourceId: { } source } order)
        {
            questions.Add(ToQuestion(order, source, ids, "events across the articles"));
        }
    }

    private static Question ToQuestion(Drafted d, string sourceId, QuestionIds ids, string? idText = null)
    {
        return new Question
        {
            Id = ids.Claim(sourceId, idText ?? d.Prompt),
            Type = d.Type,
            Kind = d.Kind,
            Prompt = Clean(d.Prompt),
            Answer = CleanAll(d.Answer),
            Explanation = d.Explanation is null ? null : Clean(d.Explanation),
            Source = sourceId,
            Evidence = d.Evidence,
        };
    }

    private static string Clean(string text) => Text.Sanitized.Line(text);

    /// <summary>Each text cleaned into an array the list wraps (no LINQ pipeline and second copy per question).</summary>
    private static EquatableList<string> CleanAll(IReadOnlyList<string> texts)
    {
        var cleaned = new string[texts.Count];
        for (var i = 0; i < cleaned.Length; i++)
        {
            cleaned[i] = Clean(texts[i]);
        }

        return EquatableList<string>.Wrap(cleaned);
    }
}
