using System.Globalization;
using System.Runtime.InteropServices;
using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation;

/// <summary>Finds money ($550 billion), percentages (27.5 percent) and counts (600 aid trucks), with hedges (about, more than).</summary>
public static class AmountFinder
{
    // the word lists as constant patterns: the compiler tests a length and a character before comparing, cheaper than a set lookup
    private static bool IsScale(string w) => w is "million" or "billion" or "trillion" or "bn" or "m" or "thousand" or "hundred";

    private static bool IsCurrency(string w) =>
        w is "dollars" or "euros" or "pounds" or "yuan" or "rubles" or "roubles" or "yen" or "rupees" or "shekels" or "francs" or "hryvnias" or "riyals";

    private static bool IsUncountable(string w) =>
        w is "aircraft" or "people" or "personnel" or "staff" or "police" or "troops" or "sheep" or "cattle" or "fish" or "deer" or "tonnes" or "tons" or "barrels";

    public static void Find(Document doc, int sentence, bool[] used)
    {
        // the tokens read in place, not copied out of the list one by one
        var all = (ReadOnlySpan<Token>)CollectionsMarshal.AsSpan(doc.Tokens);
        var span = doc.Sentences[sentence];
        for (var i = NextStart(all, used, span.Start, span.End); i < span.End; i = NextStart(all, used, i + 1, span.End))
        {
            var mention = Match(doc, all, sentence, i, span.End, used);
            if (mention is null)
            {
                continue;
            }

            var start = HedgeStart(all, mention.Start, span.Start, used);
            if (start < mention.Start)
            {
                mention.Start = start;
            }

            mention.Text = doc.Span(mention.Start, mention.End);
            for (var k = mention.Start; k < mention.End; k++)
            {
                used[k] = true;
            }

            doc.Add(mention);
            i = mention.End - 1;
        }
    }

    /// <summary>
    /// The first token from <paramref name="start"/> before <paramref name="end"/> that is not used and may start an amount, or
    /// <paramref name="end"/>: most tokens cannot (only numbers, symbols and number words can), and a plain scan over them has no
    /// call to spill its registers around.
    /// </summary>
    private static int NextStart(ReadOnlySpan<Token> t, bool[] used, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            ref readonly var token = ref t[i];
            if (!used[i] && token.Kind != TokenKind.Punct && (token.Kind != TokenKind.Word || token.Has(WordClass.NumberWord)))
            {
                return i;
            }
        }

