using PolicyQuiz.Core.Model;
using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation;

/// <summary>
/// "... to drop the Belt and Road Initiative, the Chinese infrastructure programme that Panama
/// joined in 2017." → "What is the Chinese infrastructure programme that Panama joined in 2017?"
/// A name followed by a description of it between commas is asked for from that description, as a
/// role is for a person.
/// </summary>
internal static class AppositiveQuestions
{
    public static void Add(Document doc, int sentence, List<Candidate> candidates)
    {
        var t = doc.Tokens;
        var span = doc.Sentences[sentence];
        foreach (var m in doc.MentionsIn(sentence))
        {
            if (m.Sentence != sentence || m.Possessive || m.Type is EntityType.Person or EntityType.Time or EntityType.Duration or EntityType.Money or EntityType.Percent or EntityType.Count or EntityType.Nationality or EntityType.Country
                || m.Type == EntityType.Unknown && m.Role is not null || Before(doc, m, span.Start) is "of" or "in" or "and")
            {
                // "Section 907 of the Freedom Support Act, a 1992 provision ...": the description is of the whole phrase
                continue;
            }

            var comma = m.End;
            if (comma + 2 < span.End && t[comma].IsPunct('(') && t[comma + 2].IsPunct(')'))
            {
                comma += 3;
            }

            if (comma + 4 >= span.End || !t[comma].IsPunct(',') || t[comma + 1].Lower is not ("the" or "a" or "an"))
            {
                continue;
            }

            var end = Roles.SegmentEnd(t, comma + 1, span.End);
            if (end < 0)
            {
                end = span.End;
            }

            for (var k = comma + 3; k + 1 < end; k++)
            {
                if (t[k].Lower == "and" && t[k + 1].Lower is "that" or "which")
                {
                    // "an annual meeting that X co-hosted and that brought together ...": the first description is enough
                    end = k;
                    break;
                }
            }

            while (end > comma + 1 && t[end - 1].Kind == TokenKind.Punct && !t[end - 1].IsPunct(')'))
            {
                end--;
            }

            if (end - comma - 1 is < 3 or > 18 || !Describes(doc, comma + 2, end))
            {
                continue;
            }

            var p = new Phrase(doc).Word("What is").Word("the").Tokens(comma + 2, end);
            candidates.Add(Candidate.Asking(p.Question(), m, sentence, m.Type.IsPlace() ? QuestionKind.Where : QuestionKind.What, "copula"));
        }
    }

    /// <summary>The word before a name, past its article.</summary>
    private static string Before(Document doc, Mention m, int sentenceStart)
    {
        var k = m.Start - 1;
        if (k > sentenceStart && doc.Tokens[k].Lower is "the" or "a" or "an")
        {
            k--;
        }

        return k >= sentenceStart ? doc.Tokens[k].Lower : string.Empty;
    }

    /// <summary>A description: a common noun first (after modifiers), no name of the same kind, no verb before a relative word.</summary>
    private static bool Describes(Document doc, int start, int end)
    {
        var t = doc.Tokens;
        var relative = false;
        var noun = false;
        for (var k = start; k < end; k++)
        {
            var w = t[k];
            if (w.Lower is "that" or "which" or "who" or "where")
            {
                relative = true;
                continue;
            }

            if (!relative && (doc.Words.IsAuxiliary(k) || doc.Words.Verb(k) is { Form: VerbFormKind.Past or VerbFormKind.PastOrParticiple or VerbFormKind.Third } || w.Lower is "its" or "their" or "his" or "her"))
            {
                return false;
            }

            if (!relative && w.Kind == TokenKind.Word && !w.IsCapitalized && doc.MentionOf(k) is null && doc.Words.Verb(k) is null)
            {
                noun = true;
            }
        }

        return noun;
    }
}
