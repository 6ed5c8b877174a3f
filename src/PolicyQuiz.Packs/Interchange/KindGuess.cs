using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Packs.Interchange;

/// <summary>What a question asks about, guessed from its first word when the file does not say (else "what").</summary>
internal static class KindGuess
{
    public static QuestionKind FromPrompt(string prompt)
    {
        var trimmed = prompt.TrimStart();
        var end = 0;
        while (end < trimmed.Length && char.IsLetter(trimmed[end]))
        {
            end++;
        }

        return trimmed[..end].ToLowerInvariant() switch
        {
            "who" or "whom" or "whose" => QuestionKind.Who,
            "where" => QuestionKind.Where,
            "when" => QuestionKind.When,
            "why" => QuestionKind.Why,
            "how" => QuestionKind.How,
            _ => QuestionKind.What,
        };
    }
}
