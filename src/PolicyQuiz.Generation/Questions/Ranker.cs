using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation;

/// <summary>
/// Orders candidates best first. A transparent score (rule, answer type, lead position, prompt
/// length, unresolved pronouns, a giveaway answer, an over-familiar answer) and then a greedy pick
/// that spreads questions over sentences and answers and drops near-duplicates.
/// </summary>
public static class Ranker
{
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal) { "to", "the", "a", "an", "of", "in", "on", "at", "by", "for", "with", "from", "and", "or" };

    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "that", "whether", "if", "and", "but", "when", "after", "before", "as", "because", "while", "until", "where", "which", "who" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWordsBySpan = FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> JoinersBySpan = Joiners.GetAlternateLookup<ReadOnlySpan<char>>();


    /// <param name="c">The candidate.</param>
    /// <param name="doc">Its article.</param>
    /// <param name="frequency">How often the article names the candidate's first answer (by its normal form); 0 when it names it nowhere.</param>
    public static double Score(Candidate c, Document doc, int frequency)
    {
        var score = c.Rule switch
        {
            "role" => 2.7,
            "agent" => 2.9,
            "subject" => 2.4,
            "inverted" => 2.5,
            "where" => 2.4,
            "when" => 2.2,
            "amount" => 2.2,
            "object" => 2.0,
            "speaker" => 1.7,
            "with" => 2.2,
            "copula" => 2.2,
            "cloze" => 1.1,
            _ => 1.3,
        };

        // measured on the development articles (share of the first 40 questions that ask a gold fact):
        // agents of passives and participles 80%, roles 56%, places 52%, who-did-it people 24% (either word order), cloze gaps 18%
        if (c.Rule is "subject" or "inverted" && c.AnswerType == EntityType.Person)
        {
            score -= 0.4;
        }
        score += c.AnswerType switch
        {
            EntityType.Person => 0.6,
            EntityType.Organisation or EntityType.Media => 0.35,
            EntityType.City or EntityType.Region or EntityType.Place or EntityType.Country => 0.35,
            EntityType.Time => 0.3,
            EntityType.Money or EntityType.Percent or EntityType.Count or EntityType.Duration => 0.25,
            EntityType.Document or EntityType.Thing or EntityType.Event => 0.2,
            EntityType.Unknown => -0.4,
            _ => -2,
        };
        if (c.Sentence < 2)
        {
            score += 0.3;
        }

        var (count, vague, firstPerson) = PromptWords(c.Prompt);
        if (count > 30 || count < 5)
        {
            score -= 0.6;
        }

        score -= Math.Min(1.0, 0.3 * vague);
        if (firstPerson)
        {
            score -= 1.5;
        }
        // the prompt folded to lowercase once (on the stack) for the case-blind searches below
        Span<char> folded = c.Prompt.Length <= IgnoreCase.MaxFolded ? stackalloc char[c.Prompt.Length] : [];
        var isFolded = IgnoreCase.TryFold(c.Prompt, folded);
        if (GivesAwayAnswer(c, folded, isFolded) || GivesAway(c.Prompt, folded, isFolded, c.Accept))
        {
            score -= 3;
        }

        if (c.AnswerCount > 0 && frequency > 0)
        {
            var n = frequency;
            // a name the article mentions once is news; one it repeats all along is background
            score += n switch { 1 => 0.5, 2 => 0.25, _ => -Math.Min(1.2, 0.3 * (n - 2)) };
        }

        if (c.AnswerType == EntityType.Country)
        {
            score -= 0.4;
        }

        score -= Garbled(c, doc);
        score -= WeakGap(c, folded, isFolded);

        if (c.AnswerType == EntityType.Media)
        {
            // the outlet that reported a fact is sourcing, not the news itself
            score -= 1.0;
        }

        if (c.Prompt.StartsWith("Which capital ", StringComparison.Ordinal))
        {
            // a capital standing for its government ("Beijing said") is guessed from the country in the news
            score -= 2.0;
        }

        if (c.Rule == "cloze" && c.AnswerType is EntityType.Country)
        {
            // a country gap in a cloze is mostly a modifier ("the US tariff") the reader fills in without learning anything
            score -= 0.5;
        }

        if (c.FirstMention is { Type: EntityType.Count, Figure: { } figure } && figure.Length <= 3 && !char.IsDigit(figure[0]))
        {
            score -= 0.8;
        }

        return score;
    }

    /// <summary>Whether the prompt states one of the candidate's answers (of more than two letters) itself: a single answer read without the list.</summary>
    private static bool GivesAwayAnswer(Candidate c, ReadOnlySpan<char> folded, bool isFolded)
    {
        if (c.AnswerCount == 1)
        {
            var answer = c.FirstAnswer!;
            return answer.Length > 2 && IgnoreCase.Contains(c.Prompt, folded, isFolded, answer);
        }

        return GivesAway(c.Prompt, folded, isFolded, c.Answer);
    }

    /// <summary>Whether the prompt states one of the answers (of more than two letters) itself.</summary>
    private static bool GivesAway(string prompt, ReadOnlySpan<char> folded, bool isFolded, IReadOnlyList<string> answers)
    {
        if (answers is string[] array)
        {
            // most accepted forms come as an array: read without an interface call per answer
            return GivesAway(prompt, folded, isFolded, array);
        }

        for (var i = 0; i < answers.Count; i++)
        {
            if (answers[i].Length > 2 && IgnoreCase.Contains(prompt, folded, isFolded, answers[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool GivesAway(string prompt, ReadOnlySpan<char> folded, bool isFolded, ReadOnlySpan<string> answers)
    {
        foreach (var answer in answers)
        {
            if (answer.Length > 2 && IgnoreCase.Contains(prompt, folded, isFolded, answer))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A prompt's words: how many, how many vague pronouns, and whether it speaks in the first person.</summary>
    internal static (int Count, int Vague, bool FirstPerson) PromptWords(string text)
    {
        var prompt = text.AsSpan();
        var words = new WordTally(stackalloc char[8]);
        // the words between spaces, commas and question marks, dots trimmed. The separators are found 32 characters at a time as
        // a bit mask (every candidate's prompt passes here, a cloze's is a whole sentence); the mask of the last block marks the
        // end of the prompt as well, which ends its last word, so every word is handed over at one place
        var start = 0;
        for (var i = 0; i <= prompt.Length; i += 32)
        {
            var separators = Separators(prompt, i, spacesOnly: false);
            while (separators != 0)
            {
                var at = i + BitOperations.TrailingZeroCount(separators);
                words.Add(prompt[start..at]);
                start = at + 1;
                separators &= separators - 1;
            }
        }

        return (words.Count, words.Vague, words.FirstPerson);
    }

    /// <summary>
    /// Bit j set when character <paramref name="i"/> + j of the prompt is a space, comma or question mark (or with
    /// <paramref name="spacesOnly"/> a space), for the 32 characters from <paramref name="i"/>; fewer left, the bit just past the last of
    /// them is set too (the end of the prompt).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Separators(ReadOnlySpan<char> prompt, int i, bool spacesOnly)
    {
        var rest = prompt.Length - i;
        if (rest >= 32)
        {
            return SeparatorBlock(prompt, i, spacesOnly);
        }

        if (rest == 0)
        {
            return 1;
        }

        if (Vector128.IsHardwareAccelerated && prompt.Length >= 32)
        {
            // the last 32 characters of the prompt, shifted past those before i (read in the block before)
            return SeparatorBlock(prompt, prompt.Length - 32, spacesOnly) >> (32 - rest) | 1u << rest;
        }

        var mask = 1u << rest;
        for (var j = 0; j < rest; j++)
        {
            if (IsSeparator(prompt[i + j], spacesOnly))
            {
                mask |= 1u << j;
            }
        }

        return mask;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSeparator(char c, bool spacesOnly) => c == ' ' || (!spacesOnly && c is ',' or '?');

    /// <summary>The separators of the 32 characters from <paramref name="i"/> (all in the prompt) as bits: eight at a time, the masks of sixteen narrowed to bytes for one mask instruction.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint SeparatorBlock(ReadOnlySpan<char> prompt, int i, bool spacesOnly)
    {
        if (!Vector128.IsHardwareAccelerated)
        {
            var mask = 0u;
            for (var j = 0; j < 32; j++)
            {
                if (IsSeparator(prompt[i + j], spacesOnly))
                {
                    mask |= 1u << j;
                }
            }

            return mask;
        }

        ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(prompt));
        var low = Sixteen(ref first, i, spacesOnly);
        var high = Sixteen(ref first, i + 16, spacesOnly);
        return low | high << 16;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        static uint Sixteen(ref ushort first, int i, bool spacesOnly)
        {
            var low = Vector128.LoadUnsafe(ref first, (nuint)i);
            var high = Vector128.LoadUnsafe(ref first, (nuint)(i + Vector128<ushort>.Count));
            return Vector128.Narrow(Eight(low, spacesOnly), Eight(high, spacesOnly)).ExtractMostSignificantBits();
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        static Vector128<ushort> Eight(Vector128<ushort> chars, bool spacesOnly)
        {
            var separators = Vector128.Equals(chars, Vector128.Create((ushort)' '));
            return spacesOnly ? separators : separators | Vector128.Equals(chars, Vector128.Create((ushort)',')) | Vector128.Equals(chars, Vector128.Create((ushort)'?'));
        }
    }

    /// <summary>What <see cref="PromptWords"/> counts, word by word.</summary>
    private ref struct WordTally(Span<char> lower)
    {
        // room for a short word in lowercase, made once per prompt (not once per word)
        private readonly Span<char> _lower = lower;

        public int Count;
        public int Vague;
        public bool FirstPerson;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(ReadOnlySpan<char> word)
        {
            if (word.Length == 0)
            {
                return;
            }

            if (word[0] == '.' || word[^1] == '.')
            {
                Dotted(word);
                return;
            }

            Count++;
            if (MayBeListed(word))
            {
                Listed(word);
            }
        }

        /// <summary>A word with a dot at either end: counted and looked at with its dots trimmed.</summary>
        private void Dotted(ReadOnlySpan<char> word)
        {
            var w = word.Trim('.');
            if (w.Length == 0)
            {
                return;
            }

            Count++;
            if (MayBeListed(w))
            {
                Listed(w);
            }
        }

        /// <summary>
        /// Whether a word (not empty) may be vague or first person: all those have one to five letters and begin with a letter that
        /// one of them of that length begins with (<see cref="FirstLettersByLength"/>; "the", "to", "of", "said" do not); a word
        /// beginning beyond ASCII may be any (its lowercase form has its length, and its other characters decide).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool MayBeListed(ReadOnlySpan<char> w)
        {
            if (w.Length > 5)
            {
                return false;
            }

            var c = w[0];
            var first = (uint)(c | 0x20) - 'a';
            return c >= 128 || first < 26 && (FirstLettersByLength[w.Length] & (1u << (int)first)) != 0;
        }

        /// <summary>Counts a word of one to five characters that is vague or speaks in the first person.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Listed(ReadOnlySpan<char> w)
        {
            // a short ASCII word as one number (a character a byte, the first in the lowest byte), each character with its 0x20 bit
            // set: that maps A-Z to a-z and no other ASCII character to a letter, so the number equals a word's below exactly when
            // the word is that word in any case (every word looked for is letters only)
            // (unrolled: a word here has one to five characters)
            var all = (uint)w[0];
            var key = (ulong)(w[0] | 0x20u);
            if (w.Length > 1)
            {
                all |= w[1];
                key |= (ulong)(w[1] | 0x20u) << 8;
                if (w.Length > 2)
                {
                    all |= w[2];
                    key |= (ulong)(w[2] | 0x20u) << 16;
                    if (w.Length > 3)
                    {
                        all |= w[3];
                        key |= (ulong)(w[3] | 0x20u) << 24;
                        if (w.Length > 4)
                        {
                            all |= w[4];
                            key |= (ulong)(w[4] | 0x20u) << 32;
                        }
                    }
                }
            }

            if (all >= 128)
            {
                NotAscii(w);
                return;
            }

            // the word's slot in the table of vague and first-person words (a perfect hash of their numbers)
            var slot = (int)((key * WordHash) >> WordHashShift);
            if (WordKeys[slot] != key)
            {
                return;
            }

            var kind = WordKinds[slot];
            if ((kind & KindVague) != 0)
            {
                Vague++;
            }

            // "US" in capitals is the United States: only a lower-case "us" (or "I") speaks in the first person
            if ((kind & KindFirstPerson) != 0 || (kind & KindFirstPersonAsWritten) != 0 && w is "us" or "I")
            {
                FirstPerson = true;
            }
        }

        /// <summary>A short word beyond ASCII, lowercased by the runtime (a character such as U+0130 lowercases to an ASCII letter).</summary>
        private void NotAscii(ReadOnlySpan<char> w)
        {
            var l = _lower[..w.Length];
            IgnoreCase.ToLowerInvariant(w, l);
            if (IsVague(l))
            {
                Vague++;
            }

            if (l is "we" or "our" or "my" or "me" or "you")
            {
                FirstPerson = true;
            }
        }
    }

    // the vague and first-person words as WordTally packs them (the characters' codes, the first in the lowest byte), found
    // in a table of 32 slots by a multiplier under which no two of them share a slot
    private const ulong WordHash = 0x5d878bb6e9f9bffb;
    private const int WordHashShift = 59;
    private const byte KindVague = 1;
    private const byte KindFirstPerson = 2;
    private const byte KindFirstPersonAsWritten = 4;

    private static readonly ulong[] WordKeys = new ulong[32];

    // for each length (one to five), the letters the vague and first-person words of that length begin with, as bits from 'a'
    // (filled with the word table, from its words)
    private static readonly uint[] FirstLettersByLength = new uint[6];

    private static readonly byte[] WordKinds = MakeWordTable(
        ("it", KindVague), ("they", KindVague), ("them", KindVague), ("this", KindVague), ("that", KindVague), ("these", KindVague), ("those", KindVague),
        ("he", KindVague), ("she", KindVague), ("him", KindVague), ("her", KindVague), ("its", KindVague), ("their", KindVague),
        ("we", KindFirstPerson), ("our", KindFirstPerson), ("my", KindFirstPerson), ("me", KindFirstPerson), ("you", KindFirstPerson),
        ("us", KindFirstPersonAsWritten), ("i", KindFirstPersonAsWritten));

    private static byte[] MakeWordTable(params (string Word, byte Kind)[] words)
    {
        var kinds = new byte[32];
        foreach (var (word, kind) in words)
        {
            var key = 0UL;
            for (var j = 0; j < word.Length; j++)
            {
                key |= (ulong)word[j] << (8 * j);
            }

            var slot = (int)((key * WordHash) >> WordHashShift);
            if (WordKeys[slot] != 0)
            {
                throw new InvalidOperationException($"'{word}' shares a slot of the word table");
            }

            WordKeys[slot] = key;
            kinds[slot] = kind;
            FirstLettersByLength[word.Length] |= 1u << (word[0] - 'a');
        }

        return kinds;
    }

    /// <summary>A pronoun that leaves the reader guessing who or what is meant (matched without a set lookup: it runs for every word of every candidate).</summary>
    private static bool IsVague(ReadOnlySpan<char> lower) =>
        lower is "it" or "they" or "them" or "this" or "that" or "these" or "those" or "he" or "she" or "him" or "her" or "its" or "their";

    /// <summary>
    /// How badly a wh-prompt reads: a capitalised possessive inside it ("Who is Its chief executive?"),
    /// a possessive on a function word ("the road to's ceremony"), or a when-question that states
    /// another time of its sentence ("When will ... vote next Thursday ...?" answered "this week").
    /// </summary>
    internal static double Garbled(Candidate c, Document doc)
    {
        if (c.Rule == "cloze")
        {
            return 0;
        }

        // the prompt's words between spaces (a run of spaces makes no word), one after another, no list of them made; the spaces
        // found 32 characters at a time as for PromptWords. The first word that reads badly decides (every penalty here is 2, and a
        // time stated as well would not raise it)
        var prompt = c.Prompt.AsSpan();
        ReadOnlySpan<char> second = default;
        ReadOnlySpan<char> previous = default;
        var i = 0;
        var start = 0;
        for (var block = 0; block <= prompt.Length; block += 32)
        {
            var spaces = Separators(prompt, block, spacesOnly: true);
            while (spaces != 0)
            {
                var at = block + BitOperations.TrailingZeroCount(spaces);
                var w = prompt[start..at];
                start = at + 1;
                spaces &= spaces - 1;
                if (w.Length == 0)
                {
                    continue;
                }

                // every word that reads badly has one of these shapes (by its last letter, length and first letter): most words are
                // passed over at once, without a call
                if (i >= 1 && w.Length >= 2 && MayRead(w, i) && Reads(w, i, second, previous))
                {
                    return 2;
                }

                if (i == 1)
                {
                    second = w;
                }

                previous = w;
                i++;
            }
        }

        return TimeStated(c, doc, 0);
    }

    /// <summary>
    /// Whether word <paramref name="i"/> (of two characters or more) may be one that <see cref="Reads"/> finds reading badly: "Its",
    /// "His" and a possessive end in 's', "Her" and "Their" in 'r', "he" and "she" (from the fourth word) in 'e', "they" in 'y'.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayRead(ReadOnlySpan<char> w, int i) => w[^1] switch
    {
        's' => w[^2] == '\'' || w.Length == 3 && w[0] is 'I' or 'H',
        'r' => w.Length is 3 or 5 && w[0] is 'H' or 'T',
        'e' => w.Length <= 3 && i >= 3,
        'y' => w.Length == 4 && i >= 3,
        _ => false,
    };

    /// <summary>Whether word <paramref name="i"/> of a wh-prompt (not the first) reads badly there.</summary>
    private static bool Reads(ReadOnlySpan<char> w, int i, ReadOnlySpan<char> second, ReadOnlySpan<char> previous)
    {
        if (w is "Its" or "His" or "Her" or "Their")
        {
            return true;
        }

        // "Where did Four days after the visit he announce ...": a fronted phrase left before the subject pronoun
        if (i >= 3 && w is "he" or "she" or "they" && second is "did" or "does" or "do" or "will" or "was" or "is" or "has" or "had"
            && !JoinersBySpan.Contains(previous.TrimEnd(',')))
        {
            return true;
        }

        return w.EndsWith("'s", StringComparison.Ordinal) && w.Length > 2 && char.IsLower(w[0]) && FunctionWordsBySpan.Contains(w[..^2]);
    }

    private static double TimeStated(Candidate c, Document doc, double penalty)
    {
        if (c.Kind == Core.Model.QuestionKind.When)
        {
            foreach (var m in doc.MentionsIn(c.Sentence))
            {
                if (m.Sentence == c.Sentence && m.Type == EntityType.Time && !c.Answering(m) && m.Text.Length > 3
                    && IgnoreCase.Contains(c.Prompt, m.Text) && !InRelative(c.Prompt, m.Text)
                    && !Overlaps(c.Answer, m.Text))
                {
                    penalty = Math.Max(penalty, 1.5);
                }
            }
        }

        return penalty;
    }

    /// <summary>Whether one of the answers contains the time, or the time contains one of them (a loop, not a closure made for every time mention).</summary>
    private static bool Overlaps(IReadOnlyList<string> answers, string time)
    {
        for (var i = 0; i < answers.Count; i++)
        {
            if (answers[i].Contains(time, StringComparison.OrdinalIgnoreCase) || time.Contains(answers[i], StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"... the agreement that Kyiv and Washington signed this week?": the time dates a verb of a relative clause, not the one asked about.</summary>
    private static bool InRelative(string prompt, string time)
    {
        var at = prompt.IndexOf(time, StringComparison.OrdinalIgnoreCase);
        var before = prompt.AsSpan(0, Math.Max(0, at));
        return before.Contains(" that ", StringComparison.Ordinal) || before.Contains(" which ", StringComparison.Ordinal) || before.Contains(" who ", StringComparison.Ordinal);
    }

    private const string Gap = "_____";

    /// <summary>
    /// Gaps a cloze should avoid: a time that only points at the article's own day ("this week",
    /// "earlier this year"), a name standing as a possessive ("_____'s office"), and the source of
    /// an attribution ("according to _____").
    /// </summary>
    internal static double WeakGap(Candidate c)
    {
        var folded = IgnoreCase.Fold(c.Prompt);
        return WeakGap(c, folded, folded is not null);
    }

    /// <param name="c">The candidate.</param>
    /// <param name="folded">Its prompt as <see cref="IgnoreCase.TryFold"/> wrote it.</param>
    /// <param name="isFolded">What <see cref="IgnoreCase.TryFold"/> returned.</param>
    private static double WeakGap(Candidate c, ReadOnlySpan<char> folded, bool isFolded)
    {
        if (c.Rule != "cloze" || c.FirstAnswer is not { } a)
        {
            return 0;
        }

        var penalty = 0.0;
        if (c.AnswerType == EntityType.Time && (a.StartsWith("this ", StringComparison.OrdinalIgnoreCase) || a.StartsWith("earlier this ", StringComparison.OrdinalIgnoreCase)))
        {
            penalty += 1.0;
        }

        // each gap (a cloze has one), then what is around it: the same answers as searching the prompt for "_____'s" and, ignoring
        // case, for "according to _____" and "according to the _____" (no character but '_' itself matches '_' ignoring case). A gap
        // is found by its first '_' (a search for one character is quicker than for five) and read to the end of its run of
        // underscores: a gap starts at every place of the run with five underscores from there, but only the first of them can
        // follow "according to " and only the last be followed by "'s" (the others have a '_' before or after them)
        var possessive = false;
        var attribution = false;
        var prompt = c.Prompt.AsSpan();
        for (var from = 0; from < prompt.Length && prompt[from..].IndexOf('_') is var at && at >= 0;)
        {
            var gap = from + at;
            var end = gap + 1;
            while (end < prompt.Length && prompt[end] == '_')
            {
                end++;
            }

            from = end;
            if (end - gap < Gap.Length)
            {
                continue;
            }

            possessive |= prompt[end..].StartsWith("'s", StringComparison.Ordinal);
            attribution |= isFolded
                ? folded[..gap].EndsWith("according to ", StringComparison.Ordinal) || folded[..gap].EndsWith("according to the ", StringComparison.Ordinal)
                : prompt[..gap].EndsWith("according to ", StringComparison.OrdinalIgnoreCase) || prompt[..gap].EndsWith("according to the ", StringComparison.OrdinalIgnoreCase);
        }

        if (possessive)
        {
            penalty += 1.0;
        }

        if (attribution)
        {
            penalty += 1.0;
        }

        return penalty;
    }

    /// <summary>
    /// Best first, spreading questions over sentences and answers. A sentence that names three or
    /// more things (who, where and when of one event) is worth a second question sooner than a
    /// sentence with one name: on the development articles such sentences carry two gold facts as
    /// often as not.
    /// </summary>
    [ThreadStatic]
    private static NormalTexts? t_seenPrompts;

    public static List<Candidate> Order(List<Candidate> candidates, Document doc, int limit = int.MaxValue)
    {
        // each candidate's answer key (its first answer, normalised) as a number: the same number for the same key
        var keys = new int[candidates.Count];
        var keyNumbers = new Dictionary<string, int>(candidates.Count, StringComparer.Ordinal);
        for (var i = 0; i < candidates.Count; i++)
        {
            var key = Key(candidates[i]);
            if (!keyNumbers.TryGetValue(key, out var number))
            {
                number = keyNumbers.Count;
                keyNumbers.Add(key, number);
            }

            keys[i] = number;
        }

        return Order(candidates, doc, keys, keyNumbers.Count, limit);
    }

    /// <param name="candidates">The candidates, scored.</param>
    /// <param name="doc">Their article.</param>
    /// <param name="keys">Each candidate's answer key (<see cref="Candidate.AnswerKey"/>) as a number below <paramref name="keyCount"/>: the same number for the same key, another for another.</param>
    /// <param name="keyCount">How many numbers there are.</param>
    /// <param name="limit">How many to pick at most.</param>
    internal static List<Candidate> Order(List<Candidate> candidates, Document doc, int[] keys, int keyCount, int limit)
    {
        // counts by sentence and by answer kept in arrays: the effective score is worked out again at every step
        var dense = new bool[doc.Sentences.Count];
        var perSentenceMentions = new int[doc.Sentences.Count];
        foreach (var m in doc.Mentions)
        {
            if (++perSentenceMentions[m.Sentence] == 3)
            {
                dense[m.Sentence] = true;
            }
        }

        var picked = new List<Candidate>(Math.Min(candidates.Count, limit));
        var perSentence = new int[doc.Sentences.Count];
        // sized up front: grown step by step, a set allocates about twice its final room
        // each (answer key, sentence, role or not) packed into one number, hashed as one
        var seenAnswers = new HashSet<long>(Math.Min(candidates.Count, limit));
        // the prompts picked, in their normal form (kept for the next article's turn, emptied)
        var seenPrompts = t_seenPrompts ??= new NormalTexts();
        seenPrompts.Clear();

        var perAnswer = new int[keyCount];

        // Each round takes the candidate of highest effective score (the first of equals in the
        // list's order). Effective scores only fall as questions are picked, so a heap of possibly
        // stale scores finds it: a top whose score is still current is the best; a stale one goes
        // back with its current score.
        var heap = new CandidateHeap(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            heap.Push(Effective(i), i);
        }

        while (heap.TryPop(out var best, out var stored) && picked.Count < limit)
        {
            var now = Effective(best);
            if (!now.Equals(stored))
            {
                heap.Push(now, best);
                continue;
            }

            var chosen = candidates[best];
            var key = keys[best];
            if (!seenAnswers.Add(((long)key << 33) | ((long)chosen.Sentence << 1) | (chosen.Rule == "role" ? 1L : 0L)) && chosen.Rule != "when")
            {
                // the same answer from the same sentence again: a near-duplicate
                continue;
            }

            if (!seenPrompts.Add(chosen.Prompt))
            {
                continue;
            }

            picked.Add(chosen);
            perSentence[chosen.Sentence]++;
            perAnswer[key]++;
        }

        return picked;

        // a second question on the same answer (from another sentence) rarely teaches a new fact: dedupe it hard;
        // but the same time words in another sentence mostly date another event ("next Thursday" for a vote and for a signing)
        double Effective(int i) => candidates[i].Score - (dense[candidates[i].Sentence] ? 0.75 : 1.5) * perSentence[candidates[i].Sentence]
            - (candidates[i].AnswerType == EntityType.Time ? 0.5 : 3.0) * perAnswer[keys[i]];
    }

    private static string Key(Candidate c) => c.AnswerKey;
}
