using System.Runtime.InteropServices;
using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation;

/// <summary>
/// Who is who: a surname (or a distinctive first name) refers to the person first named in full;
/// an acronym refers to the name it was introduced with in brackets.
/// </summary>
public static class Coreference
{
    /// <summary>
    /// A name the article also writes with a number after it ("Nord Stream 2") names a series or a model, so its other
    /// mentions ("the Nord Stream pipelines") are no person either.
    /// </summary>
    private static void UnnameNumbered(Document doc, ReadOnlySpan<Token> t)
    {
        HashSet<string>? numbered = null;
        foreach (var m in doc.Mentions)
        {
            if (m.Type == EntityType.Unknown && m.End - m.Start >= 2 && m.End < t.Length && t[m.End].Kind == TokenKind.Number && doc.SentenceOf[m.End] == m.Sentence)
            {
                (numbered ??= new HashSet<string>(StringComparer.Ordinal)).Add(m.Text);
            }
        }

        if (numbered is null)
        {
            return;
        }

        foreach (var m in doc.Mentions)
        {
            if (m.Type == EntityType.Person && m.Role is null && !m.Certain && numbered.Contains(m.Text))
            {
                m.Type = EntityType.Unknown;
            }
        }
    }

    public static void Resolve(Document doc)
    {
        // the tokens read in place, not copied out of the list one by one
        var t = (ReadOnlySpan<Token>)CollectionsMarshal.AsSpan(doc.Tokens);
        var bySurname = new Dictionary<string, Mention>(StringComparer.Ordinal);
        var byFirst = new Dictionary<string, Mention?>(StringComparer.Ordinal);
        var acronyms = new Dictionary<string, Mention>(StringComparer.Ordinal);
        UnnameNumbered(doc, t);
        foreach (var m in doc.Mentions)
        {
            if (m.Type == EntityType.Person && m.End - m.Start >= 2)
            {
                var last = m.End - 1;
                if (t[last].Lower is "jr." or "jr" or "sr." or "sr" && last - 1 > m.Start)
                {
                    continue;
                }

                bySurname.TryAdd(t[last].Lower, m);
                var particle = false;
                for (var k = m.Start + 1; k < m.End; k++)
                {
                    if (t[k].Has(WordClass.NameParticle) || t[k].Lower.StartsWith("al-", StringComparison.Ordinal))
                    {
                        particle = true;
                    }
                }

                // "al-Sharaa" is also called "Sharaa"
                if (t[last].Lower.StartsWith("al-", StringComparison.Ordinal))
                {
                    bySurname.TryAdd(t[last].Lower[3..], m);
                }

                if (particle)
                {
                    var first = t[m.Start].Lower;
                    byFirst[first] = byFirst.ContainsKey(first) ? null : m;
                }
            }

            if (m.Acronym is not null)
            {
                acronyms.TryAdd(m.Acronym, m);
            }
        }

        foreach (var m in doc.Mentions)
        {
            if (m.End - m.Start == 1 && (m.Type is EntityType.Unknown or EntityType.Place or EntityType.Organisation && !m.Certain || m.Type == EntityType.Person))
            {
                var w = t[m.Start].Lower;
                if ((bySurname.TryGetValue(w, out var full) || (byFirst.TryGetValue(w, out full) && full is not null)) && full != m)
                {
                    m.Type = EntityType.Person;
                    m.Canonical = full!.Text;
                    m.Role ??= full.Role;
                    continue;
                }
            }

            if (m.Acronym is null && acronyms.TryGetValue(m.Text, out var expansion) && expansion != m)
            {
                m.Type = expansion.Type;
                m.Noun = expansion.Noun;
                m.Canonical = expansion.Text;
                m.Acronym = m.Text;
            }
        }

        // persons named in full later than their surname ("Dmitriev ... Kirill Dmitriev")
        foreach (var m in doc.Mentions)
        {
            if (m.Type == EntityType.Person && m.End - m.Start >= 2 && m.Role is null && bySurname.TryGetValue(t[m.End - 1].Lower, out var first) && first != m && first.Role is not null)
            {
                m.Role = first.Role;
            }
        }
    }
}
