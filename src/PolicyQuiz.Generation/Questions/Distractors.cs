using System.Globalization;
using System.Text;
using PolicyQuiz.Core.Model;
using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation;

/// <summary>
/// Wrong options of the answer's type: from the article first (other people, other places, other
/// dates), then from the gazetteers (regions of the same country, capitals, organisations) or, for
/// dates and figures, nearby values in the article's own format. Never an answer or its alias, never twice.
/// </summary>
public sealed class Distractors
{
    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    private static readonly string[] MonthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    // the shifts and replacements of nearby dates and figures, in the order they are offered (made once, not per question)
    private static readonly int[] DayShifts = [2, 5, 1, 4, 3, 6];
    private static readonly int[] DateShifts = [3, -4, 9, -10];
    private static readonly int[] MonthShifts = [1, -2, 3, -1];
    private static readonly int[] YearShifts = [2, -3, 1, -1, 4];
    private static readonly string[] Relatives = ["last week", "next week", "last month", "next month", "this week", "earlier this year"];
    private static readonly string[] SmallNumbers = ["two", "three", "four", "five", "six", "ten"];
    private static readonly string[] OtherSmallNumbers = ["three", "six", "two", "five", "four", "ten"];
    private static readonly double[] Factors = [0.5, 2.0, 1.5, 0.75, 3.0];

    private readonly Document _doc;
    private readonly DistractorPool? _pool;
    private char[]? _timeShapes;
    private readonly List<TextWords> _forbidden = [];
    private readonly List<TextWords> _pickedWords = [];
    // the words of a text (a pure function of it), kept across articles: the pool's names recur in every article
    [ThreadStatic]
    private static Dictionary<string, TextWords>? t_words;
    private TextWords?[]? _mentionWords;
    private int[]?[]? _mentionsFor;
    private int _mentionsForCount;
    // one slot of _mentionsFor per entity type (a group's list in the slot of its Group type)
    private static readonly int TypeSlots = (int)Enum.GetValues<EntityType>().Max() + 1;

    public Distractors(Document doc, DistractorPool? pool = null)
    {
        _doc = doc;
        _pool = pool;
    }

    public IReadOnlyList<string> For(Candidate candidate, int wanted = 3)
    {
        // the word lists are the instance's, cleared for each question (For runs to its end before it is called again)
        _forbidden.Clear();
        foreach (var f in candidate.Answer)
        {
            _forbidden.Add(Words(f));
        }

        foreach (var f in candidate.Accept)
        {
            _forbidden.Add(Words(f));
        }

        _pickedWords.Clear();
        // the prompt folded once, on the stack, for the giveaway check of every option
        var foldedPrompt = candidate.Prompt.Length <= IgnoreCase.MaxFolded ? stackalloc char[candidate.Prompt.Length] : [];
        var isFolded = IgnoreCase.TryFold(candidate.Prompt, foldedPrompt);
        var picking = new Picking(candidate, foldedPrompt, isFolded, wanted, _forbidden, _pickedWords);

        // the options in order, each offered until enough are picked or 400 are tried: the article's own names of the
        // type (a plain loop over the mentions that can be options for it), the pool's names, then the gazetteers'
        // names or nearby values
        var type = candidate.AnswerType;
        var answer = candidate.Answers.Count > 0 ? candidate.Answers[0] : null;
        var answerShape = type == EntityType.Time && answer is not null ? AnswerShape(answer) : '\0';
        var mentions = _doc.Mentions;
        if (answer is { NationalityPlace: true, Noun: { } noun })
        {
            // "Chinese ports": other nationalities with the same noun, the article's first
            OfferDemonymPlaces(ref picking, answer, noun);
            return picking.Picked;
        }

        foreach (var i in MentionsFor(type))
        {
            var m = mentions[i];
            if (type.IsAmount() && !SameUnit(answer, m) || type == EntityType.Time && answer is not null && answerShape != ShapeOf(i))
            {
                continue;
            }

            if (!picking.CanOffer())
            {
                return picking.Picked;
            }

            if (type == EntityType.Count && candidate.Rule == "amount" && m.Counted is not null && m.Text.EndsWith(m.Counted, StringComparison.Ordinal))
            {
                picking.Offer(m.Text[..^m.Counted.Length].Trim());
            }
            else
            {
                picking.Offer(m.Full, MentionWords(i));
            }
        }

        if (answer is null)
        {
            return picking.Picked;
        }

        if (_pool is not null)
        {
            // the pack's other articles and the bank: people in the news for people, and so on
            foreach (var other in PoolTypes(type))
            {
                foreach (var name in _pool.Of(other))
                {
                    if (!picking.CanOffer())
                    {
                        return picking.Picked;
                    }

                    picking.Offer(name);
                }
            }
        }

        foreach (var option in Beyond(candidate, answer))
        {
            if (!picking.CanOffer())
            {
                break;
            }

            picking.Offer(option);
        }

        return picking.Picked;
    }

