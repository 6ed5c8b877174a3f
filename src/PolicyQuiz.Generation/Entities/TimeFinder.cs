using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation;

/// <summary>
/// Finds time expressions (weekdays, dates, mid-/early/late months, next/last/this week, today,
/// years, times of day) and durations ("90 days", "180-day"); resolves them against the article date
/// while keeping the article's own words as the mention text.
/// </summary>
public static class TimeFinder
{
    // the word lists as constant patterns: the compiler tests a length and a character before comparing, cheaper than a set lookup
    private static bool IsDayPart(string w) => w is "morning" or "afternoon" or "evening" or "night";

    private static bool IsRelative(string w) => w is "next" or "last" or "this" or "coming" or "following" or "previous" or "past";

    private static bool IsPeriod(string w) =>
        w is "week" or "month" or "year" or "weekend" or "morning" or "evening" or "afternoon" or "spring" or "summer" or "autumn" or "winter" or "fall"
            or "quarter" or "decade" or "century" or "night";

    private static bool IsUnit(string w) =>
        w is "day" or "days" or "week" or "weeks" or "month" or "months" or "year" or "years" or "hour" or "hours" or "minute" or "minutes" or "decade"
            or "decades" or "second" or "seconds";

    private static bool IsEdge(string w) => w is "early" or "late" or "mid" or "earlier" or "later" or "end" or "middle" or "start" or "beginning";

    public static void Find(Document doc, int sentence, bool[] used)
    {
        // the tokens read in place (most cannot start a time), not copied out of the list one by one
        var tokens = (ReadOnlySpan<Token>)CollectionsMarshal.AsSpan(doc.Tokens);
        var span = doc.Sentences[sentence];
        for (var i = NextStart(tokens, used, span.Start, span.End); i < span.End; i = NextStart(tokens, used, i + 1, span.End))
        {
            var end = Match(tokens, i, span.End, out var type);
            if (end <= i)
            {
                continue;
            }

            // "Saturday and Sunday", "March 3 and 4": one expression
            if (type == EntityType.Time && end + 1 < span.End && tokens[end].Lower is "and" or "or" && !used[end + 1])
            {
                var second = Match(tokens, end + 1, span.End, out var secondType);
                if (second > end + 1 && secondType == EntityType.Time)
                {
                    end = second;
                }
            }

            var start = i;
            // hedges before a duration: about, roughly, nearly, more than
            if (type == EntityType.Duration)
            {
                start = AmountFinder.HedgeStart(tokens, i, span.Start, used);
            }

            var mention = new Mention
            {
                Sentence = sentence,
                Start = start,
                End = end,
                Text = doc.Span(start, end),
                Type = type,
                Certain = true,
                Noun = type == EntityType.Duration ? "how long" : "when",
            };
            if (type == EntityType.Time)
            {
                mention.Date = Resolve(tokens, start, end, doc.Article.Published);
            }

            for (var k = start; k < end; k++)
            {
                used[k] = true;
            }

            doc.Add(mention);
            i = end - 1;
        }
    }

