using CsCheck;
using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation.Tests.Text;

public sealed class WordSetTests
{
    // short words over few letters, so that many share a length and their first, middle and last letters
    private static readonly Gen<string[]> Words = Gen.String[Gen.Char["abé"], 0, 6].Array[0, 200];

    [Fact]
    public void It_answers_as_a_hash_set_of_strings() =>
        Gen.Select(Words, Words).Sample((added, asked) =>
        {
            var set = new WordSet();
            var expected = new HashSet<string>(StringComparer.Ordinal);
            foreach (var word in added)
            {
                set.Add(word);
                expected.Add(word);
            }

            return set.Count == expected.Count && asked.Concat(added).All(word => set.Contains(word) == expected.Contains(word));
        });

    [Fact]
    public void An_equal_word_in_another_string_is_found()
    {
        var set = new WordSet();
        set.Add(new string("sharaa".AsSpan()));
        Assert.True(set.Contains(new string("sharaa".AsSpan())));
        set.Add(new string("sharaa".AsSpan()));
        Assert.Equal(1, set.Count);
    }
}
