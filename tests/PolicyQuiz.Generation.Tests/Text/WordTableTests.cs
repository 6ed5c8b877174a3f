using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation.Tests.Text;

public sealed class WordTableTests
{
    [Fact]
    public void The_vector_scan_of_an_ascii_run_ends_and_hashes_as_the_general_path()
    {
        // runs of every length up to 40, ended by each kind of character (or by the end of the text, where fewer than
        // eight characters are left), at every offset within a chunk
        var random = new Random(7);
        const string word = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        string[] ends = ["", " ", ".", "-", "'", ",", "\n", "\u00e9", "\u0301", "\u2014", "@", "[", "`", "{", "/", ":", "\u0100", "\uFF21"];
        for (var length = 1; length <= 40; length++)
        {
            foreach (var end in ends)
            {
                for (var offset = 0; offset < 9; offset++)
                {
                    var run = new string([.. Enumerable.Range(0, length).Select(k => word[k == 0 ? random.Next(52) : random.Next(word.Length)])]);
                    var text = new string(' ', offset) + run + end + (random.Next(2) == 0 ? " and more words" : string.Empty);

                    var stop = WordHash.ScanAsciiRun(text, offset, out var hash);

                    Assert.Equal(offset + length, stop);
                    Assert.Equal(WordHash.Of(run), hash);
                    Assert.True(hash >= 0);
                }
            }
        }
    }

    [Fact]
    public void Words_are_found_by_their_characters()
    {
        var table = new WordTable<WordInfo>();
        string[] words = ["a", "an", "the", "abcdefgh", "abcdefghi", "Sixteen-letters!", "caf\u00e9", "\u0645\u0635\u0631", "x y"];
        foreach (var w in words)
        {
            table.Add(w, new WordInfo(w.ToLowerInvariant(), WordClass.None));
        }

        foreach (var w in words)
        {
            Assert.True(table.TryGet(("<" + w + ">").AsSpan(1, w.Length), out var key, out var info));
            Assert.Equal(w, key);
            Assert.Equal(w.ToLowerInvariant(), info.Lower);
        }

        Assert.False(table.TryGet("abcdefg", out _, out _));
        Assert.False(table.TryGet("abcdefgh\0", out _, out _));
    }
}

public sealed class LexiconVerbTests
{
    [Fact]
    public void Verb_forms_are_found_as_in_the_lexicon_dictionary()
    {
        foreach (var (form, verb) in Lexicon.VerbForms)
        {
            Assert.Same(verb, Lexicon.Verb(form));
        }

        foreach (var word in new[] { "", "the", "Said", "sai", "saidd", "caf\u00e9", "travelledx", "announcements" })
        {
            Assert.Equal(Lexicon.VerbForms.GetValueOrDefault(word), Lexicon.Verb(word));
        }
    }
}
