using System.Runtime.InteropServices;
using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation;

/// <summary>
/// Role facts from appositives: "Kirill Dmitriev, head of the Russian Direct Investment Fund," and
/// the reverse "Oman's Foreign Minister, Badr Albusaidi,".
/// </summary>
public static class Roles
{
    public static void Find(Document doc)
    {
        // the tokens read in place, not copied out of the list one by one
        var t = (ReadOnlySpan<Token>)CollectionsMarshal.AsSpan(doc.Tokens);
        foreach (var m in doc.Mentions)
        {
            if (m.Type != EntityType.Person)
            {
                continue;
            }

            var sentence = doc.Sentences[m.Sentence];
            var after = m.End;
            if (after + 2 < sentence.End && t[after].IsPunct(',') && t[after + 1].Kind == TokenKind.Number && t[after + 1].Text.Length <= 3 && t[after + 2].IsPunct(','))
            {
                // "Khalida Jarrar, 62, a leading figure in ...": the age comes first
                after += 2;
            }

            if (after < sentence.End && t[after].IsPunct(','))
            {
                var end = SegmentEnd(doc.Tokens, after + 1, sentence.End);
                if (end > after + 1 && IsRolePhrase(doc, after + 1, end))
                {
                    SetRole(doc, m, after + 1, end, "appositive");
                    continue;
                }
            }

            // "Oman's Foreign Minister, Badr Albusaidi," / "Greenland's new prime minister, Jens-Frederik Nielsen,"
            var before = m.Start - 1;
            if (before - 1 >= sentence.Start && t[before].IsPunct(',') && (m.End >= sentence.End || t[m.End].IsPunct(',') || t[m.End].Lower is "and" or "of"))
            {
                var last = before - 1;
                if (IsRoleWord(t[last]))
                {
                    var first = last;
                    while (first - 1 >= sentence.Start && last - first < 8 && t[first - 1].Kind == TokenKind.Word && (!t[first - 1].Has(WordClass.Verb) || Lexicon.Verb(t[first - 1].Lower) is { Form: VerbFormKind.Base })
                        && !t[first - 1].Has(WordClass.Preposition) && t[first - 1].Lower is not ("and" or "who" or "which" or "that"))
                    {
                        first--;
                        if (t[first].Has(WordClass.Determiner))
                        {
                            break;
                        }
                    }

                    SetRole(doc, m, first, last + 1, "reverse");
                    // the other names of a list share a plural role ("the two foreign ministers, A of X and B of Y,")
                    if (t[last].Lower.EndsWith('s'))
                    {
                        foreach (var other in doc.Mentions)
                        {
                            if (other.Sentence == m.Sentence && other != m && other.Type == EntityType.Person && other.Start > m.Start && other.Start - m.End < 6 && other.Role is null)
                            {
                                SetRole(doc, other, first, last + 1, "reverse");
                            }
                        }
                    }
                }
            }
        }
    }

    /// <summary>A role word or its plural.</summary>
    private static bool IsRoleWord(in Token t) =>
        t.Has(WordClass.Role) || (t.Lower.EndsWith('s') && Lexicon.IsRoleWord(t.Lower.AsSpan(0, t.Lower.Length - 1)));

    private static void SetRole(Document doc, Mention m, int start, int end, string form)
    {
        var text = doc.Span(start, end);
        if (m.Role is null || m.RoleForm == "pre" && m.Role.Length < text.Length || m.Role == m.Canonical)
        {
            m.Role = text;
            m.RoleForm = form;
        }

        for (var k = start; k < end; k++)
        {
            doc.RoleTokens.Add(k);
        }
    }

    /// <summary>The end of an appositive starting at <paramref name="start"/>: the next comma, or the sentence end.</summary>
    internal static int SegmentEnd(List<Token> list, int start, int end)
    {
        var t = (ReadOnlySpan<Token>)CollectionsMarshal.AsSpan(list);
        var depth = 0;
        for (var k = start; k < end; k++)
        {
            if (t[k].IsPunct('('))
            {
                depth++;
            }
            else if (t[k].IsPunct(')'))
            {
                depth--;
            }
            else if (depth == 0 && (t[k].IsPunct(',') || t[k].IsPunct(';') || t[k].IsPunct('.') || t[k].IsPunct(':') || t[k].Text == "\u2014"))
            {
                return k;
            }

            if (k - start > 18)
            {
                return -1;
            }
        }

        return end;
    }

    /// <summary>A noun phrase naming a role: contains a role word and no finite verb.</summary>
    internal static bool IsRolePhrase(Document doc, int start, int end)
    {
        var t = (ReadOnlySpan<Token>)CollectionsMarshal.AsSpan(doc.Tokens);
        if (end - start > 16 || t[start].Lower is "who" or "which" or "where" or "when" or "and" or "but" or "as" or "while" or "although" or "though" or "according")
        {
            return false;
        }

        var role = false;
        for (var k = start; k < end; k++)
        {
            var w = t[k].Lower;
            if (t[k].Has(WordClass.Auxiliary) && w != "'s")
            {
                return false;
            }

            var vf = doc.MentionOf(k) is null && t[k].Has(WordClass.Verb) ? Lexicon.Verb(w) : null; // "United States" is a name, not a verb
            if (vf is not null && vf.Form is VerbFormKind.Past or VerbFormKind.Third && !IsRoleWord(t[k]))
            {
                return false;
            }

            if (doc.MentionOf(k) is { Type: EntityType.Person } person && person.Start == k)
            {
                // "an adviser to Supreme Leader Ali Khamenei" names a role; "her deputy, adviser Jonas Holm" is a list of people
                var b = k - 1;
                while (b > start && doc.RoleTokens.Contains(b))
                {
                    b--;
                }

                if (!(t[b].Has(WordClass.Preposition) || t[b].Lower == "'s" || person.Possessive))
                {
                    return false;
                }
            }

            if (IsRoleWord(t[k]) || (doc.MentionOf(k) is { Role: not null, Type: EntityType.Unknown }))
            {
                role = true;
            }
        }

        // "Vladimir Putin's foreign policy aide" is a role; "Anna Berg" after a comma is another person
        return role && doc.MentionOf(start) is not { Type: EntityType.Person, Possessive: false };
    }
}
