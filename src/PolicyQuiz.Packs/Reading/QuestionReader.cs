using System.Runtime.CompilerServices;
using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Packs.Reading;

/// <summary>Reads and checks one question node: keys, slug, type, kind and every rule of its type.</summary>
internal sealed class QuestionReader(Fields fields)
{
    private static readonly Dictionary<string, QuestionType> Types =
        Enum.GetValues<QuestionType>().ToDictionary(t => t.Name(), StringComparer.Ordinal);

    private static readonly Dictionary<string, QuestionKind> Kinds =
        Enum.GetValues<QuestionKind>().ToDictionary(k => k.Name(), StringComparer.Ordinal);

    private static readonly string TypeNames = string.Join(", ", Enum.GetValues<QuestionType>().Select(t => t.Name()));
    private static readonly string KindNames = string.Join(", ", Enum.GetValues<QuestionKind>().Select(k => k.Name()));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadQuestion Read(Node node)
    {
        if (node is not MappingNode q)
        {
            fields.Report(node, $"a question must be a mapping of keys (id:, type:, kind:, prompt:, answer:, ...), not {node.Describe()}");
            return default;
        }

        var before = fields.Diagnostics.Count;
        var idNode = q.Find("id");
        var id = idNode is null ? null : fields.Text(idNode, "the question id");
        if (id is not null && !Slug.IsValid(id))
        {
            fields.Report(idNode!, $"the question id {Quote.Of(id)} is not a slug: use lowercase letters, digits and single hyphens, like who-proposed-the-talks");
        }

        fields.CheckKeys(q, "question", id, PackKeys.Question, PackKeys.QuestionRequired);
        var type = ReadType(q);
        var kind = ReadKind(q);
        var promptNode = q.Find("prompt");
        var prompt = promptNode is null ? null : fields.Text(promptNode, "the prompt");
        var explanation = fields.OptionalText(q, "explanation", "the explanation");
        var evidence = fields.OptionalText(q, "evidence", "the evidence");
        var sourceNode = q.Find("source");
        var source = sourceNode is null ? null : fields.Text(sourceNode, "the source");
        var tags = fields.OptionalTextList(q, "tags", "tags", "tags: [russia, trade]");
        var extra = fields.Extra(q);

        var answers = new AnswerSet();
        var answer = EquatableList<string>.Empty;
        var pairs = EquatableList<MatchPair>.Empty;
        var accept = EquatableList<string>.Empty;
        var distractors = EquatableList<string>.Empty;
        if (type is { } t)
        {
            if (q.Find("answer") is { } answerNode)
            {
                (answer, pairs) = ReadAnswer(t, answerNode, answers);
            }

            accept = ReadAccept(t, q, answers);
            distractors = ReadDistractors(t, q, answers);
            if (t == QuestionType.Cloze && prompt is not null)
            {
                CheckGap(promptNode!, prompt);
            }
        }

        var sourceReference = source is null ? null : (ScalarNode)sourceNode!;
        if (fields.Diagnostics.Count != before || id is null || type is null || kind is null || prompt is null)
        {
            return new ReadQuestion(null, idNode as ScalarNode, id, sourceReference);
        }

        var question = new Question
        {
            Id = id,
            Type = type.Value,
            Kind = kind.Value,
            Prompt = prompt,
            Answer = answer,
            Pairs = pairs,
            Accept = accept,
            Distractors = distractors,
            Explanation = explanation,
            Source = source is null ? null : fields.Intern(source),
            Evidence = evidence,
            Tags = tags,
            ExtraJson = extra,
        };
        return new ReadQuestion(question, (ScalarNode)idNode!, id, sourceReference);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private QuestionType? ReadType(MappingNode q)
    {
        if (q.Find("type") is not { } node || fields.Text(node, "the type") is not { } text)
        {
            return null;
        }

        if (Types.TryGetValue(text, out var type))
        {
            return type;
        }

        var hint = KeySuggestion.Closest(text, [.. Enum.GetValues<QuestionType>().Select(x => x.Name())]);
        fields.Report(node, $"unknown question type {Quote.Of(text)}; use one of {TypeNames}" + (hint is null ? string.Empty : $" (did you mean '{hint}'?)"));
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private QuestionKind? ReadKind(MappingNode q)
    {
        if (q.Find("kind") is not { } node || fields.Text(node, "the kind") is not { } text)
        {
            return null;
        }

        if (Kinds.TryGetValue(text, out var kind))
        {
            return kind;
        }

        fields.Report(node, $"unknown question kind {Quote.Of(text)}; use one of {KindNames}");
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (EquatableList<string> Answer, EquatableList<MatchPair> Pairs) ReadAnswer(QuestionType type, Node node, AnswerSet answers)
    {
        switch (type)
        {
            case QuestionType.Choice or QuestionType.Short or QuestionType.Cloze:
                if (node is SequenceNode)
                {
                    fields.Report(node, type == QuestionType.Choice
                        ? "a choice question has one answer, not a list; for several correct answers use type: multi"
                        : $"the answer of a {type.Name()} question is one text, not a list; put other spellings under accept:");
                    return default;
                }

                if (fields.Text(node, "the answer") is { } single)
                {
                    answers.Add(single);
                    return (new EquatableList<string>([single]), EquatableList<MatchPair>.Empty);
                }

                return default;

            case QuestionType.TrueFalse:
                return (ReadTrueFalse(node), EquatableList<MatchPair>.Empty);

            case QuestionType.Multi:
                return (ReadAnswerList(node, answers, minimum: 1, "a multi answer", "the correct options"), EquatableList<MatchPair>.Empty);

            case QuestionType.Order:
                return (ReadAnswerList(node, answers, minimum: 2, "an order answer", "the items in order"), EquatableList<MatchPair>.Empty);

            default:
                return (EquatableList<string>.Empty, ReadPairs(node, answers));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private EquatableList<string> ReadTrueFalse(Node node)
    {
        if (node is ScalarNode { IsNull: false } scalar)
        {
            var text = scalar.Value.Trim();
            if (text.Equals("true", StringComparison.OrdinalIgnoreCase))
            {
                return new EquatableList<string>(["true"]);
            }

            if (text.Equals("false", StringComparison.OrdinalIgnoreCase))
            {
                return new EquatableList<string>(["false"]);
            }

            fields.Report(node, $"a truefalse answer is true or false, not {Quote.Of(scalar.Value)}");
        }
        else
        {
            fields.Report(node, $"a truefalse answer is true or false, not {node.Describe()}");
        }

        return EquatableList<string>.Empty;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private EquatableList<string> ReadAnswerList(Node node, AnswerSet answers, int minimum, string what, string content)
    {
        if (node is not SequenceNode sequence)
        {
            fields.Report(node, $"{what} is a list of {content}, not {node.Describe()}");
            return EquatableList<string>.Empty;
        }

        var items = fields.TextList(node, "the answer", "[a, b]") ?? [];
        foreach (var (text, itemNode) in items)
        {
            if (!answers.Add(text))
            {
                fields.Report(itemNode, $"{Quote.Of(text)} appears twice in the answer");
            }
        }

        if (sequence.Items.Count < minimum)
        {
            fields.Report(node, $"{what} needs at least {minimum} {(minimum == 1 ? "item" : "items")}; it has {sequence.Items.Count}");
        }

        return new EquatableList<string>(items.Select(i => fields.Intern(i.Text)));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private EquatableList<MatchPair> ReadPairs(Node node, AnswerSet answers)
    {
        const string Shape = "each pair is one 'left: right' entry, like - Kirill Dmitriev: Russian Direct Investment Fund";
        if (node is not SequenceNode sequence)
        {
            fields.Report(node, $"a match answer is a list of pairs ({Shape}), not {node.Describe()}");
            return EquatableList<MatchPair>.Empty;
        }

        var lefts = new AnswerSet();
        var rights = new AnswerSet();
        var pairs = new List<MatchPair>(sequence.Items.Count);
        foreach (var item in sequence.Items)
        {
            if (item is not MappingNode { Entries.Count: 1 } pair)
            {
                fields.Report(item, $"a match pair must be a mapping with exactly one key: {Shape}");
                continue;
            }

            var entry = pair.Entries[0];
            var left = fields.Text(entry.Key, "the left side of a pair");
            var right = fields.Text(entry.Value, "the right side of a pair");
            if (left is not null && !lefts.Add(left))
            {
                fields.Report(entry.Key, $"the left side {Quote.Of(left)} appears in two pairs");
            }

            if (right is not null && !rights.Add(right))
            {
                fields.Report(entry.Value, $"the right side {Quote.Of(right)} appears in two pairs");
            }

            if (left is not null && right is not null)
            {
                answers.Add(left);
                answers.Add(right);
                pairs.Add(new MatchPair(left, right));
            }
        }

        if (sequence.Items.Count < 2)
        {
            fields.Report(node, $"a match answer needs at least 2 pairs; it has {sequence.Items.Count}");
        }

        return new EquatableList<MatchPair>(pairs);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private EquatableList<string> ReadAccept(QuestionType type, MappingNode q, AnswerSet answers)
    {
        if (q.Find("accept") is not { } node)
        {
            return EquatableList<string>.Empty;
        }

        if (type is not (QuestionType.Choice or QuestionType.Short or QuestionType.Cloze))
        {
            fields.Report(node, $"accept is only for answers typed in (choice, short and cloze questions), not for {Article(type)} {type.Name()} question");
            return EquatableList<string>.Empty;
        }

        var items = fields.TextList(node, "accept", "accept: [Putin]");
        if (items is null)
        {
            return EquatableList<string>.Empty;
        }

        foreach (var (text, _) in items)
        {
            answers.Add(text);
        }

        return new EquatableList<string>(items.Select(i => i.Text));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private EquatableList<string> ReadDistractors(QuestionType type, MappingNode q, AnswerSet answers)
    {
        var node = q.Find("distractors");
        var needed = type is QuestionType.Choice or QuestionType.Multi;
        if (node is null)
        {
            if (needed)
            {
                fields.Report(q, $"a {type.Name()} question needs at least 3 distractors (wrong options); it has none");
            }

            return EquatableList<string>.Empty;
        }

        if (type is QuestionType.TrueFalse or QuestionType.Order or QuestionType.Match)
        {
            fields.Report(node, $"{Article(type)} {type.Name()} question has no distractors; remove them");
            return EquatableList<string>.Empty;
        }

        var items = fields.TextList(node, "distractors", "distractors: [Donald Trump, Kirill Dmitriev, Elon Musk]");
        if (items is null)
        {
            return EquatableList<string>.Empty;
        }

        var seen = new AnswerSet();
        foreach (var (text, itemNode) in items)
        {
            if (answers.Contains(text))
            {
                fields.Report(itemNode, $"the distractor {Quote.Of(text)} is also an answer");
            }
            else if (!seen.Add(text))
            {
                fields.Report(itemNode, $"the distractor {Quote.Of(text)} is listed twice");
            }
        }

        var count = ((SequenceNode)node).Items.Count;
        if (needed && count < 3)
        {
            fields.Report(node, $"a {type.Name()} question needs at least 3 distractors (wrong options); it has {count}");
        }

        return new EquatableList<string>(items.Select(i => fields.Intern(i.Text)));
    }

    private static string Article(QuestionType type) => type == QuestionType.Order ? "an" : "a";

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CheckGap(Node promptNode, string prompt)
    {
        var gaps = 0;
        var run = 0;
        foreach (var c in prompt)
        {
            if (c == '_')
            {
                run++;
                continue;
            }

            gaps += run >= 4 ? 1 : 0;
            run = 0;
        }

        gaps += run >= 4 ? 1 : 0;
        if (gaps == 0)
        {
            fields.Report(promptNode, "a cloze prompt marks its gap with ____ (four or more underscores); this one has none");
        }
        else if (gaps > 1)
        {
            fields.Report(promptNode, $"a cloze prompt has exactly one gap (____); this one has {gaps}");
        }
    }
}

/// <summary>A question as read: the question when it is valid, and what the pack-level checks need either way.</summary>
internal readonly record struct ReadQuestion(Question? Question, ScalarNode? IdNode, string? Id, ScalarNode? SourceNode);
