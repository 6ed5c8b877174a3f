using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation;

/// <summary>The noun a figure gives the size of: "a tariff-free quota of 13,000 tonnes", "a loan of $2 billion".</summary>
internal sealed partial class QuestionBuilder
{
    /// <summary>
    /// When token <paramref name="of"/> is the "of" of "a/an (up to two modifiers) NOUN of FIGURE" in the clause's predicate, the
    /// token of the "a/an" (the phrase a "How large ...?" question keeps); else -1. Nouns that only frame a count ("a total of",
    /// "a group of"), a phrase after a preposition and a figure with a rate after it ("50 cents a share") are not asked this way.
    /// </summary>
    private int SizedNoun(Clause c, int of)
    {
        var noun = of - 1;
        if (noun <= c.Main || !IsPlainWord(c, noun) || _t[noun].Lower is "total" or "maximum" or "minimum" or "average" or "record" or "high" or "low" or "peak"
            or "number" or "couple" or "handful" or "range" or "series" or "sum" or "amount" or "figure" or "level" or "rate" or "value" or "cost" or "price" or "worth"
            or "tune" or "excess" or "estimated" or "up" or "group" or "batch" or "set" or "pair" || _t[noun].Lower.EndsWith("ly", StringComparison.Ordinal))
        {
            return -1;
        }

        var k = noun - 1;
        while (k > c.Main && noun - k <= 2 && IsPlainWord(c, k) && !_w.IsDeterminer(k))
        {
            k--;
        }

        // "invest in a project of $4 billion" would leave its "in" behind; "a dividend of 50 cents a share" its rate
        return k > c.Main && _t[k].Lower is "a" or "an" && !c.Skipped(k) && !_w.IsPreposition(k - 1) && !IsRate(of + 1) ? k : -1;
    }

    /// <summary>Whether the figure from <paramref name="start"/> is followed by a rate ("a share", "per year", "each").</summary>
    private bool IsRate(int start)
    {
        var figure = _doc.MentionOf(start);
        var after = figure is null ? start + 1 : figure.End;
        return after < _t.Count && _t[after].Lower is "a" or "an" or "per" or "each" or "apiece";
    }

    /// <summary>A lowercase word of the clause that is no name, preposition, determiner, auxiliary or verb form.</summary>
    private bool IsPlainWord(Clause c, int k) =>
        _t[k].Kind == TokenKind.Word && !_t[k].IsCapitalized && _doc.MentionOf(k) is null && !c.Skipped(k) && !_w.IsPreposition(k) && !_w.IsDeterminer(k)
        && !_w.IsAuxiliary(k) && _w.Verb(k) is null && _t[k].Lower is not ("and" or "or" or "but" or "that" or "which" or "who");

    /// <summary>Where the figure's phrase ends: after an "of" and the plain words that name what was counted ("13,000 tonnes of beef").</summary>
    private int OfTail(Clause c, Mention m)
    {
        var end = m.End;
        if (m.Type != EntityType.Count || end + 1 >= c.PredicateEnd || _t[end].Lower != "of")
        {
            return end;
        }

        var k = end + 1;
        while (k < c.PredicateEnd && k - end <= 3 && IsPlainWord(c, k))
        {
            k++;
        }

        return k > end + 1 ? k : end;
    }
}
