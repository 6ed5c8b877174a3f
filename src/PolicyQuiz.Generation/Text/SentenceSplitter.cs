using System.Collections.Frozen;
using System.Runtime.InteropServices;

namespace PolicyQuiz.Generation.Text;

/// <summary>A sentence as a range of tokens [Start, End).</summary>
public readonly record struct SentenceSpan(int Start, int End);

/// <summary>
/// Finds sentence ends: . ! ? (and a closing quote after them) before a capital, digit or quote;
/// a paragraph break; a short heading line. Abbreviations (Mr., Feb., Gen.), initials and
/// initialisms (U.S., a.m.) end a sentence only when an ordinary sentence-starting word follows.
/// </summary>
public static class SentenceSplitter
{
    private static readonly FrozenSet<string> Starters = FrozenSet.Create(
        StringComparer.Ordinal,
        [
            "the", "a", "an", "it", "he", "she", "they", "we", "i", "this", "that", "these", "those", "there", "but", "and", "in", "on", "at",
            "his", "her", "its", "their", "our", "after", "before", "while", "when", "as", "if", "since", "for", "with", "under", "over", "what",
            "some", "many", "both", "no", "nobody", "others", "also", "yet", "still", "so", "then", "however", "meanwhile", "asked", "according",
            "during", "within", "by", "from", "to", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "all", "most",
        ]);

    private static readonly FrozenSet<string> TimeFollowers = FrozenSet.Create(
        StringComparer.Ordinal,
        [
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "gmt", "utc", "et", "est", "edt", "pt", "cet", "bst", "local",
        ]);

    public static List<SentenceSpan> Split(string text, List<Token> list)
    {
        var sentences = new List<SentenceSpan>(list.Count / 18 + 1);
        // the tokens read in place, not copied out of the list one by one
        var tokens = (ReadOnlySpan<Token>)CollectionsMarshal.AsSpan(list);
        var start = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            ref readonly var t = ref tokens[i];
            if ((t.Classes & WordClass.Stop) == 0 && (i + 1 == tokens.Length || !tokens[i + 1].BreakBefore))
            {
                // neither a full stop nor before a line break (most tokens): no rule below ends the sentence here
                continue;
            }

            var end = -1;
            if (i + 1 < tokens.Length && tokens[i + 1].ParagraphBefore)
            {
                end = i + 1;
            }
            else if (t.Kind == TokenKind.Punct && (t.Text[0] is '.' or '!' or '?'))
            {
                var j = i + 1;
                while (j < tokens.Length && tokens[j].Kind == TokenKind.Punct && (tokens[j].Text[0] is '"' or '\'' or ')' or ']' or '.' or '!' or '?') && !tokens[j].BreakBefore && !OpensQuote(tokens, j))
                {
                    j++;
                }

                if (j >= tokens.Length || StartsSentence(tokens[j]) || tokens[j].BreakBefore)
                {
                    end = j;
                }
            }
            else if (t.Kind == TokenKind.Word && t.Text[^1] == '.' && i + 1 < tokens.Length)
            {
                ref readonly var next = ref tokens[i + 1];
                if (next.BreakBefore)
                {
                    end = i + 1;
                }
                else if (!t.Has(WordClass.Title) && (next.IsCapitalized || next.Kind == TokenKind.Punct && next.Text[0] == '"'))
                {
                    var ampm = t.Lower is "a.m." or "p.m.";
                    // "a post on X. Prime Minister ...": a lone capital after a lowercase word is a name, not an initial
                    var loneLetter = t.Text.Length == 2 && char.IsUpper(t.Text[0]) && i > start && tokens[i - 1].Kind == TokenKind.Word && char.IsLower(tokens[i - 1].Text[0])
                        && next.Has(WordClass.Role | WordClass.RoleStart);
                    if (loneLetter
                        || (Starters.Contains(next.Lower) && !(next.Lower is "a" && i + 2 < tokens.Length && tokens[i + 2].Text == "."))
                        || (ampm && !TimeFollowers.Contains(next.Lower) && !(i + 2 < tokens.Length && tokens[i + 2].Lower == "time"))
                        || (t.Lower is "etc." or "inc." or "corp." or "co." or "ltd." or "jr." or "sr." && !next.Lower.Equals("and", StringComparison.Ordinal)))
                    {
                        end = i + 1;
                    }
                }
            }
            else if (i + 1 < tokens.Length && tokens[i + 1].BreakBefore && IsHeadingBreak(text, tokens, start, i))
            {
                end = i + 1;
            }

            if (end > start)
            {
                sentences.Add(new SentenceSpan(start, end));
                start = end;
                i = end - 1;
            }
        }

        if (start < tokens.Length)
        {
            sentences.Add(new SentenceSpan(start, tokens.Length));
        }

        return sentences;
    }

    private static bool OpensQuote(ReadOnlySpan<Token> tokens, int j) =>
        tokens[j].Text[0] == '"' && j + 1 < tokens.Length && tokens[j + 1].Start == tokens[j].End && j > 0 && tokens[j - 1].End < tokens[j].Start;

    private static bool StartsSentence(in Token t) =>
        t.Kind == TokenKind.Number || t.Kind == TokenKind.Symbol || (t.Kind == TokenKind.Word && (char.IsUpper(t.Text[0]) || char.IsDigit(t.Text[0])))
        || (t.Kind == TokenKind.Punct && t.Text[0] is '"' or '\'' or '(' or '[' or '\u2014');

    /// <summary>A single line break ends a sentence after a short line without final punctuation (a heading).</summary>
    private static bool IsHeadingBreak(string text, ReadOnlySpan<Token> tokens, int sentenceStart, int i)
    {
        ref readonly var t = ref tokens[i];
        if (t.Kind == TokenKind.Punct && t.Text[0] is ',' or ';' or '-' or '(')
        {
            return false;
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(0, t.Start - 1)) + 1;
        if (t.End - lineStart >= 90)
        {
            return false;
        }

        ref readonly var next = ref tokens[i + 1];
        return StartsSentence(next) && !(t.Kind == TokenKind.Word && t.Has(WordClass.Determiner)) && !t.Has(WordClass.Preposition);
    }
}