        return end;
    }

    /// <summary>The first token of hedging words before an amount ("more than", "about", "up to").</summary>
    public static int HedgeStart(ReadOnlySpan<Token> t, int i, int sentenceStart, bool[] used)
    {
        var start = i;
        while (start - 1 >= sentenceStart && !used[start - 1] && t[start - 1].Has(WordClass.Hedge) && i - start < 3)
        {
            var w = t[start - 1].Lower;
            if (w is "than" && start - 2 >= sentenceStart && t[start - 2].Lower is "more" or "less" or "fewer")
            {
                start -= 2;
                continue;
            }

            if (w is "to" && start - 2 >= sentenceStart && t[start - 2].Lower is "up" or "close")
            {
                start -= 2;
                continue;
            }

            if (w is "least" && start - 2 >= sentenceStart && t[start - 2].Lower is "at")
            {
                start -= 2;
                continue;
            }

            if (w is "about" or "around" or "roughly" or "nearly" or "almost" or "approximately" or "some" or "over" or "just" or "only" or "estimated")
            {
                start--;
                continue;
            }

            break;
        }

        return start;
    }

    public static double? NumberValue(in Token t)
    {
        if (t.Kind == TokenKind.Number)
        {
            var text = t.Text;
            var dash = text.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                return null;
            }

            return double.TryParse(WithoutCommas(text, stackalloc char[Math.Min(text.Length, 64)]), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
        }

        if (t.Kind == TokenKind.Word && t.Has(WordClass.NumberWord) && Lexicon.NumberWords.TryGetValue(t.Lower, out var n) && t.Lower is not ("a" or "an"))
        {
            return n;
        }

        return null;
    }

    /// <summary>The number's text without its thousands commas (1,900 as 1900), in <paramref name="buffer"/> when there are any.</summary>
    private static ReadOnlySpan<char> WithoutCommas(string text, Span<char> buffer)
    {
        if (!text.Contains(','))
        {
            return text;
        }

        if (buffer.Length < text.Length)
        {
            return text.Replace(",", string.Empty, StringComparison.Ordinal);
        }

        var length = 0;
        foreach (var c in text)
        {
            if (c != ',')
            {
                buffer[length++] = c;
            }
        }

        return buffer[..length];
    }

    /// <summary>Whether the dollar sign at <paramref name="i"/> is written after a country's letters ("A$50", "NZ$3", "US$2"), which belong to the amount.</summary>
    private static bool CurrencyPrefix(Document doc, ReadOnlySpan<Token> t, int i, bool[] used)
    {
        if (i == 0 || t[i].Text[0] != '$' || used[i - 1] || doc.SentenceOf[i - 1] != doc.SentenceOf[i])
        {
            return false;
        }

        ref readonly var before = ref t[i - 1];
        return before.Kind == TokenKind.Word && before.End == t[i].Start && before.Text.Length <= 3 && before.Text.All(char.IsAsciiLetterUpper);
    }

    private static Mention? Match(Document doc, ReadOnlySpan<Token> t, int sentence, int i, int end, bool[] used)
    {
        if (t[i].Kind == TokenKind.Punct || (t[i].Kind == TokenKind.Word && !t[i].Has(WordClass.NumberWord)))
        {
            return null;
        }

        if (t[i].Kind == TokenKind.Symbol && t[i].Text[0] is '$' or '€' or '£' or '¥' && i + 1 < end && t[i + 1].Kind == TokenKind.Number)
        {
            var j = i + 2;
            if (j < end && IsScale(t[j].Lower))
            {
                j++;
            }

            return New(doc, sentence, CurrencyPrefix(doc, t, i, used) ? i - 1 : i, j, EntityType.Money, "how much", null);
        }

        var value = NumberValue(t[i]);
        if (value is null)
        {
            return null;
        }

        var k = i + 1;
        if (k < end && IsScale(t[k].Lower) && t[i].Kind == TokenKind.Number)
        {
            k++;
        }

        if (k < end && IsCurrency(t[k].Lower))
        {
            return New(doc, sentence, i, k + 1, EntityType.Money, "how much", null);
        }

        if (k < end && (t[k].Lower is "percent" or "%" || (t[k].Lower == "per" && k + 1 < end && t[k + 1].Lower == "cent")))
        {
            var j = t[k].Lower == "per" ? k + 2 : k + 1;
            if (j + 1 < end && t[j].Lower == "percentage" && t[j + 1].Lower == "points")
            {
                j += 2;
            }

            return New(doc, sentence, i, j, EntityType.Percent, "what share", null);
        }

        if (k < end && t[k].Lower == "percentage" && k + 1 < end && t[k + 1].Lower == "points")
        {
            return New(doc, sentence, i, k + 2, EntityType.Percent, "how many percentage points", null);
        }

        // a count: a number and the noun it counts (600 aid trucks, 33 hostages, 100,000 British-made vehicles)
        if (t[i].Kind == TokenKind.Number && t[i].Text.Contains('-', StringComparison.Ordinal))
        {
            return null;
        }

        var nounEnd = k;
        var last = -1;
        while (nounEnd < end && nounEnd - k < 4 && t[nounEnd].Kind == TokenKind.Word && !used[nounEnd]
            && !t[nounEnd].Has(WordClass.Preposition | WordClass.Determiner | WordClass.Auxiliary) && t[nounEnd].Lower is not ("and" or "or" or "'s" or "who" or "which" or "that"))
        {
            var w = t[nounEnd].Lower;
            var vf = t[nounEnd].Has(WordClass.Verb) ? Lexicon.Verb(w) : null;
            if (vf is not null && vf.Form is VerbFormKind.Past or VerbFormKind.PastOrParticiple && nounEnd > k)
            {
                break;
            }

            if ((w.EndsWith('s') && w.Length > 3 && !w.EndsWith("ss", StringComparison.Ordinal)) || IsUncountable(w))
            {
                last = nounEnd;
            }

            nounEnd++;
        }

        if (last >= k)
        {
            var counted = doc.Span(k, last + 1);
            var m = New(doc, sentence, i, last + 1, EntityType.Count, "how many", counted);
            m.Figure = doc.Span(i, k);
            return m;
        }

        if (t[i].Kind == TokenKind.Number && value >= 1000 && !(value <= 2100 && t[i].Text.Length == 4))
        {
            var m = New(doc, sentence, i, k, EntityType.Count, "how many", null);
            m.Figure = m.Text;
            return m;
        }

        return null;
    }

    private static Mention New(Document doc, int sentence, int start, int end, EntityType type, string noun, string? counted) => new()
    {
        Sentence = sentence,
        Start = start,
        End = end,
        Text = doc.Span(start, end),
        Type = type,
        Noun = noun,
        Counted = counted,
        Certain = true,
    };
}
