using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Generation;

/// <summary>A drafted question before ranking: the question, where it came from and how good it looks.</summary>
public sealed class Candidate
{
    public required QuestionKind Kind { get; init; }

    public required QuestionType Type { get; set; }

    public required string Prompt { get; init; }

    public required IReadOnlyList<string> Answer
    {
        get => _answer;
        init
        {
            // the count and first answer read once here, for the drafting and ranking loops (no interface call per read there)
            _answer = value;
            AnswerCount = value.Count;
            FirstAnswer = AnswerCount > 0 ? value[0] : null;
        }
    }

    private readonly IReadOnlyList<string> _answer = [];

    /// <summary>How many answers there are (<see cref="Answer"/>'s count).</summary>
    internal int AnswerCount { get; private init; }

    /// <summary>The first answer, or null when there is none.</summary>
    internal string? FirstAnswer { get; private init; }

    public IReadOnlyList<string> Accept { get; init; } = [];

    public IReadOnlyList<string> Distractors { get; set; } = [];

    public required int Sentence { get; init; }

    /// <summary>The entity type of the answer, for distractors.</summary>
    public required EntityType AnswerType { get; init; }

    public IReadOnlyList<Mention> Answers
    {
        get => _answers;
        init
        {
            // as for Answer: the count and first mention read once
            _answers = value;
            MentionCount = value.Count;
            FirstMention = MentionCount > 0 ? value[0] : null;
        }
    }

    private readonly IReadOnlyList<Mention> _answers = [];

    /// <summary>How many answer mentions there are (<see cref="Answers"/>' count).</summary>
    internal int MentionCount { get; private init; }

    /// <summary>The first answer mention, or null when there is none.</summary>
    internal Mention? FirstMention { get; private init; }

    /// <summary>Whether <paramref name="m"/> is one of <see cref="Answers"/> (the same mention).</summary>
    internal bool Answering(Mention m)
    {
        if (MentionCount <= 1)
        {
            return MentionCount == 1 && ReferenceEquals(FirstMention, m);
        }

        for (var i = 0; i < _answers.Count; i++)
        {
            if (ReferenceEquals(_answers[i], m))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Which rule made it: role, subject, agent, when, where, amount, inverted, speaker, cloze, list.</summary>
    public required string Rule { get; init; }

    /// <summary>What the rule that made it thinks of it (a pronoun subject, a passive agent), before ranking.</summary>
    public double Bonus { get; init; }

    /// <summary>The class of the clause's main verb (say, sign, meet…); Other for cloze and role questions.</summary>
    public VerbClass Verb { get; init; }

    public double Score { get; set; }

    /// <summary>The ranker's view of it (see <see cref="RankFeatures"/>).</summary>
    public double[] Features { get; set; } = [];

    /// <summary>The first answer in <see cref="AnswerMatch"/>'s normal form (empty when there is none), worked out once for the ranker's score and its order.</summary>
    internal string AnswerKey => _answerKey ??= FirstAnswer is { } first ? AnswerMatch.Normalize(first) : string.Empty;

    private string? _answerKey;

    /// <summary>Gives <see cref="AnswerKey"/> when it is known already (the normal form of a mention's name that is the first answer).</summary>
    internal void KnownAnswerKey(string key) => _answerKey = key;

    /// <summary>A choice question whose answer is one mention, accepting that mention's other forms.</summary>
    internal static Candidate Asking(string prompt, Mention answer, int sentence, QuestionKind kind, string rule, VerbClass verb = VerbClass.Other) => new()
    {
        Kind = kind,
        Type = QuestionType.Choice,
        Prompt = prompt,
        Answer = [answer.Full],
        Accept = QuestionBuilder.AcceptFor(answer),
        Sentence = sentence,
        AnswerType = answer.Type,
        Answers = [answer],
        Rule = rule,
        Verb = verb,
    };

    public override string ToString() => $"{Score:0.00} [{Rule}] {Prompt} -> {string.Join(" | ", Answer)}";
}
