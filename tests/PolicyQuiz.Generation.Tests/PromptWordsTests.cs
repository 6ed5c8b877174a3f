using CsCheck;

namespace PolicyQuiz.Generation.Tests;

public sealed class PromptWordsTests
{
    private static readonly string[] Vague = ["it", "they", "them", "this", "that", "these", "those", "he", "she", "him", "her", "its", "their"];

    // words the rule looks at, in any case, with dots and commas, and words it does not (some of them only after lowercasing beyond
    // ASCII: "th\u0130s" reads "this")
    private static readonly Gen<string> Word = Gen.OneOfConst("It", "they", "THEM", "this.", "That", "he", "She", "her", "its", "Their", "we", "We", "our", "my", "me", "you", "us", "US", "I", "i", "Uss", "Geneva", "Who", "signed", "...", "", "\u0130t", "caf\u00e9", "these", "Those", "him", "Me", "OUR", "yOu", "..it.", "thee", "hers", "theirs", "\u0130ts", "th\u0130s", "h\u0130m", "Th\u0130s", "the", "To", "of", "said", "in", "Was");
    private static readonly Gen<string> Prompt = Gen.Select(Word.Array[0, 14], Gen.OneOfConst(" ", ", ", " ,", "  ")).Select((words, gap) => string.Join(gap, words) + "?");

    [Fact]
    public void A_prompt_s_words_vague_pronouns_and_first_person_are_counted_as_a_plain_split_counts_them() =>
        Prompt.Sample(prompt => Ranker.PromptWords(prompt) == Reference(prompt));

    [Fact]
    public void Prompts_of_every_length_around_the_32_character_blocks_are_counted_as_a_plain_split_counts_them()
    {
        // the separators are read 32 characters at a time: a word may end at a block's edge, or the prompt with a block
        for (var length = 1; length <= 100; length++)
        {
            foreach (var pattern in new[] { "it ", "We, ", "abcdefg ", "x", "..it. " })
            {
                var prompt = string.Concat(Enumerable.Repeat(pattern, length))[..length];
                Assert.Equal(Reference(prompt), Ranker.PromptWords(prompt));
            }
        }
    }

    // the rule written plainly: split on spaces, commas and question marks, dots trimmed, short words lowercased
    private static (int Count, int Vague, bool FirstPerson) Reference(string prompt)
    {
        var words = prompt.Split([' ', ',', '?']).Select(w => w.Trim('.')).Where(w => w.Length > 0).ToList();
        var shortWords = words.Where(w => w.Length <= 5).ToList();
        var vague = shortWords.Count(w => Vague.Contains(w.ToLowerInvariant()));
        var firstPerson = shortWords.Any(w => w.ToLowerInvariant() is "we" or "our" or "my" or "me" or "you" || w is "us" or "I");
        return (words.Count, vague, firstPerson);
    }
}
