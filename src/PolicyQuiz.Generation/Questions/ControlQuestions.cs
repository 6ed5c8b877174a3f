using System.Runtime.InteropServices;
using PolicyQuiz.Core.Model;
using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation;

/// <summary>
/// "an executive order directing Commerce Secretary Howard Lutnick to open an investigation" →
/// "Who was directed to open an investigation?"; "a letter asking the OSCE to wind up the Minsk
/// Group" → "What was the OSCE asked to wind up?". A verb that tells someone to act names who is to
/// act and what they are to act on.
/// </summary>
internal static class ControlQuestions
{
    // a pattern, not a set: it is asked of every verb of every sentence
    private static bool IsControlLemma(string lemma) => lemma is
        "direct" or "ask" or "urge" or "order" or "press" or "instruct" or "invite" or "tell" or "task" or "authorise" or "authorize"
        or "encourage" or "force" or "push" or "pressure" or "require" or "commission" or "charge" or "mandate" or "appoint";

    public static void Add(Document doc, int sentence, List<Candidate> candidates)
    {
        var t = doc.Tokens;
        // the loop's first tests read the tokens by reference (no copy of each token, one bounds check)
        var tokens = CollectionsMarshal.AsSpan(t);
        var words = doc.Words;
        var span = doc.Sentences[sentence];
        for (var v = span.Start + 1; v + 4 < span.End; v++)
        {
            // the word-class bit first: most tokens are no verb at all
            if (!tokens[v].Has(WordClass.Verb) || tokens[v].IsCapitalized || words.Verb(v) is not { } form || !IsControlLemma(form.Lemma) || t[v - 1].Lower is "to" or "the" or "a" or "an")
            {
                continue;
            }

            var tense = form.Form switch
            {
                VerbFormKind.Past or VerbFormKind.PastOrParticiple or VerbFormKind.Ing => "was",
                VerbFormKind.Third => "is",
                _ => null,
            };
            if (tense is null)
            {
                continue;
            }

            var k = v + 1;
            while (k < span.End && (doc.Words.IsDeterminer(k) || doc.RoleTokens.Contains(k)) && doc.MentionOf(k) is null)
            {
                k++;
            }

            if (k >= span.End || doc.MentionOf(k) is not { } who || who.Start != k || who.Possessive || !(who.Type.IsAgent() || who.Type == EntityType.Media))
            {
                continue;
            }

            var to = who.End;
            if (to + 2 < span.End && t[to].IsPunct('(') && t[to + 2].IsPunct(')'))
            {
                to += 3;
            }

            var verb = to + 1;
            if (verb >= span.End || t[to].Lower != "to" || t[verb].Kind != TokenKind.Word || t[verb].IsCapitalized || doc.MentionOf(verb) is not null
                || doc.Words.Verb(verb) is { Form: not VerbFormKind.Base } || doc.Words.IsDeterminer(verb) || doc.Words.IsPreposition(verb))
            {
                continue;
            }

            var end = Roles.SegmentEnd(t, verb, span.End);
            if (end < 0)
            {
                end = span.End;
            }

            while (end > verb + 1 && t[end - 1].Kind == TokenKind.Punct && !t[end - 1].IsPunct(')'))
            {
                end--;
            }

            if (end - verb < 2)
            {
                continue;
            }

            var participle = Lexicon.EntryFor(form.Lemma).Participle;
            var ask = new Phrase(doc).Word(QuestionBuilder.Wh(who)).Word(tense).Word(participle).Word("to").Tokens(verb, end);
            candidates.Add(Candidate.Asking(ask.Question(), who, sentence, QuestionKind.Who, "subject"));

            // "to wind up the Minsk Group": what they are to act on
            var o = verb + 1;
            while (o < end && (t[o].Lower is "up" or "down" or "out" or "off" or "the" or "a" or "an" || doc.RoleTokens.Contains(o)) && doc.MentionOf(o) is null)
            {
                o++;
            }

            if (o < end && doc.MentionOf(o) is { } thing && thing.Start == o && thing.End >= end - (t[end - 1].IsPunct(')') ? 3 : 0) && !thing.Possessive
                && thing.Type is EntityType.Organisation or EntityType.Document or EntityType.Thing or EntityType.Event or EntityType.Person or EntityType.Country)
            {
                var objectStart = t[o - 1].Lower is "the" or "a" or "an" ? o - 1 : o;
                var what = new Phrase(doc).Word(thing.Type == EntityType.Person ? "Who" : "What").Word(tense);
                if (who.Start > span.Start && t[who.Start - 1].Lower == "the")
                {
                    what.Word("the");
                }

                what.Word(who.Full).Word(participle).Word("to").Tokens(verb, objectStart);
                candidates.Add(Candidate.Asking(what.Question(), thing, sentence, thing.Type == EntityType.Person ? QuestionKind.Who : QuestionKind.What, "object"));
            }
        }
    }
}
