using System.Collections.Frozen;
using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation;

/// <summary>
/// A place said as a nationality word and a place noun: "at many Chinese ports", "in Russian waters", "at the Polish border".
/// The nationality is a mention of its own and the noun a plain word, so no name answers where it happened; this reads the
/// two together as one place (not added to the document: only a where-question asks for it).
/// </summary>
internal static class DemonymPlace
{
    // nouns of places that a nationality word locates; singular nouns that mostly name one place of a country ("city",
    // "port") are left out, as they usually come with "of" and the name ("the Chinese city of Wuhan")
    private static readonly FrozenSet<string> PlaceNouns = FrozenSet.Create(
        StringComparer.Ordinal,
        [
            "ports", "seaports", "airports", "harbours", "harbors", "terminals", "cities", "towns", "villages", "bases", "camps", "prisons",
            "border", "borders", "embassy", "embassies", "consulate", "consulates", "waters", "airspace", "soil", "territory", "coast", "coasts",
        ]);

    // the gazetteer's nationality words of one country each (no plural nouns such as "Americans"), in a fixed order, for options
    private static string[]? s_adjectives;

    /// <summary>The gazetteer's nationality adjectives ("American", "Chinese"), sorted, worked out on first use.</summary>
    public static string[] Adjectives => s_adjectives ??= MakeAdjectives();

    private static string[] MakeAdjectives()
    {
        var list = new List<string>();
        foreach (var (word, _) in Lexicon.Demonyms)
        {
            if (!(word.EndsWith('s') && Lexicon.Demonyms.ContainsKey(word[..^1])) && !word.EndsWith("ians", StringComparison.Ordinal) && word is not ("Briton" or "Britons"))
            {
                list.Add(word);
            }
        }

        list.Sort(StringComparer.Ordinal);
        return [.. list];
    }

    /// <summary>
    /// The place that <paramref name="nationality"/> (a nationality mention) begins with the noun after it, when that noun is a
    /// place noun ending the phrase (before <paramref name="limit"/>); else null.
    /// </summary>
    public static Mention? After(Document doc, Mention nationality, int limit)
    {
        var noun = nationality.End;
        if (nationality.Type != EntityType.Nationality || nationality.Possessive || noun >= limit)
        {
            return null;
        }

        return Place(doc, nationality.Start, nationality.Start, noun, limit, nationality.Country);
    }

    /// <summary>
    /// The place that a count of a nationality's place nouns names ("at several Japanese ports": "Japanese ports", the count
    /// kept in the mention's span so the preposition is found before it), or null.
    /// </summary>
    public static Mention? InCount(Document doc, Mention count, int limit)
    {
        var demonym = count.End - 2;
        if (count.Type != EntityType.Count || count.Counted is null || demonym <= count.Start || count.Possessive
            || !doc.Tokens[demonym].Has(WordClass.Demonym) || !Lexicon.Demonyms.TryGetValue(doc.Tokens[demonym].Text, out var country))
        {
            return null;
        }

        return Place(doc, count.Start, demonym, count.End - 1, limit, country);
    }

    /// <summary>The place of a nationality word at <paramref name="demonym"/> and the place noun at <paramref name="noun"/>, its span from <paramref name="start"/>; or null.</summary>
    private static Mention? Place(Document doc, int start, int demonym, int noun, int limit, string? country)
    {
        var t = doc.Tokens[noun];
        if (t.Kind != TokenKind.Word || t.IsCapitalized || !PlaceNouns.Contains(t.Lower) || doc.MentionOf(noun) is { } other && other.Start > start)
        {
            return null;
        }

        // "Chinese port officials", "the Chinese city of Wuhan": the noun is not the end of the phrase
        if (noun + 1 < limit && (Modifier.ModifiesNoun(doc, noun + 1, limit) || doc.Tokens[noun + 1].Lower is "of" or "'s"))
        {
            return null;
        }

        return new Mention
        {
            Sentence = doc.SentenceOf[start],
            Start = start,
            End = noun + 1,
            Text = doc.Span(demonym, noun + 1),
            Type = EntityType.Place,
            Noun = t.Lower,
            Country = country,
            NationalityPlace = true,
            Certain = true,
        };
    }
}
