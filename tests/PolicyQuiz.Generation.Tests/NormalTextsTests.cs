using CsCheck;

namespace PolicyQuiz.Generation.Tests;

public sealed class NormalTextsTests
{
    // texts that fold to the same normal form often: case, punctuation, leading stop words, non-ASCII letters
    private static readonly Gen<string> Word = Gen.OneOfConst("The", "the", "of", "a", "ON", "An", "Geneva", "GENEVA", "talks", "talks?", "'s", "\u2019s", "-", "'", "caf\u00e9", "Caf\u00c9", "\u2019", "", "_____", "U.S.", "us", "x");
    private static readonly Gen<string> Text = Gen.Select(Word.Array[0, 8], Gen.OneOfConst(" ", ", ", "  ", "")).Select((words, gap) => string.Join(gap, words));

    [Fact]
    public void Adding_answers_as_a_set_of_normalised_strings_would()
    {
        // one set per sample (samples run in parallel), emptied and used again as the ranker uses it
        Text.Array[0, 40].Sample(texts =>
        {
            var set = new NormalTexts();
            set.Add("the talks in Geneva");
            set.Clear();
            var reference = new HashSet<string>(StringComparer.Ordinal);
            foreach (var text in texts)
            {
                if (set.Add(text) != reference.Add(AnswerMatch.Normalize(text)))
                {
                    return false;
                }
            }

            return true;
        }, iter: 2000);
    }

    [Fact]
    public void Texts_of_one_normal_form_share_the_key_read_from_their_last_word() =>
        Gen.Select(Text, Text).Sample((a, b) => AnswerMatch.Normalize(a) != AnswerMatch.Normalize(b) || AnswerMatch.LastWordKey(a) == AnswerMatch.LastWordKey(b), iter: 5000);

    [Fact]
    public void The_normal_form_is_the_text_s_words_folded_without_leading_stop_words() =>
        Gen.Select(Text, Gen.OneOfConst("", " ", ".", "the ", "\u0130", "\u212a"), Gen.OneOfConst("", " ", "?", " of")).Sample((text, before, after) =>
        {
            var raw = before + text + after;
            var buffer = new char[raw.Length];
            return new string(buffer, 0, AnswerMatch.Fold(raw, buffer)) == ReferenceFold(raw);
        }, iter: 5000);

    // the rule written plainly: lowercase, split on anything but letters, digits, _ ' - (a right quote is an apostrophe),
    // leading stop words dropped, words joined by single spaces
    private static string ReferenceFold(string text)
    {
        var folded = text.Select(raw => raw == '\u2019' ? '\'' : char.ToLowerInvariant(raw)).Select(c => char.IsLetterOrDigit(c) || c is '_' or '\'' or '-' ? c : ' ');
        var words = new string(folded.ToArray()).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.SkipWhile(w => w is "on" or "in" or "the" or "a" or "an" or "at" or "by" or "of"));
    }

    [Fact]
    public void Two_texts_compared_word_by_word_are_the_same_when_their_normal_forms_are() =>
        Gen.Select(Text, Text).Sample((a, b) => AnswerMatch.SameNormal(a, b) == (AnswerMatch.Normalize(a) == AnswerMatch.Normalize(b))
            && AnswerMatch.SameNormal(a, a.ToUpperInvariant() + "?") == (AnswerMatch.Normalize(a) == AnswerMatch.Normalize(a.ToUpperInvariant() + "?")), iter: 5000);

    [Fact]
    public void Grows_past_its_first_room()
    {
        var set = new NormalTexts();
        var filler = new string('x', 3000);
        for (var i = 0; i < 200; i++)
        {
            Assert.True(set.Add($"{filler} {i}"));
        }

        for (var i = 0; i < 200; i++)
        {
            Assert.False(set.Add($"The {filler.ToUpperInvariant()}, {i}?"));
        }
    }
}
