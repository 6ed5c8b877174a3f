using System.Runtime.InteropServices;
using PolicyQuiz.Core.Model;
using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation;

/// <summary>
/// "Baku has long demanded such a link, which it calls the Zangezur corridor" → "What does Baku
/// call such a link?". A relative that names the thing before it says what someone calls it.
/// </summary>
internal static class CallsQuestions
{
    public static void Add(Document doc, int sentence, List<Candidate> candidates)
    {
        var t = doc.Tokens;
        // the loop's first tests read the tokens by reference (no copy of each token, one bounds check)
        var tokens = CollectionsMarshal.AsSpan(t);
        var span = doc.Sentences[sentence];
        for (var k = span.Start + 2; k + 4 < span.End; k++)
        {
            if (!tokens[k].IsPunct(',') || tokens[k + 1].Lower != "which")
            {
                continue;
            }

            // who calls it: a name, or "it"/"they" for the name that opens the sentence
            var caller = doc.MentionOf(k + 2) is { } named && named.Start == k + 2 && named.Type.IsAgent() ? named : null;
            var verb = caller?.End ?? k + 3;
            if (caller is null && t[k + 2].Lower is "it" or "they" or "he" or "she")
            {
                caller = doc.MentionOf(span.Start) is { } opener && (opener.Type.IsAgent() || opener.Type == EntityType.City) && !opener.Possessive ? opener : null;
            }

            if (caller is null || verb + 1 >= span.End || t[verb].Lower is not ("calls" or "called" or "dubs" or "dubbed" or "terms" or "termed"))
            {
                continue;
            }

            var at = t[verb + 1].Lower == "the" ? verb + 2 : verb + 1;
            if (at >= span.End || doc.MentionOf(at) is not { } name || name.Start != at || name.Type is EntityType.Person or EntityType.Time)
            {
                continue;
            }

            var start = NounPhrase(doc, k, span.Start);
            if (start < 0)
            {
                continue;
            }

            var past = t[verb].Lower.EndsWith("ed", StringComparison.Ordinal);
            var p = new Phrase(doc).Word("What").Word(past ? "did" : caller.Type == EntityType.Person || !caller.Text.EndsWith('s') ? "does" : "do")
                .Word(caller.Full).Word(Lexicon.EntryFor(t[verb].Lower.EndsWith("ed", StringComparison.Ordinal) ? t[verb].Lower[..^2] : t[verb].Lower.TrimEnd('s')).Base).Tokens(start, k);
            candidates.Add(Candidate.Asking(p.Question(), name, sentence, QuestionKind.What, "object"));
        }
    }

    /// <summary>Where "such a link" starts before the comma: a determiner (or "such") and at most three words.</summary>
    private static int NounPhrase(Document doc, int comma, int sentenceStart)
    {
        var t = doc.Tokens;
        for (var k = comma - 1; k >= sentenceStart && k >= comma - 4; k--)
        {
            if (t[k].Lower is "such" or "the" or "a" or "an" or "this" or "that")
            {
                return t[k].Lower is "a" or "an" && k - 1 >= sentenceStart && t[k - 1].Lower == "such" ? k - 1 : k;
            }

            if (t[k].Kind != TokenKind.Word || doc.MentionOf(k) is not null || doc.Words.Verb(k) is { Form: not VerbFormKind.Base })
            {
                return -1;
            }
        }

        return -1;
    }
}