    /// <summary>Options for a place said as a nationality and a noun: the article's other nationalities, then the gazetteer's, with the noun.</summary>
    private void OfferDemonymPlaces(ref Picking picking, Mention answer, string noun)
    {
        foreach (var i in MentionsFor(EntityType.Nationality))
        {
            var m = _doc.Mentions[i];
            if (m.Country == answer.Country)
            {
                continue;
            }

            if (!picking.CanOffer())
            {
                return;
            }

            picking.Offer(m.Text + " " + noun);
        }

        foreach (var word in Rotate(DemonymPlace.Adjectives, answer.Text))
        {
            if (Lexicon.Demonyms.TryGetValue(word, out var country) && country == answer.Country)
            {
                continue;
            }

            if (!picking.CanOffer())
            {
                return;
            }

            picking.Offer(word + " " + noun);
        }
    }

    /// <summary>One question's picking of options: its prompt folded on the stack, the options tried and picked so far.</summary>
    private ref struct Picking(Candidate candidate, ReadOnlySpan<char> foldedPrompt, bool isFolded, int wanted, List<TextWords> forbidden, List<TextWords> pickedWords)
    {
        public readonly List<string> Picked = new(wanted);
        private readonly ReadOnlySpan<char> _foldedPrompt = foldedPrompt;
        private readonly bool _person = candidate.AnswerType == EntityType.Person;
        private int _tried;

        /// <summary>Whether another option is looked at (counted as tried): not once enough are picked or 400 were tried.</summary>
        public bool CanOffer() => Picked.Count < wanted && ++_tried <= 400;

        /// <summary>Picks <paramref name="option"/> unless the prompt shows it or it is the answer, an alias or a pick already.</summary>
        public readonly void Offer(string option) => Offer(option, Words(option));

        /// <summary>As <see cref="Offer(string)"/> with the option's words known.</summary>
        public readonly void Offer(string option, TextWords words)
        {
            if (option.Length > 3 && IgnoreCase.Contains(candidate.Prompt, _foldedPrompt, isFolded, option, words.Folded))
            {
                // a name the question itself shows is no answer to it: a giveaway, not a distractor
                return;
            }

            if (words.Words.Length == 0)
            {
                return;
            }

            foreach (var f in forbidden)
            {
                if (Same(f, words) || (_person && Overlap(f, words)))
                {
                    return;
                }
            }

            foreach (var p in pickedWords)
            {
                if (Same(p, words))
                {
                    return;
                }
            }

            Picked.Add(option);
            pickedWords.Add(words);
        }
    }

    /// <summary>
    /// The words of a text (<see cref="AnswerMatch.Normalize"/> split at spaces), its ASCII lowercase form (null unless it is short
    /// ASCII), and a bit per word (<see cref="Bit"/>) of all its words and of those longer than 3 letters: a word whose bit is not
    /// in another text's bits is not one of its words, so most lists are told apart without comparing a string.
    /// </summary>
    private sealed record TextWords(string[] Words, string? Folded, ulong Bits, ulong LongBits);

