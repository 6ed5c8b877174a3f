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

        doc.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        Reindex(doc);
        Coreference.Resolve(doc);
        Roles.Find(doc);
        return doc;
    }

    private static void Reindex(Document doc)
    {
        Array.Fill(doc.MentionAt, -1);
        for (var m = 0; m < doc.Mentions.Count; m++)
        {
            for (var i = doc.Mentions[m].Start; i < doc.Mentions[m].End; i++)
            {
                doc.MentionAt[i] = m;
            }
        }
    }

    /// <summary>
    /// The words <see cref="NameFinder"/> may ask about (those that start a sentence as a name word, neither common nor weekdays,
    /// as NameFinder.AcceptFirst asks after ruling those out) that the article also capitalises mid-sentence.
    /// Only those few are looked for, by comparing strings, instead of every capitalised word going into a set.
    /// </summary>
    private static HashSet<string> CapitalisedMidSentence(List<Token> tokens, List<SentenceSpan> sentences)
    {
        var asked = new List<string>();
        foreach (var s in sentences)
        {
            for (var i = s.Start; i < s.End; i++)
            {
                var t = tokens[i];
                if (NameFinder.IsNameToken(t) && !t.Has(WordClass.Common | WordClass.Weekday) && NameFinder.IsSentenceStart(tokens, i, s.Start) && !asked.Contains(t.Lower))
                {
                    asked.Add(t.Lower);
                }
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (asked.Count == 0)
        {
            return seen;
        }

        foreach (var s in sentences)
        {
            for (var i = s.Start + 1; i < s.End; i++)
            {
                var t = tokens[i];
                if (t.IsCapitalized && !t.Has(WordClass.Common | WordClass.Weekday) && !(tokens[i - 1].Kind == TokenKind.Punct && tokens[i - 1].Text[0] is '"' or ':' or '(' or '\u2014')
                    && asked.Contains(t.Lower))
                {
                    seen.Add(t.Lower);
                }
            }
        }

        return seen;
    }
}