    /// <summary>
    /// The first token from <paramref name="start"/> before <paramref name="end"/> that is not used and may start a time, or
    /// <paramref name="end"/>: a plain scan over the many tokens that cannot, with no call to spill its registers around.
    /// </summary>
    private static int NextStart(ReadOnlySpan<Token> t, bool[] used, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!used[i] && MayStart(in t[i]))
            {
                return i;
            }
        }

        return end;
    }

    /// <summary>The words a time expression may start with: <see cref="Lexicon.TimeWords"/>, weekdays, months and number words.</summary>
    private const WordClass Triggers = WordClass.TimeWord | WordClass.Weekday | WordClass.Month | WordClass.NumberWord;

    /// <summary>Whether a time expression can start at the token: a number, a symbol, a trigger word or a hyphenated one (most tokens are none).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayStart(in Token t) => t.Kind != TokenKind.Punct && (t.Kind != TokenKind.Word || t.Has(Triggers | WordClass.Hyphen));

    private static int Match(ReadOnlySpan<Token> t, int i, int end, out EntityType type)
    {
        type = EntityType.Time;
        ref readonly var token = ref t[i];
        if (!MayStart(in token))
        {
            return i;
        }

        var w = token.Lower;
        // the word patterns and the number patterns are tried apart: a token is one or the other (a symbol is neither)
        if (token.Kind == TokenKind.Word)
        {
            var found = MatchWord(t, i, end, w);
            if (found > i)
            {
                return found;
            }
        }
        else if (token.Kind == TokenKind.Number)
        {
            var found = MatchNumber(t, i, end);
            if (found > i)
            {
                return found;
            }
        }
        else
        {
            return i;
        }

        // durations: 90 days, two months, 180-day, three-day (the unit is looked at before the number is parsed)
        if (i + 1 < end && IsUnit(t[i + 1].Lower) && AmountFinder.NumberValue(in token) is not null)
        {
            type = EntityType.Duration;
            var j = i + 2;
            if (j < end && t[j].Lower is "ago" or "earlier" or "later")
            {
                type = EntityType.Time;
                j++;
            }

            return j;
        }

        if (w.Contains('-', StringComparison.Ordinal))
        {
            var dash = w.IndexOf('-', StringComparison.Ordinal);
            var unit = w[(dash + 1)..];
            if (IsUnit(unit) && (char.IsDigit(w[0]) || Lexicon.NumberWords.ContainsKey(w[..dash])))
            {
                type = EntityType.Duration;
                return i + 1;
            }
        }

        return i;
    }

    /// <summary>The time patterns that start with a word (today, next week, Monday, mid-April, early March, from April 2 to 4); returns the end or <paramref name="i"/>.</summary>
    private static int MatchWord(ReadOnlySpan<Token> t, int i, int end, string w)
    {
        // today, tonight, yesterday, tomorrow
        if (w is "today" or "tonight" or "yesterday" or "tomorrow")
        {
            return i + 1;
        }

        // "the early hours of Saturday"
        if (w is "early" or "late" && i + 3 < end && t[i + 1].Lower == "hours" && t[i + 2].Lower == "of" && t[i + 3].Has(WordClass.Weekday))
        {
            return i + 4;
        }

        // late on Monday, early on Friday
        if (w is "late" or "early" && i + 2 < end && t[i + 1].Lower == "on" && t[i + 2].Has(WordClass.Weekday))
        {
            return DayPart(t, i + 3, end);
        }

        // earlier this month, later this year
        if (w is "earlier" or "later" && i + 2 < end && t[i + 1].Lower is "this" or "next" or "last" && IsPeriod(t[i + 2].Lower))
        {
            return i + 3;
        }

        // next Thursday, last month, this week
        if (IsRelative(w) && i + 1 < end && (t[i + 1].Has(WordClass.Weekday) || IsPeriod(t[i + 1].Lower)))
        {
            if (w is "this" or "last" or "next" or "coming" || t[i + 1].Has(WordClass.Weekday))
            {
                return i + 2;
            }
        }

        if (t[i].Has(WordClass.Weekday) && t[i].IsCapitalized)
        {
            return DayPart(t, i + 1, end);
        }

        // early/mid/late + month; mid-April
        if (w.StartsWith("mid-", StringComparison.Ordinal) && Lexicon.Months.ContainsKey(w[4..]))
        {
            return Year(t, i + 1, end);
        }

        if (IsEdge(w) && i + 1 < end && t[i + 1].IsCapitalized && t[i + 1].Has(WordClass.Month))
        {
            return Year(t, i + 2, end);
        }

        // from April 2 to 4, April 2 to 4
        if (w == "from" && i + 2 < end && t[i + 1].IsCapitalized && t[i + 1].Has(WordClass.Month) && IsDay(t[i + 2]))
        {
            var j = i + 3;
            if (j + 1 < end && (t[j].Lower is "to" or "-" or "until" or "through") && (IsDay(t[j + 1]) || (j + 2 < end && t[j + 1].Has(WordClass.Month) && IsDay(t[j + 2]))))
            {
                return Year(t, IsDay(t[j + 1]) ? j + 2 : j + 3, end);
            }
        }

        if (t[i].IsCapitalized && t[i].Has(WordClass.Month))
        {
            // "May" and "March" are also a verb and a word of the day: a month only with a day after it or a time word before it ("in March")
            var monthContext = i > 0 && t[i - 1].Lower is "in" or "since" or "until" or "by" or "from" or "last" or "next" or "this" or "early" or "late" or "mid" or "through" or "till" or "of" or "mid-";
            if (!(w == "may" && !monthContext && !(i + 1 < end && IsDay(t[i + 1]))) && !(w == "march" && !monthContext && !(i + 1 < end && t[i + 1].Kind == TokenKind.Number)))
            {
                var j = i + 1;
                if (j < end && IsDay(t[j]))
                {
                    j++;
                }

                return Year(t, j, end);
            }
        }

        // late 1980s, early 2024
        if (w is "early" or "late" or "mid" && i + 1 < end && t[i + 1].Kind == TokenKind.Number && t[i + 1].Text.Length is 4 or 5 && IsYear(t[i + 1].Text[..4]))
        {
            return i + 2;
        }

        return i;
    }

    /// <summary>The time patterns that start with a number (12 May 2025, 8:30 a.m., 11:15, the 1980s, in 2018); returns the end or <paramref name="i"/>.</summary>
    private static int MatchNumber(ReadOnlySpan<Token> t, int i, int end)
    {
        ref readonly var token = ref t[i];

        // 12 May 2025
        if (i + 1 < end && t[i + 1].IsCapitalized && t[i + 1].Has(WordClass.Month) && IsDay(in token))
        {
            return Year(t, i + 2, end);
        }

        // times of day: 8:30 a.m., 1 a.m., 11:15
        if (i + 1 < end && t[i + 1].Lower is "a.m." or "p.m." or "am" or "pm" or "gmt" or "utc")
        {
            var j = i + 2;
            if (j + 1 < end && t[j].Lower == "local" && t[j + 1].Lower == "time")
            {
                j += 2;
            }

            return j;
        }

        var text = token.Text;
        if (text.Length is 4 or 5 && text[^3] == ':')
        {
            return i + 1;
        }

        // the 1980s
        if (text.Length == 5 && text[4] == 's' && IsYear(text[..4]))
        {
            return i + 1;
        }

        // a bare year after a preposition: in 2018, since 1992, fiscal 2024
        if (IsYear(text) && i > 0 && t[i - 1].Lower is "in" or "since" or "by" or "until" or "from" or "of" or "before" or "after" or "fiscal" or "to" or "and" or "between" or "early" or "late" or "mid")
        {
            return i + 1;
        }

        return i;
    }

    private static int DayPart(ReadOnlySpan<Token> t, int j, int end) => j < end && IsDayPart(t[j].Lower) ? j + 1 : j;

    private static int Year(ReadOnlySpan<Token> t, int j, int end)
    {
        if (j + 1 < end && t[j].IsPunct(',') && IsYear(t[j + 1].Text))
        {
            return j + 2;
        }

        return j < end && t[j].Kind == TokenKind.Number && IsYear(t[j].Text) ? j + 1 : j;
    }

    private static bool IsDay(in Token t) =>
        t.Kind == TokenKind.Number && int.TryParse(t.Text.TrimEnd('s', 't', 'h', 'n', 'd', 'r'), NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 31;

    private static bool IsYear(string text) =>
        text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2100;

    /// <summary>The calendar date a time expression points to, given the article's date.</summary>
    public static DateOnly? Resolve(ReadOnlySpan<Token> t, int start, int end, DateOnly? published, bool future = false)
    {
        int? month = null, day = null, year = null;
        DayOfWeek? weekday = null;
        string? relative = null;
        string? period = null;
        for (var i = start; i < end; i++)
        {
            var w = t[i].Lower;
            if (w.StartsWith("mid-", StringComparison.Ordinal))
            {
                w = w[4..];
                day ??= 15;
            }

            if (Lexicon.Months.TryGetValue(w, out var m))
            {
                month ??= m;
            }
            else if (Lexicon.Weekdays.TryGetValue(w, out var wd))
            {
                weekday = wd;
            }
            else if (IsDay(t[i]) && month is not null && day is null)
            {
                day = int.Parse(t[i].Text.TrimEnd('s', 't', 'h', 'n', 'd', 'r'), CultureInfo.InvariantCulture);
            }
            else if (IsDay(t[i]) && i + 1 < end && Lexicon.Months.ContainsKey(t[i + 1].Lower))
            {
                day = int.Parse(t[i].Text.TrimEnd('s', 't', 'h', 'n', 'd', 'r'), CultureInfo.InvariantCulture);
            }
            else if (t[i].Kind == TokenKind.Number && IsYear(t[i].Text))
            {
                year = int.Parse(t[i].Text, CultureInfo.InvariantCulture);
            }
            else if (IsRelative(w))
            {
                relative = w;
            }
            else if (IsPeriod(w))
            {
                period = w;
            }
            else if (w is "today" or "tonight")
            {
                return published;
            }
            else if (w == "yesterday")
            {
                return published?.AddDays(-1);
            }
            else if (w == "tomorrow")
            {
                return published?.AddDays(1);
            }
        }

        if (published is not { } p)
        {
            return month is not null && day is not null && year is not null ? new DateOnly(year.Value, month.Value, Math.Min(day.Value, 28)) : null;
        }

        if (month is { } mo)
        {
            var y = year ?? p.Year;
            if (year is null && mo > p.Month + 2)
            {
                y--;
            }

            var d = Math.Min(day ?? 1, DateTime.DaysInMonth(y, mo));
            return new DateOnly(y, mo, d);
        }

        if (weekday is { } wday)
        {
            var diff = ((int)wday - (int)p.DayOfWeek + 7) % 7;
            if (relative == "next")
            {
                // "next Thursday": the Thursday of the coming week
                return p.AddDays(diff == 0 ? 7 : diff);
            }

            if (future)
            {
                return p.AddDays(diff == 0 ? 7 : diff);
            }

            // "on Friday" in news: the most recent such day (or today)
            var back = ((int)p.DayOfWeek - (int)wday + 7) % 7;
            return p.AddDays(-back);
        }

        if (period is not null && relative is not null)
        {
            var sign = relative switch { "next" or "coming" or "following" => 1, "last" or "previous" or "past" => -1, _ => 0 };
            return period switch
            {
                "week" or "weekend" => p.AddDays(7 * sign),
                "month" => p.AddMonths(sign),
                "year" => p.AddYears(sign),
                _ => p,
            };
        }

        if (year is { } yy)
        {
            return new DateOnly(yy, 1, 1);
        }

        return null;
    }
}
