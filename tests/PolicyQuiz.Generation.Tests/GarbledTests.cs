using CsCheck;
using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Generation.Tests;

public sealed class GarbledTests
{
    private static readonly Document Doc = Given.Analyzed("Anna Lind signed the treaty in Oslo.");

    // words the rule looks at (possessives, pronouns after a fronted phrase, a possessive on a function word) and words it does not
    private static readonly Gen<string> Word = Gen.OneOfConst("Who", "Where", "did", "will", "Its", "His", "Her", "Their", "its", "he", "she", "they", "after", "visit,", "and,",
        "to's", "the's", "road", "Oslo's", "signed", "", "x", "treaties", "leaders", "here", "they're", "\u00e9s");
    private static readonly Gen<string> Prompt = Gen.Select(Word.Array[0, 40], Gen.OneOfConst(" ", "  ", "   ")).Select((words, gap) => string.Join(gap, words) + "?");

    [Fact]
    public void A_prompt_s_words_are_read_as_a_split_on_spaces_reads_them() =>
        Prompt.Sample(prompt => Ranker.Garbled(Where(prompt), Doc) == Reference(prompt));

    private static Candidate Where(string prompt) => new()
    {
        Kind = QuestionKind.Where,
        Type = QuestionType.Choice,
        Prompt = prompt,
        Answer = ["Oslo"],
        Sentence = 0,
        AnswerType = EntityType.City,
        Rule = "where",
    };

    // the rule written plainly over the words of a split on spaces, empty ones left out
    private static double Reference(string prompt)
    {
        var words = prompt.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < words.Length; i++)
        {
            var w = words[i];
            var fronted = i >= 3 && w is "he" or "she" or "they" && words[1] is "did" or "does" or "do" or "will" or "was" or "is" or "has" or "had"
                && words[i - 1].TrimEnd(',') is not ("that" or "whether" or "if" or "and" or "but" or "when" or "after" or "before" or "as" or "because" or "while" or "until" or "where" or "which" or "who");
            var possessive = w.EndsWith("'s", StringComparison.Ordinal) && w.Length > 2 && char.IsLower(w[0])
                && w[..^2] is "to" or "the" or "a" or "an" or "of" or "in" or "on" or "at" or "by" or "for" or "with" or "from" or "and" or "or";
            if (w is "Its" or "His" or "Her" or "Their" || fronted || possessive)
            {
                return 2;
            }
        }

        return 0;
    }
}
