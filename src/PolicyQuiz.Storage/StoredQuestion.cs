using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Storage;

/// <summary>A question as its row in table questions holds it (lists as JSON text), with its content hash.</summary>
internal sealed record StoredQuestion(
    string Id,
    string Type,
    string Kind,
    string Prompt,
    string AnswerJson,
    string PairsJson,
    string AcceptJson,
    string DistractorsJson,
    string? Explanation,
    string? SourceId,
    string? Evidence,
    string TagsJson,
    string? ExtraJson,
    string ContentHash)
{
    public static StoredQuestion From(Question question) => From(question, QuestionHash.Of(question));

    public static StoredQuestion From(Question question, string hash)
    {
        var type = question.Type.Name();
        var kind = question.Kind.Name();
        var answer = JsonColumns.Strings(question.Answer);
        var pairs = JsonColumns.Pairs(question.Pairs);
        var accept = JsonColumns.Strings(question.Accept);
        var distractors = JsonColumns.Strings(question.Distractors);
        var tags = JsonColumns.Strings(question.Tags);
        return new StoredQuestion(
            question.Id, type, kind, question.Prompt, answer, pairs, accept, distractors,
            question.Explanation, question.Source, question.Evidence, tags, question.ExtraJson, hash);
    }

    public Question ToQuestion()
    {
        if (!QuestionNames.TryParseType(Type, out var type) || !QuestionNames.TryParseKind(Kind, out var kind))
        {
            throw new BankException($"damaged question {Id} in the bank: type '{Type}', kind '{Kind}'");
        }

        return new Question
        {
            Id = Id,
            Type = type,
            Kind = kind,
            Prompt = Prompt,
            Answer = JsonColumns.ReadStrings(AnswerJson),
            Pairs = JsonColumns.ReadPairs(PairsJson),
            Accept = JsonColumns.ReadStrings(AcceptJson),
            Distractors = JsonColumns.ReadStrings(DistractorsJson),
            Explanation = Explanation,
            Source = SourceId,
            Evidence = Evidence,
            Tags = JsonColumns.ReadStrings(TagsJson),
            ExtraJson = ExtraJson,
        };
    }

    /// <summary>True when what a student answers differs: the prompt or the answer (answer list or pairs).</summary>
    public bool AsksDifferentlyThan(string prompt, string answerJson, string pairsJson) =>
        !string.Equals(Prompt, prompt, StringComparison.Ordinal)
        || !string.Equals(AnswerJson, answerJson, StringComparison.Ordinal)
        || !string.Equals(PairsJson, pairsJson, StringComparison.Ordinal);
}
