using PolicyQuiz.Core.Model;
using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation;

/// <summary>How-many questions on a figure in a fronted "for"/"with" phrase.</summary>
internal sealed partial class QuestionBuilder
{
    /// <summary>
    /// "For a quota of 20,000 cars a year, the duty will fall to 5 percent" → "For a quota of how many cars a year will the duty
    /// fall to 5 percent?": the figure that a fronted "for" or "with" phrase puts on the whole clause, asked with the clause
    /// inverted after the phrase. Only a short phrase without a comma inside, with one figure of counted things or money.
    /// </summary>
    private void FrontAmountQuestion(Clause c)
    {
        if (c.FrontStart < 0 || c.FrontEnd - c.FrontStart > 12 || _t[c.FrontStart].Lower is not ("for" or "with") || c.SubjectIsPronoun && c.Subjects.Count == 0 && c.StandIn is null)
        {
            return;
        }

        Mention? amount = null;
        for (var k = c.FrontStart + 1; k < c.FrontEnd; k++)
        {
            if (_t[k].Kind == TokenKind.Punct)
            {
                return;
            }

            if (_doc.MentionOf(k) is not { } m || m.Start != k)
            {
                continue;
            }

            if (amount is not null || m.End > c.FrontEnd || !(m.Type == EntityType.Count && m.Counted is not null || m.Type == EntityType.Money))
            {
                // a second figure, or another kind of name: which one is asked would be unclear
                return;
            }

            amount = m;
            k = m.End - 1;
        }

        if (amount is null)
        {
            return;
        }

        for (var k = c.SubjectStart; k < c.SubjectEnd; k++)
        {
            if (_t[k].IsPunct(',') && !c.Skipped(k))
            {
                // "For 300 buses, 20 of them electric, the city will pay ...": the subject was not found cleanly
                return;
            }
        }

        var p = new Phrase(_doc).Tokens(c.FrontStart, amount.Start, lowerFirst: true);
        p.Word(amount.Type == EntityType.Count ? "how many " + amount.Counted : "how much");
        p.Tokens(amount.End, c.FrontEnd);
        Inversion(p, c, default, default);
        Add(p, c, [amount], QuestionKind.What, "amount", 0);
    }
}
