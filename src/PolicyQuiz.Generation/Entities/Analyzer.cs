using System.Runtime.InteropServices;
using PolicyQuiz.Generation.Reading;
using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation;

/// <summary>Runs the reading stages over one article: normalise, tokens, sentences, mentions, who-is-who, roles.</summary>
public static class Analyzer
{
    public static Document Analyze(Article article)
    {
        var text = TextNormalizer.Normalize(article.Body);
        var tokens = Tokenizer.Tokenize(text.Text);
        var sentences = SentenceSplitter.Split(text.Text, tokens);
        var doc = new Document(article, text, tokens, sentences);
        var seen = CapitalisedMidSentence(tokens, sentences);
        var used = new bool[tokens.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            TimeFinder.Find(doc, s, used);
            AmountFinder.Find(doc, s, used);
            NameFinder.Find(doc, s, used, seen);
        }

        doc.SortMentions();
        Coreference.Resolve(doc);
        Roles.Find(doc);
        return doc;
    }

    internal static WordSet CapitalisedMidSentence(List<Token> tokens, List<SentenceSpan> sentences)
    {
        var seen = new WordSet();
        // the tokens read in place, not copied out of the list one by one
        var all = CollectionsMarshal.AsSpan(tokens);
        foreach (var s in sentences)
        {
            for (var i = NextCapitalised(all, s.Start + 1, s.End); i < s.End; i = NextCapitalised(all, i + 1, s.End))
            {
                if (!(all[i - 1].Kind == TokenKind.Punct && all[i - 1].Text[0] is '"' or ':' or '(' or '\u2014'))
                {
                    seen.Add(all[i].Lower);
                }
            }
        }

        return seen;
    }

    /// <summary>
    /// The first token from <paramref name="start"/> before <paramref name="end"/> that is capitalised and neither common nor a
    /// weekday (the set only answers for those: NameFinder.AcceptFirst asks after ruling the others out), or <paramref name="end"/>:
    /// a plain scan, with no call to spill its registers around.
    /// </summary>
    private static int NextCapitalised(ReadOnlySpan<Token> t, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if ((t[i].Classes & (WordClass.Capitalised | WordClass.Common | WordClass.Weekday)) == WordClass.Capitalised)
            {
                return i;
            }
        }

        return end;
    }
}
