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
            for (var i = s.Start + 1; i < s.End; i++)
            {
                ref readonly var t = ref all[i];
                // the set only answers for words that are neither common nor weekdays (NameFinder.AcceptFirst asks after ruling those out)
                if ((t.Classes & (WordClass.Capitalised | WordClass.Common | WordClass.Weekday)) == WordClass.Capitalised && !(all[i - 1].Kind == TokenKind.Punct && all[i - 1].Text[0] is '"' or ':' or '(' or '\u2014'))
                {
                    seen.Add(t.Lower);
                }
            }
        }

        return seen;
    }
}
