using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Generation;

/// <summary>A drafted question before ranking: the question, where it came from and how good it looks.</summary>
public sealed class Candidate
{
    public required QuestionKind Kind { get; init; }

    public required QuestionType Type { get; set; }

    public required string Prompt { get; init; }

    public required IReadOnlyList<string> Answer { get; init; }

    public IReadOnlyList<string> Accept { get; init; } = [];

    public IReadOnlyList<string> Distractors { get; set; } = [];

    public required int Sentence { get; init; }

    /// <summary>The entity type of the answer, for distractors.</summary>
    public required EntityType AnswerType { get; init; }

    public IReadOnlyList<Mention> Answers { get; init; } = [];

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
    internal string AnswerKey => _answerKey ??= Answer.Count == 0 ? string.Empty : AnswerMatch.Normalize(Answer[0]);

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
