using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation;

/// <summary>
/// Finds names: runs of capitalised words joined by connectors (of, for, and, bin, al-...), split
/// into a role and a person where a title leads ("Treasury Secretary Scott Bessent"), typed by the
/// gazetteers, by their head word (Ministry, Fund, Base, Act) and by context.
/// </summary>
public static class NameFinder
{
    private static readonly FrozenSet<string> NumberedHeads = FrozenSet.Create(
        StringComparer.Ordinal,
        [
            "section", "order", "license", "licence", "resolution", "article", "flight", "phase", "title", "chapter", "group", "amendment", "boeing",
        ]);

    internal static void Find(Document doc, int sentence, bool[] used, WordSet capitalisedMidSentence)
    {
        // the tokens read in place (most are no name token), not copied out of the list one by one
        var t = (ReadOnlySpan<Token>)CollectionsMarshal.AsSpan(doc.Tokens);
        var span = doc.Sentences[sentence];
        for (var i = NextNameToken(t, used, span.Start, span.End); i < span.End; i = NextNameToken(t, used, i + 1, span.End))
        {
            var first = IsSentenceStart(t, i, span.Start);
            if (first && !AcceptFirst(doc, t, i, span.End, capitalisedMidSentence))
            {
                continue;
            }

            var end = Extend(doc, t, i, span.End, used);
            Classify(doc, t, sentence, i, end, used);
            i = end - 1;
        }
    }