    private static TextWords Words(string text)
    {
        var cache = t_words ??= new Dictionary<string, TextWords>(StringComparer.Ordinal);
        if (!cache.TryGetValue(text, out var words))
        {
            if (cache.Count >= 1 << 16)
            {
                cache.Clear();
            }

            var split = AnswerMatch.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var bits = 0UL;
            var longBits = 0UL;
            foreach (var w in split)
            {
                bits |= Bit(w);
                longBits |= w.Length > 3 ? Bit(w) : 0;
            }

            words = new TextWords(split, text.Length <= IgnoreCase.MaxFoldedValue && Ascii.IsValid(text) ? text.ToLowerInvariant() : null, bits, longBits);
            cache[text] = words;
        }

        return words;
    }

    /// <summary>One of 64 bits for a word, the same for equal words (a hash of its length and characters).</summary>
    private static ulong Bit(string word)
    {
        var h = (uint)word.Length;
        foreach (var c in word)
        {
            h = (h * 31) + c;
        }

        return 1UL << (int)(h % 61);
    }

    /// <summary>The scorer's rule on word lists: equal, or one inside the other covering at least half.</summary>
    private static bool Same(TextWords x, TextWords y)
    {
        var (small, large) = x.Words.Length <= y.Words.Length ? (x, y) : (y, x);
        if (small.Words.Length == 0 || (double)small.Words.Length / large.Words.Length < 0.5 || (small.Bits & ~large.Bits) != 0)
        {
            // (the last: a word of the smaller list is not in the larger)
            return false;
        }

        foreach (var w in small.Words)
        {
            if (!Has(large.Words, w))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a word of <paramref name="a"/> longer than 3 letters is a word of <paramref name="b"/>.</summary>
    private static bool Overlap(TextWords a, TextWords b)
    {
        if ((a.LongBits & b.Bits) == 0)
        {
            // no such word of a has its bit among b's
            return false;
        }

        foreach (var w in a.Words)
        {
            if (w.Length > 3 && Has(b.Words, w))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="words"/> has <paramref name="word"/>: Array.IndexOf as a plain ordinal loop (the generic search goes through the default comparer).</summary>
    private static bool Has(string[] words, string word)
    {
        foreach (var w in words)
        {
            if (string.Equals(w, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The <see cref="Words"/> of the full name of the article's mention number <paramref name="i"/>, kept with the article (its names are offered question after question).</summary>
    private TextWords MentionWords(int i)
    {
        if (_mentionWords is null || _mentionWords.Length != _doc.Mentions.Count)
        {
            _mentionWords = new TextWords?[_doc.Mentions.Count];
        }

        return _mentionWords[i] ??= Words(_doc.Mentions[i].Full);
    }

    /// <summary>
    /// The article's mentions that can be options for an answer of <paramref name="type"/> (compatible, typed, not on a
    /// role word), in order, worked out once per article instead of once per question: the types that can stand for one
    /// another (<see cref="Group"/>) share one list, and all the lists are filled in one pass over the mentions.
    /// </summary>
    private int[] MentionsFor(EntityType type)
    {
        var mentions = _doc.Mentions;
        if (_mentionsFor is null || _mentionsForCount != mentions.Count)
        {
            // how many of each group, then each group's mentions in order
            var counts = new int[TypeSlots];
            var group = new int[mentions.Count];
            for (var i = 0; i < mentions.Count; i++)
            {
                var m = mentions[i];
                group[i] = m.Type == EntityType.Unknown || _doc.RoleTokens.Contains(m.Start) ? -1 : (int)Group(m.Type);
                if (group[i] >= 0)
                {
                    counts[group[i]]++;
                }
            }

            var lists = new int[]?[TypeSlots];
            for (var g = 0; g < TypeSlots; g++)
            {
                lists[g] = counts[g] == 0 ? [] : new int[counts[g]];
                counts[g] = 0;
            }

            for (var i = 0; i < mentions.Count; i++)
            {
                if (group[i] >= 0)
                {
                    lists[group[i]]![counts[group[i]]++] = i;
                }
            }

            _mentionsFor = lists;
            _mentionsForCount = mentions.Count;
        }

        return _mentionsFor[(int)Group(type)]!;
    }

    /// <summary>
    /// The types whose mentions are options for one another's answers, by one of them: a city, a region and a place for any of
    /// the three, an organisation and a media outlet for either; every other type only for itself.
    /// </summary>
    private static EntityType Group(EntityType type) => type switch
    {
        EntityType.Region or EntityType.Place => EntityType.City,
        EntityType.Media => EntityType.Organisation,
        _ => type,
    };

    /// <summary>The options after the article's and the pool's names, in order: the gazetteers' names or nearby values.</summary>
    private static IEnumerable<string> Beyond(Candidate c, Mention answer)
    {
        var type = c.AnswerType;
        switch (type)
        {
            case EntityType.Country:
                foreach (var name in Rotate(Lexicon.CountryNames, answer.Full))
                {
                    yield return name;
                }

                break;
            case EntityType.City or EntityType.Region or EntityType.Place:
                if (answer.Country is { } country && Lexicon.PlacesByCountry.TryGetValue(country, out var near))
                {
                    foreach (var name in near)
                    {
                        yield return name;
                    }
                }

                foreach (var name in Rotate(Lexicon.CapitalNames, answer.Full))
                {
                    yield return name;
                }

                break;
            case EntityType.Organisation or EntityType.Media:
                var kind = type == EntityType.Media ? "media" : answer.Noun is "company" ? "company" : "intl";
                if (Lexicon.OrganisationsByKind.TryGetValue(kind, out var orgs))
                {
                    foreach (var name in Rotate(orgs, answer.Full))
                    {
                        yield return name;
                    }
                }

                break;
            case EntityType.Time:
                foreach (var option in NearbyTimes(answer.Text))
                {
                    yield return option;
                }

                break;
            case EntityType.Duration or EntityType.Money or EntityType.Percent or EntityType.Count:
                var text = c.Answer[0];
                foreach (var option in NearbyFigures(text))
                {
                    yield return option;
                }

                break;
            default:
                break;
        }
    }

    /// <summary>The <see cref="TimeShape"/> of an answer: kept with the article's mention when it is one (most answers are), else worked out.</summary>
    private char AnswerShape(Mention answer)
    {
        var k = answer.Start >= 0 && answer.Start < _doc.MentionAt.Length ? _doc.MentionAt[answer.Start] : -1;
        return k >= 0 && ReferenceEquals(_doc.Mentions[k], answer) ? ShapeOf(k) : TimeShape(answer.Text);
    }

    /// <summary>The <see cref="TimeShape"/> of the article's mention number <paramref name="i"/>, worked out once per article.</summary>
    private char ShapeOf(int i)
    {
        if (_timeShapes is null || _timeShapes.Length != _doc.Mentions.Count)
        {
            _timeShapes = new char[_doc.Mentions.Count];
        }

        var shape = _timeShapes[i];
        if (shape == '\0')
        {
            _timeShapes[i] = shape = TimeShape(_doc.Mentions[i].Text);
        }

        return shape;
    }

    private static readonly EntityType[] People = [EntityType.Person];
    private static readonly EntityType[] Cities = [EntityType.City];
    private static readonly EntityType[] Regions = [EntityType.Region];
    private static readonly EntityType[] Organisations = [EntityType.Organisation];
    private static readonly EntityType[] Media = [EntityType.Media];

    private static EntityType[] PoolTypes(EntityType answer) => answer switch
    {
        EntityType.Person => People,
        EntityType.City => Cities,
        EntityType.Region => Regions,
        EntityType.Organisation => Organisations,
        EntityType.Media => Media,
        _ => [],
    };

    /// <summary>What kind of time a text is, so a year gets years and a weekday gets weekdays: 'w'eekday, 'd'ay of a month, 'm'onth, 'y'ear, 'c'lock, 'o'ther.</summary>
    internal static char TimeShape(string text)
    {
        // one scan (instead of a search per name): a clock mark ends it; at a capital letter, the weekdays and months that
        // start there (every name starts with one); and the longest run of digits
        var day = false;
        var month = false;
        var digits = 0;
        var longest = 0;
        for (var p = 0; p < text.Length; p++)
        {
            var c = text[p];
            if (c == ':' || c is 'a' or 'p' && text.AsSpan(p + 1).StartsWith(".m.", StringComparison.Ordinal))
            {
                return 'c';
            }

            digits = char.IsDigit(c) ? digits + 1 : 0;
            longest = Math.Max(longest, digits);
            if (c is >= 'A' and <= 'Z')
            {
                day |= StartsAny(text.AsSpan(p), c, Days);
                month |= StartsAny(text.AsSpan(p), c, MonthNames);
            }
        }

        return day ? 'w' : month ? (longest is 1 or 2 ? 'd' : 'm') : longest == 4 ? 'y' : 'o';
    }

    /// <summary>Whether <paramref name="text"/> (which starts with <paramref name="first"/>) starts with one of the names.</summary>
    private static bool StartsAny(ReadOnlySpan<char> text, char first, string[] names)
    {
        foreach (var name in names)
        {
            if (name[0] == first && text.StartsWith(name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameUnit(Mention? answer, Mention other)
    {
        if (answer is null)
        {
            return true;
        }

        if (answer.Type == EntityType.Count)
        {
            return other.Counted is not null && answer.Counted is not null && LastWord(other.Counted) == LastWord(answer.Counted);
        }

        if (answer.Type == EntityType.Duration)
        {
            return LastWord(other.Text).TrimEnd('s') == LastWord(answer.Text).TrimEnd('s');
        }

        return true;
    }

    private static string LastWord(string text)
    {
        var space = text.LastIndexOf(' ');
        return space < 0 ? text : text[(space + 1)..];
    }

    private static IEnumerable<string> Rotate(string[] names, string key)
    {
        if (names.Length == 0)
        {
            yield break;
        }

        var start = (int)((uint)StableHash(key) % (uint)names.Length);
        for (var i = 0; i < names.Length; i++)
        {
            yield return names[(start + i * 7) % names.Length];
        }
    }

    private static int StableHash(string text)
    {
        var h = 17;
        foreach (var c in text)
        {
            h = unchecked(h * 31 + c);
        }

        return h;
    }

    /// <summary>Other days, months or dates in the same format as the answer ("next Thursday" → "next Monday").</summary>
    internal static IEnumerable<string> NearbyTimes(string text)
    {
        if (FirstContained(text, Days) is var d and >= 0)
        {
            foreach (var shift in DayShifts)
            {
                yield return text.Replace(Days[d], Days[(d + shift) % 7], StringComparison.Ordinal);
            }

            yield break;
        }

        if (FirstContained(text, MonthNames) is var m and >= 0)
        {
            var digits = FirstDigits(text);
            if (digits.Length is 1 or 2 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var day))
            {
                foreach (var shift in DateShifts)
                {
                    var other = day + shift;
                    if (other is >= 1 and <= 28)
                    {
                        yield return ReplaceFirst(text, digits, other.ToString(CultureInfo.InvariantCulture));
                    }
                }
            }

            foreach (var shift in MonthShifts)
            {
                yield return text.Replace(MonthNames[m], MonthNames[(m + shift + 12) % 12], StringComparison.Ordinal);
            }

            yield break;
        }

        if (YearIn(text) is var (start, year))
        {
            // a year gets other years near it ("2029" -> "2027"), never a scaled figure such as "1015"
            foreach (var shift in YearShifts)
            {
                yield return string.Concat(text.AsSpan(0, start), (year + shift).ToString(CultureInfo.InvariantCulture), text.AsSpan(start + 4));
            }

            yield break;
        }

        foreach (var option in NearbyFigures(text))
        {
            yield return option;
        }

        foreach (var r in Relatives)
        {
            yield return r;
        }
    }

    /// <summary>Where the text's only run of digits stands and its value, when that run is a year (four digits from 1000 to 2199).</summary>
    private static (int Start, int Year)? YearIn(string text)
    {
        var start = -1;
        for (var p = 0; p < text.Length; p++)
        {
            if (!char.IsAsciiDigit(text[p]))
            {
                continue;
            }

            if (start >= 0)
            {
                return null;
            }

            start = p;
            while (p + 1 < text.Length && char.IsAsciiDigit(text[p + 1]))
            {
                p++;
            }

            if (p - start != 3)
            {
                return null;
            }
        }

        var year = start < 0 ? 0 : int.Parse(text.AsSpan(start, 4), NumberStyles.None, CultureInfo.InvariantCulture);
        return year is >= 1000 and < 2200 ? (start, year) : null;
    }

    /// <summary>
    /// The index of the first of the names (in their order) that <paramref name="text"/> contains, or -1. One scan instead of a
    /// search per name: every name starts with a capital letter, so an occurrence starts where the text has one.
    /// </summary>
    private static int FirstContained(string text, string[] names)
    {
        var first = -1;
        for (var p = 0; p < text.Length; p++)
        {
            var c = text[p];
            if (c is < 'A' or > 'Z')
            {
                continue;
            }

            for (var k = 0; k < names.Length && (first < 0 || k < first); k++)
            {
                if (names[k][0] == c && text.AsSpan(p).StartsWith(names[k], StringComparison.Ordinal))
                {
                    first = k;
                }
            }
        }

        return first;
    }

    /// <summary>The first run of digits in the text ("April 17" → "17"), or the empty string.</summary>
    internal static string FirstDigits(string text)
    {
        var start = 0;
        while (start < text.Length && !char.IsDigit(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && char.IsDigit(text[end]))
        {
            end++;
        }

        return text[start..end];
    }

    private static string ReplaceFirst(string text, string what, string with)
    {
        var i = text.IndexOf(what, StringComparison.Ordinal);
        return i < 0 ? text : string.Concat(text.AsSpan(0, i), with, text.AsSpan(i + what.Length));
    }

    /// <summary>The same figure scaled (×0.5, ×1.5, ×2, ×0.75) in the same format: "$550 billion" → "$275 billion".</summary>
    internal static IEnumerable<string> NearbyFigures(string text)
    {
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsDigit(text[i]))
            {
                start = i;
                break;
            }
        }

        if (start < 0)
        {
            foreach (var word in SmallNumbers)
            {
                if (text.Contains(word, StringComparison.Ordinal))
                {
                    foreach (var other in OtherSmallNumbers)
                    {
                        if (other != word)
                        {
                            yield return text.Replace(word, other, StringComparison.Ordinal);
                        }
                    }

                    yield break;
                }
            }

            yield break;
        }

        var end = start;
        while (end < text.Length && (char.IsDigit(text[end]) || text[end] is ',' or '.' && end + 1 < text.Length && char.IsDigit(text[end + 1])))
        {
            end++;
        }

        var digits = text[start..end];
        var commas = digits.Contains(',', StringComparison.Ordinal);
        if (!double.TryParse(digits.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value == 0)
        {
            yield break;
        }

        var decimals = digits.Contains('.', StringComparison.Ordinal) ? digits.Length - digits.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        foreach (var factor in Factors)
        {
            var scaled = Math.Round(value * factor, decimals);
            if (decimals == 0 && scaled >= 20)
            {
                scaled = Math.Round(scaled / 5) * 5;
            }

            if (scaled <= 0 || scaled == value)
            {
                continue;
            }

            var formatted = commas ? scaled.ToString("#,0", CultureInfo.InvariantCulture) : scaled.ToString(decimals > 0 ? "0." + new string('0', decimals) : "0", CultureInfo.InvariantCulture);
            yield return string.Concat(text.AsSpan(0, start), formatted, text.AsSpan(end));
        }
    }
}