    /// <summary>
    /// The first name token from <paramref name="start"/> before <paramref name="end"/> that is not used, or <paramref name="end"/>:
    /// a plain scan over the many other tokens, with no call to spill its registers around.
    /// </summary>
    private static int NextNameToken(ReadOnlySpan<Token> t, bool[] used, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!used[i] && IsNameToken(in t[i]))
            {
                return i;
            }
        }

        return end;
    }

    /// <summary>Whether the token may be part of a name: <see cref="IsNameWord"/> of its text, a bit of its classes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsNameToken(in Token t) => (t.Classes & WordClass.NameWord) != 0;

    /// <summary>
    /// Whether a word (its text and lowercase form) may be part of a name: a capitalised word other than "I", or al-/el- before
    /// a capital (al-Sharaa, el-Sisi). Worked out once per distinct word (<see cref="WordClass.NameWord"/>); only words may be,
    /// as a number or mark starts with neither a capital nor al-/el-.
    /// </summary>
    internal static bool IsNameWord(string text, string lower)
    {
        // the possessive 's starts with neither a capital nor al-/el-, so it needs no test of its own
        if (text.Length == 0)
        {
            return false;
        }

        var c = text[0];
        if (char.IsUpper(c))
        {
            return text.Length > 1 || c != 'I';
        }

        // al-Sharaa, el-Sisi, bin-Salman
        return (lower.StartsWith("al-", StringComparison.Ordinal) || lower.StartsWith("el-", StringComparison.Ordinal)) && text.Length > 3 && char.IsUpper(text[3]);
    }

    private static bool IsSentenceStart(ReadOnlySpan<Token> t, int i, int sentenceStart)
    {
        var k = i - 1;
        while (k >= sentenceStart && t[k].Kind == TokenKind.Punct && t[k].Text[0] is '"' or '\'' or '(' or '[' or '\u2014' or '-')
        {
            k--;
        }

        return k < sentenceStart || (t[k].Kind == TokenKind.Punct && t[k].Text[0] is ':' or ';' && i + 1 < t.Length && !IsNameToken(t[i + 1]));
    }

    private static bool AcceptFirst(Document doc, ReadOnlySpan<Token> t, int i, int end, WordSet seen)
    {
        var w = t[i].Lower;
        if (t[i].Has(WordClass.Place | WordClass.Organisation | WordClass.Demonym))
        {
            return true;
        }

        // a span from a word that begins no longer gazetteer key is in neither gazetteer
        var gazetteerStart = t[i].Has(WordClass.GazetteerStart);
        if (gazetteerStart && i + 1 < end && IsPlace(t[i].Text, t[i + 1].Text))
        {
            return true;
        }

        if (gazetteerStart && i + 2 < end && Lexicon.IsOrganisation(doc.Chars(i, i + 3)))
        {
            return true;
        }

        if (t[i].Has(WordClass.Role) && i + 1 < end && (IsNameToken(t[i + 1]) || t[i + 1].Lower == "of"))
        {
            return true;
        }

        // "National Security Minister Itamar Ben-Gvir", "Foreign Minister Sergei Lavrov"
        for (var k = i + 1; k < Math.Min(end, i + 3); k++)
        {
            if (!IsNameToken(t[k]))
            {
                break;
            }

            if (t[k].Has(WordClass.Role) && k + 1 < end && IsNameToken(t[k + 1]))
            {
                return true;
            }
        }

        if (t[i].Has(WordClass.Common | WordClass.Weekday))
        {
            // "He Lifeng said ...": a pronoun before a name word begins the name that the article writes mid-sentence too
            return t[i].Has(WordClass.SubjectPronoun) && i + 1 < end && IsNameToken(t[i + 1]) && !t[i + 1].Has(WordClass.Common) && NamedMidSentence(doc, t, i);
        }

        if (t[i].IsAllCaps || seen.Contains(w))
        {
            return true;
        }

        if (t[i].Has(WordClass.Verb) || w.EndsWith("ly", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal) || (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4))
        {
            return false;
        }

        // a capitalised word followed by another name word starts a name ("Ryosei Akazawa said")
        if (i + 1 < end && IsNameToken(t[i + 1]))
        {
            return true;
        }

        // "Tanbreez, in southern Greenland, ..." / "Dmitriev said"; but not "Allies said" when the article writes "allies" in lower case
        return i + 1 < end && (t[i + 1].IsPunct(',') || t[i + 1].Lower == "'s" || t[i + 1].Has(WordClass.SayVerb)) && !WrittenLowerCase(t, w);
    }

    /// <summary>Whether the article writes <paramref name="lower"/> (a word's lower-case form) as it is somewhere: then it is a common word.</summary>
    private static bool WrittenLowerCase(ReadOnlySpan<Token> t, string lower)
    {
        foreach (ref readonly var token in t)
        {
            if (token.Kind == TokenKind.Word && string.Equals(token.Text, lower, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the two words at <paramref name="i"/> are written elsewhere in the article mid-sentence (not after an opening quote, bracket, colon or dash).</summary>
    private static bool NamedMidSentence(Document doc, ReadOnlySpan<Token> t, int i)
    {
        var first = t[i].Text;
        var second = t[i + 1].Text;
        for (var j = 1; j + 1 < t.Length; j++)
        {
            if (j != i && string.Equals(t[j].Text, first, StringComparison.Ordinal) && string.Equals(t[j + 1].Text, second, StringComparison.Ordinal)
                && doc.SentenceOf[j - 1] == doc.SentenceOf[j] && !(t[j - 1].Kind == TokenKind.Punct && t[j - 1].Text[0] is '"' or '\'' or '(' or '[' or ':' or '\u2014' or '-' or '\u201c'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the gazetteer has the two words as one place ("New Delhi"), looked up without joining them into a string.</summary>
    private static bool IsPlace(string first, string second)
    {
        var length = first.Length + 1 + second.Length;
        Span<char> buffer = length <= 128 ? stackalloc char[length] : new char[length];
        first.CopyTo(buffer);
        buffer[first.Length] = ' ';
        second.CopyTo(buffer[(first.Length + 1)..]);
        return Lexicon.IsPlace(buffer);
    }

    /// <summary>
    /// Whether the text of tokens [start, end) is a place or organisation of the gazetteers (a single word by its classes, a longer
    /// span only if its first word begins a gazetteer key).
    /// </summary>
    private static bool InGazetteer(Document doc, ReadOnlySpan<Token> t, int start, int end) =>
        end - start == 1
            ? t[start].Has(WordClass.Place | WordClass.Organisation)
            : t[start].Has(WordClass.GazetteerStart) && (Lexicon.IsPlace(doc.Chars(start, end)) || Lexicon.IsOrganisation(doc.Chars(start, end)));

    private static int Extend(Document doc, ReadOnlySpan<Token> t, int i, int end, bool[] used)
    {
        if (SpelledOutAcronym(t, i, end, used) is var spelled and > 0)
        {
            return spelled;
        }

        var j = i + 1;
        var joinedInside = false;
        while (j < end)
        {
            if (used[j])
            {
                break;
            }

            if (IsNameToken(t[j]) && t[j - 1].Lower != "'s" && !t[j].Has(WordClass.Weekday) && !(t[j].Has(WordClass.Month) && j + 1 < end && t[j + 1].Kind == TokenKind.Number))
            {
                j++;
                continue;
            }

            // Section 232, General License 25, Executive Order 13338
            if (t[j].Kind == TokenKind.Number && NumberedHeads.Contains(t[j - 1].Lower))
            {
                j++;
                break;
            }

            var w = t[j].Lower;
            if (t[j].Has(WordClass.NameParticle) && j + 1 < end && IsNameToken(t[j + 1]) && t[j].Kind == TokenKind.Word)
            {
                j += 1;
                continue;
            }

            // "Ursula von der Leyen", "Joao da la Costa": two particles in a row before the surname
            if (t[j].Has(WordClass.NameParticle) && j + 2 < end && t[j + 1].Has(WordClass.NameParticle) && IsNameToken(t[j + 2]) && t[j].Kind == TokenKind.Word && t[j + 1].Kind == TokenKind.Word)
            {
                j += 2;
                continue;
            }

            if (w is "of" or "for" or "on" or "in" or "and" or "de" && j + 1 < end)
            {
                var next = j + 1;
                // "Bank of the South", "Forces for the Liberation of ..."
                if (w is "of" or "for" && t[next].Lower == "the" && next + 1 < end && IsNameToken(t[next + 1]))
                {
                    next++;
                }

                if (w == "of" && t[next].Kind == TokenKind.Number && HasHead(t, i, j, EntityType.Document))
                {
                    j = next + 1;
                    break;
                }

                if (!IsNameToken(t[next]) || used[next] || t[next].Has(WordClass.Weekday | WordClass.Month))
                {
                    break;
                }

                var runEnd = next;
                while (runEnd < end && IsNameToken(t[runEnd]) && !used[runEnd])
                {
                    runEnd++;
                }

                var leftHead = HasAnyHead(t, i, j) || HasTitle(t, i, j);
                var join = w switch
                {
                    "of" or "for" => leftHead || InGazetteer(doc, t, i, runEnd),
                    "on" => HasHead(t, i, j, EntityType.Document) || HasHead(t, i, j, EntityType.Event),
                    "in" => joinedInside && leftHead && t[next].Has(WordClass.Place),
                    "and" => (joinedInside && leftHead) || (IsHead(t[runEnd - 1]) && !IsHead(t[j - 1]) && !t[j - 1].Has(WordClass.Place) && !t[next].Has(WordClass.Role)),
                    _ => false,
                };
                if (!join)
                {
                    break;
                }

                joinedInside = true;
                j = next;
                continue;
            }

            // "Trump Route for International Peace and Prosperity" etc. end here
            break;
        }

        return j;
    }

    private static bool IsHead(in Token t) =>
        t.Has(WordClass.Head) && Lexicon.Heads.TryGetValue(t.Lower, out var head) && head.Type != EntityType.Place || t.Lower is "initiative" or "prize";

    private static bool HasAnyHead(ReadOnlySpan<Token> t, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (t[k].Has(WordClass.Head) || t[k].Lower is "republic" or "kingdom" or "bank" or "university")
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasTitle(ReadOnlySpan<Token> t, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (t[k].Lower is "secretary" or "minister" or "ministers" or "president" or "representative" or "envoy" or "ambassador" or "director" or "head" or "chief" or "commissioner" or "governor")
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasHead(ReadOnlySpan<Token> t, int start, int end, EntityType type)
    {
        for (var k = start; k < end; k++)
        {
            if (t[k].Has(WordClass.Head) && Lexicon.Heads.TryGetValue(t[k].Lower, out var head) && head.Type == type)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Types the span [start, end); a leading title becomes the person's role.</summary>
    private static void Classify(Document doc, ReadOnlySpan<Token> t, int sentence, int start, int end, bool[] used)
    {
        var nameStart = start;
        string? role = null;

        // a title at the front: the last role word followed by one to five name words
        // whether the whole span is in neither gazetteer, when that was asked (the typing below then need not ask again)
        var notInGazetteer = false;
        if (!IsHead(t[end - 1]) && (notInGazetteer = !InGazetteer(doc, t, start, end)))
        {
            var roleEnd = -1;
            for (var k = start; k < end; k++)
            {
                var matched = RoleLength(t, k, end);
                if (matched > 0)
                {
                    roleEnd = k + matched;
                    k += matched - 1;
                }
            }

            if (roleEnd > start && roleEnd < end && end - roleEnd <= 5 && LooksLikePersonName(t, roleEnd, end, afterRole: true))
            {
                // "Qatari Prime Minister Sheikh Mohammed ...": the honorific is neither the role nor the name
                var roleText = roleEnd - 1 > start && t[roleEnd - 1].Lower is "sheikh" or "prince" or "princess" or "emir" or "sultan" or "ayatollah" or "sir" or "dame" or "king" or "queen" && t[roleEnd - 2].Lower != "crown"
                    ? doc.Span(start, roleEnd - 1)
                    : doc.Span(start, roleEnd);
                role = roleText;
                nameStart = roleEnd;
            }
            else if (roleEnd == end && end - start <= 5)
            {
                // a role alone ("Foreign Minister") is not a name
                var only = new Mention { Sentence = sentence, Start = start, End = end, Text = doc.Span(start, end), Type = EntityType.Unknown, Role = doc.Span(start, end), RoleForm = "title" };
                MarkUsed(used, start, end);
                doc.Add(only);
                return;
            }
            else if (t[start].Lower.EndsWith('.') && t[start].Has(WordClass.Title) && end - start > 1)
            {
                nameStart = start + 1;
                role = t[start].Text;
            }
        }

        // lowercase role words right before the name: "lawmaker Yaroslav Zhelezniak", "national security adviser Mike Waltz"
        var sentenceStart = doc.Sentences[sentence].Start;
        if (role is null && start - 1 >= sentenceStart && t[start - 1].Kind == TokenKind.Word && !IsNameToken(t[start - 1]) && EndsRole(t, start - 1)
            && LooksLikePersonName(t, start, end, afterRole: true))
        {
            var k = start - 1;
            var first = k;
            while (first - 1 >= sentenceStart && t[first - 1].Kind == TokenKind.Word
                && !t[first - 1].Has(WordClass.Determiner | WordClass.Preposition | WordClass.Auxiliary | WordClass.Verb) && t[first - 1].Lower is not ("and" or "or" or "'s" or "by" or "as")
                && k - first < 4)
            {
                first--;
            }

            role = doc.Span(first, start);
            for (var r = first; r < start; r++)
            {
                doc.RoleTokens.Add(r);
            }
        }

        var mention = new Mention { Sentence = sentence, Start = nameStart, End = end, Text = doc.Span(nameStart, end), Type = EntityType.Unknown };
        if (role is not null)
        {
            mention.Role = role;
            mention.RoleForm = "pre";
            mention.Type = EntityType.Person;
            mention.Certain = true;
            for (var r = start; r < nameStart; r++)
            {
                doc.RoleTokens.Add(r);
            }
        }
        else
        {
            TypeByEvidence(mention, t, doc, notInGazetteer);
        }

        if (end < t.Length && t[end].Lower == "'s")
        {
            mention.Possessive = true;
        }

        // an acronym in brackets: Ministry of Commerce (MOFCOM)
        if (end + 2 < doc.Sentences[sentence].End && t[end].IsPunct('(') && t[end + 2].IsPunct(')') && IsAcronym(t[end + 1]))
        {
            mention.Acronym = t[end + 1].Text;
            MarkUsed(used, end, end + 3);
            doc.RoleTokens.Add(end + 1);
        }

        MarkUsed(used, start, end);
        doc.Add(mention);
    }

    /// <summary>
    /// "Popular Front for the Liberation of Palestine (PFLP)": a name whose capitalised words spell
    /// the acronym in the brackets after it is one name, connectors and all. Returns its end or -1.
    /// </summary>
    private static int SpelledOutAcronym(ReadOnlySpan<Token> t, int i, int end, bool[] used)
    {
        // most names are followed by neither a bracket nor a connector: then the reading below would return -1 there too
        var k = i;
        var limit = Math.Min(end, i + 14);
        while (k < limit && IsNameToken(t[k]))
        {
            k++;
        }

        return k < limit && (t[k].IsPunct('(') || IsAcronymConnector(t[k])) ? SpelledOutAcronymFrom(t, i, end, used) : -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAcronymConnector(in Token t) => t.Lower.Length <= 3 && t.Lower is "of" or "for" or "the" or "and" or "on" or "in";

    private static int SpelledOutAcronymFrom(ReadOnlySpan<Token> t, int i, int end, bool[] used)
    {
        Span<char> initials = stackalloc char[12];
        var count = 0;
        for (var k = i; k < end && k < i + 14; k++)
        {
            if (used[k])
            {
                return -1;
            }

            if (t[k].IsPunct('('))
            {
                if (count < 2 || k + 2 >= end || !t[k + 2].IsPunct(')') || !IsAcronym(t[k + 1]))
                {
                    return -1;
                }

                var acronym = t[k + 1].Text.AsSpan();
                return acronym.Length == count && acronym.Equals(initials[..count], StringComparison.OrdinalIgnoreCase) ? k : -1;
            }

            if (IsNameToken(t[k]) && count < initials.Length)
            {
                initials[count++] = char.ToUpperInvariant(t[k].Text[0]);
            }
            else if (!IsAcronymConnector(t[k]))
            {
                return -1;
            }
        }

        return -1;
    }

    internal static bool IsAcronym(in Token t)
    {
        if (t.Kind != TokenKind.Word || t.Text.Length < 2 || t.Text.Length > 8 || !char.IsUpper(t.Text[0]))
        {
            return false;
        }

        var upper = 0;
        foreach (var c in t.Text)
        {
            if (char.IsUpper(c))
            {
                upper++;
            }
        }

        return upper >= 2;
    }

    private static bool EndsRole(ReadOnlySpan<Token> t, int k)
    {
        var w = t[k].Lower;
        return t[k].Has(WordClass.Role) || (w.EndsWith('s') && Lexicon.IsRoleWord(w.AsSpan(0, w.Length - 1))) || w is "makers" or "maker" or "firm" or "company" or "group" or "lawyer" or "activist" or "leader";
    }

    /// <summary>How many tokens from k form a role phrase (longest match, up to four words), or 0.</summary>
    private static int RoleLength(ReadOnlySpan<Token> t, int k, int end)
    {
        if (!t[k].Has(WordClass.RoleStart))
        {
            return t[k].Has(WordClass.Title) ? 1 : 0;
        }

        // the lowercase words joined by single spaces, looked up without making the phrase a string
        Span<char> buffer = stackalloc char[128];
        for (var n = Math.Min(4, end - k); n >= 2; n--)
        {
            var length = 0;
            for (var m = k; m < k + n && length >= 0; m++)
            {
                length = Append(buffer, length, m > k, t[m].Lower);
            }

            if (length >= 0 ? Lexicon.IsRoleWord(buffer[..length]) : Lexicon.IsRoleWord(Join(t.Slice(k, n))))
            {
                return n;
            }
        }

        return Lexicon.IsRoleWord(t[k].Lower.AsSpan().TrimEnd('.')) || t[k].Has(WordClass.Title) ? 1 : 0;
    }

    /// <summary>The tokens' lowercase forms joined by single spaces (for a phrase too long for the stack buffer).</summary>
    private static string Join(ReadOnlySpan<Token> tokens)
    {
        var words = new string[tokens.Length];
        for (var m = 0; m < tokens.Length; m++)
        {
            words[m] = tokens[m].Lower;
        }

        return string.Join(' ', words);
    }

    /// <summary>Appends a word (after a space if <paramref name="space"/>) at <paramref name="length"/>; -1 when it does not fit.</summary>
    private static int Append(Span<char> buffer, int length, bool space, string word)
    {
        var needed = length + word.Length + (space ? 1 : 0);
        if (needed > buffer.Length)
        {
            return -1;
        }

        if (space)
        {
            buffer[length++] = ' ';
        }

        word.CopyTo(buffer[length..]);
        return needed;
    }

    /// <param name="afterRole">
    /// The words follow a role ("Deputy Minister Do Hung Viet", "envoy An Kwang-il"): there the first word may be spelled like an
    /// ordinary English word (a surname such as Do, An, No, So) when a name word that is no such word comes after it.
    /// </param>
    private static bool LooksLikePersonName(ReadOnlySpan<Token> t, int start, int end, bool afterRole = false)
    {
        if (end - start > 5)
        {
            return false;
        }

        // after a role, a name of two or more words may hold a word that is also an organisation's short name ("Wagner")
        var unlike = afterRole && end - start >= 2 ? WordClass.Head | WordClass.Role | WordClass.Place | WordClass.Demonym
            : WordClass.Head | WordClass.Role | WordClass.Place | WordClass.Demonym | WordClass.Organisation;
        for (var k = start; k < end; k++)
        {
            var w = t[k].Lower;
            if (t[k].Has(unlike)
                || (IsNameToken(t[k]) && t[k].Has(WordClass.Common) && w is not ("he" or "will" or "may" or "rose" or "bill" or "mark" or "young" or "long" or "major" or "little" or "north" or "west")
                    && !(afterRole && k == start && SurnameLike(t, k, end))) || t[k].IsAllCaps && t[k].Text.Length > 2)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the ordinary word at <paramref name="k"/> (capitalised, mid-sentence) may begin a name: a short word other than
    /// "the" and "a", followed by a name word that is no ordinary word.
    /// </summary>
    private static bool SurnameLike(ReadOnlySpan<Token> t, int k, int end) =>
        t[k].Text.Length <= 3 && t[k].Lower is not ("the" or "a") && k + 1 < end && IsNameToken(t[k + 1]) && !t[k + 1].Has(WordClass.Common);

    /// <param name="notInGazetteer">The mention's text is known to be in neither gazetteer (only its form without "The" may be).</param>
    private static void TypeByEvidence(Mention m, ReadOnlySpan<Token> t, Document doc, bool notInGazetteer)
    {
        var text = m.Text;
        var bare = text.StartsWith("The ", StringComparison.Ordinal) || text.StartsWith("the ", StringComparison.Ordinal) ? text[4..] : text;

        // a one-word mention is its token's text: the token's classes say which gazetteers have it; the form without
        // "The" is looked up only when there is one
        var word = m.End - m.Start == 1 ? t[m.Start].Classes : ~WordClass.None;
        var asText = !notInGazetteer && (m.End - m.Start == 1 || t[m.Start].Has(WordClass.GazetteerStart));
        var asBare = !ReferenceEquals(bare, text);
        if ((word & WordClass.Place) != 0 && (asText && Lexicon.Places.TryGetValue(text, out var place) || asBare && Lexicon.Places.TryGetValue(bare, out place)))
        {
            m.Type = place.Type;
            m.Country = place.Country;
            m.Canonical = place.Type == EntityType.Country ? place.Name : null;
            m.Noun = place.Type switch { EntityType.Country => "country", EntityType.City => "city", EntityType.Region => "region", _ => "place" };
            m.Certain = true;
            return;
        }

        if ((word & WordClass.Organisation) != 0 && (asText && Lexicon.Organisations.TryGetValue(text, out var org) || asBare && Lexicon.Organisations.TryGetValue(bare, out org)))
        {
            m.Type = org.Kind == "media" ? EntityType.Media : EntityType.Organisation;
            m.Noun = org.Kind switch { "media" => "news outlet", "company" => "company", "intl" => "organisation", "agency" => "body", _ => "group" };
            m.Certain = true;
            if (!string.Equals(org.Name, text, StringComparison.Ordinal) && org.Name.Length > text.Length && text.All(c => !char.IsLower(c) || c == '.'))
            {
                m.Canonical = org.Name;
                m.Acronym = text;
            }

            return;
        }

        if (m.End - m.Start == 1 && (word & WordClass.Demonym) != 0 && Lexicon.Demonyms.TryGetValue(text, out var country))
        {
            m.Type = EntityType.Nationality;
            m.Country = country;
            return;
        }

        // the head is the last word before "of/for/on" ("Ministry of Commerce"), else the last word
        var headIndex = m.End - 1;
        for (var k = m.Start + 1; k < m.End; k++)
        {
            if (t[k].Lower is "of" or "for" or "on" && t[k - 1].Has(WordClass.Head))
            {
                headIndex = k - 1;
                break;
            }
        }

        var last = t[headIndex].Lower;
        if (m.End - m.Start > 1 && Lexicon.Heads.TryGetValue(last, out var head))
        {
            m.Type = head.Type;
            m.Noun = head.Noun;
            m.Certain = true;
            if (head.Type == EntityType.Organisation && head.Noun is "news organisation" or "newspaper")
            {
                m.Type = EntityType.Media;
            }

            return;
        }

        if (t[m.End - 1].Kind == TokenKind.Number && m.End - m.Start > 1)
        {
            m.Type = EntityType.Document;
            m.Noun = t[m.End - 2].Lower;
            return;
        }

        if (m.End - m.Start == 1 && IsAcronym(t[m.Start]))
        {
            m.Type = EntityType.Organisation;
            m.Noun = "organisation";
            return;
        }

        var sentenceEnd = doc.Sentences[m.Sentence].End;
        if (m.End < sentenceEnd)
        {
            var next = t[m.End];
            if (next.Has(WordClass.SayVerb) || (next.IsPunct(',') && m.End + 2 < sentenceEnd && t[m.End + 1].Kind == TokenKind.Number && t[m.End + 2].IsPunct(',')))
            {
                m.Type = EntityType.Person;
                return;
            }
        }

        if (m.End < sentenceEnd && t[m.End].Kind == TokenKind.Number)
        {
            // "Nord Stream 2", "Falcon 9": a name numbered like a model or a series is no person
            return;
        }

        if (m.End - m.Start >= 2 && m.End - m.Start <= 4 && LooksLikePersonName(t, m.Start, m.End))
        {
            m.Type = EntityType.Person;
            return;
        }

        if (m.End < sentenceEnd && t[m.End].Lower is "prison" or "province" or "region" or "oblast" or "district" or "camp" or "base" or "port" or "island" or "mine" or "deposit" or "field")
        {
            m.Type = EntityType.Place;
            m.Noun = t[m.End].Lower;
            return;
        }

        var before = m.Start - 1;
        if (before >= doc.Sentences[m.Sentence].Start && t[before].Lower is "in" or "at" or "near" or "from" or "to" && m.End - m.Start <= 3)
        {
            m.Type = EntityType.Place;
            m.Noun = "place";
        }
    }

    private static void MarkUsed(bool[] used, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            used[k] = true;
        }
    }
}
