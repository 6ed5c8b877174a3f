using System.Collections.Frozen;
using System.Numerics;
using System.Reflection;
using System.Runtime.InteropServices;
using PolicyQuiz.Generation.Text;

namespace PolicyQuiz.Generation;

/// <summary>Kinds of verbs that questions are built around.</summary>
public enum VerbClass : byte
{
    Other,
    Say,
    Propose,
    Announce,
    Sign,
    Agree,
    Meet,
    Visit,
    Lead,
    Hold,
    Locate,
    Time,
    Act,
}

public enum VerbFormKind : byte
{
    Base,
    Third,
    Past,
    Participle,
    PastOrParticiple,
    Ing,
}

/// <summary>A verb form found in the lexicon: its lemma and which form it is.</summary>
public sealed record VerbForm(string Lemma, VerbFormKind Form, VerbClass Class);

/// <summary>A verb's forms for realising questions.</summary>
public sealed record VerbEntry(string Base, string Third, string Past, string Participle, string Ing, VerbClass Class);

/// <summary>A place from the gazetteer: a country, a city or capital, a region, a seat of power.</summary>
public sealed record GazetteerPlace(string Name, EntityType Type, string? Country, string Kind);

/// <summary>An organisation from the gazetteer.</summary>
public sealed record GazetteerOrg(string Name, string Kind, IReadOnlyList<string> Aliases);

/// <summary>The words a name ends in that tell what it names (Ministry, Fund, Base, Act...).</summary>
public sealed record HeadWord(EntityType Type, string Noun);

/// <summary>
/// The data the generator works from, read once from the embedded files in Data/: gazetteers of
/// countries (aliases, demonyms, capitals, seats of power), places, organisations, role words,
/// verb classes and ordinary words.
/// </summary>
public static class Lexicon
{
    private static readonly string[] AbbreviationList =
    [
        "Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Maj", "Capt", "Sgt", "St", "Jr", "Sr", "Prof", "Rev", "Hon",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Corp", "Inc", "Co", "Ltd", "No", "Nos",
        "vs", "etc", "approx", "Dept", "Adm", "Mt", "Ft", "Pres", "Amb", "Gens", "Reps", "Sens", "Cmdr", "Brig", "Messrs",
    ];

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations =
        AbbreviationList.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenSet<string> Titles = new[] { "mr.", "mrs.", "ms.", "dr.", "gen.", "sen.", "rep.", "gov.", "lt.", "col.", "maj.", "capt.", "sgt.", "prof.", "rev.", "hon.", "adm.", "amb.", "pres.", "brig.", "cmdr." }
        .ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["january"] = 1,
        ["february"] = 2,
        ["march"] = 3,
        ["april"] = 4,
        ["may"] = 5,
        ["june"] = 6,
        ["july"] = 7,
        ["august"] = 8,
        ["september"] = 9,
        ["october"] = 10,
        ["november"] = 11,
        ["december"] = 12,
        ["jan."] = 1,
        ["feb."] = 2,
        ["mar."] = 3,
        ["apr."] = 4,
        ["jun."] = 6,
        ["jul."] = 7,
        ["aug."] = 8,
        ["sep."] = 9,
        ["sept."] = 9,
        ["oct."] = 10,
        ["nov."] = 11,
        ["dec."] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>(StringComparer.Ordinal)
    {
        ["monday"] = DayOfWeek.Monday,
        ["tuesday"] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, int> NumberWords = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
        ["hundred"] = 100,
        ["dozen"] = 12,
        ["a"] = 1,
        ["an"] = 1,
        ["several"] = 3,
        ["sixty-nine"] = 69,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenSet<string> Auxiliaries = new[]
    {
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "will", "would", "could", "can", "may", "might",
        "must", "should", "shall", "did", "does", "do", "'s",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> Prepositions = new[]
    {
        "in", "on", "at", "to", "from", "by", "with", "for", "of", "into", "onto", "through", "across", "near", "over", "under", "during", "after",
        "before", "since", "until", "till", "between", "among", "amid", "against", "about", "around", "toward", "towards", "via", "within",
        "without", "inside", "outside", "beyond", "behind", "along", "despite", "aboard", "alongside", "beside", "upon", "like", "per", "following",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> Determiners = new[]
    {
        "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your", "some", "any", "each", "every",
        "no", "all", "both", "another", "such", "many", "several", "few", "most", "more", "other",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> SubjectPronouns = new[] { "he", "she", "they", "it", "we", "i", "you" }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> Hedges = new[]
    {
        "about", "around", "roughly", "nearly", "almost", "approximately", "some", "over", "under", "up", "more", "less", "fewer", "at", "just",
        "only", "least", "than", "to", "an", "estimated", "close",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> NameParticles = new[]
    {
        "bin", "ibn", "al", "el", "de", "del", "della", "der", "den", "van", "von", "da", "di", "du", "la", "le", "dos", "das", "y", "abu", "bint", "ben",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that may start a time expression besides weekdays, months and number words (the time finder's first test).</summary>
    public static readonly FrozenSet<string> TimeWords = new[]
    {
        "today", "tonight", "yesterday", "tomorrow", "early", "late", "earlier", "later", "next", "last", "this", "coming", "following", "previous",
        "past", "from", "mid", "end", "middle", "start", "beginning",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The bits of <see cref="WordClass"/> matched against a token's text as written; the others against its lowercase form.</summary>
    public const WordClass AsWritten = WordClass.Place | WordClass.Organisation | WordClass.Demonym;

    public static FrozenSet<string> CommonWords { get; }

    public static FrozenSet<string> Roles { get; }

    /// <summary>First words of role phrases ("secretary" of "secretary of state").</summary>
    public static FrozenSet<string> RoleStarts { get; }

    /// <summary>Every verb form with its lemma (not frozen: it is looked up through <see cref="Verb"/>'s word table).</summary>
    public static IReadOnlyDictionary<string, VerbForm> VerbForms { get; }

    public static FrozenDictionary<string, VerbEntry> Verbs { get; }

    public static FrozenDictionary<string, GazetteerPlace> Places { get; }

    public static FrozenDictionary<string, string> Demonyms { get; }

    public static FrozenDictionary<string, GazetteerOrg> Organisations { get; }

    public static FrozenDictionary<string, HeadWord> Heads { get; }

    /// <summary>Countries, capitals and regions by country, for distractors.</summary>
    public static FrozenDictionary<string, string[]> PlacesByCountry { get; }

    public static string[] CountryNames { get; }

    public static string[] CapitalNames { get; }

    public static FrozenDictionary<string, string[]> OrganisationsByKind { get; }

#pragma warning disable CA1810 // one static constructor reads all the data files once
    static Lexicon()
#pragma warning restore CA1810
    {
        CommonWords = ReadWords("common.txt").ToFrozenSet(StringComparer.Ordinal);
        Roles = ReadLines("roles.txt").Select(l => l.Trim().ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
        RoleStarts = Roles.Select(r => r.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal);
        (VerbForms, Verbs) = ReadVerbs();
        var places = new Dictionary<string, GazetteerPlace>(StringComparer.Ordinal);
        var demonyms = new Dictionary<string, string>(StringComparer.Ordinal);
        var byCountry = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var countries = new List<string>();
        var capitals = new List<string>();
        foreach (var line in ReadLines("countries.tsv"))
        {
            var f = line.Split('\t');
            var name = f[0];
            countries.Add(name);
            places.TryAdd(name, new GazetteerPlace(name, EntityType.Country, name, "country"));
            foreach (var alias in Items(f, 1))
            {
                places.TryAdd(alias, new GazetteerPlace(name, EntityType.Country, name, "country"));
            }

            foreach (var demonym in Items(f, 2))
            {
                demonyms.TryAdd(demonym, name);
            }

            if (f.Length > 3 && f[3].Length > 0)
            {
                places.TryAdd(f[3], new GazetteerPlace(f[3], EntityType.City, name, "capital"));
                capitals.Add(f[3]);
                Add(byCountry, name, f[3]);
            }

            foreach (var seat in Items(f, 4))
            {
                places.TryAdd(seat, new GazetteerPlace(seat, EntityType.Place, name, "seat"));
            }
        }

        foreach (var line in ReadLines("places.tsv"))
        {
            var f = line.Split('\t');
            var kind = f.Length > 1 ? f[1] : "area";
            var type = kind switch
            {
                "city" => EntityType.City,
                "region" or "island" => EntityType.Region,
                _ => EntityType.Place,
            };
            var country = f.Length > 2 && f[2].Length > 0 ? f[2] : null;
            places.TryAdd(f[0], new GazetteerPlace(f[0], type, country, kind));
            Add(byCountry, country ?? kind, f[0]);
        }

        var orgs = new Dictionary<string, GazetteerOrg>(StringComparer.Ordinal);
        var orgKinds = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in ReadLines("organisations.tsv"))
        {
            var f = line.Split('\t');
            var aliases = Items(f, 1).ToArray();
            var kind = f.Length > 2 ? f[2] : "group";
            var org = new GazetteerOrg(f[0], kind, aliases);
            orgs.TryAdd(f[0], org);
            foreach (var alias in aliases)
            {
                orgs.TryAdd(alias, org);
            }

            Add(orgKinds, kind, f[0]);
        }

        var heads = new Dictionary<string, HeadWord>(StringComparer.Ordinal);
        foreach (var line in ReadLines("heads.tsv"))
        {
            var f = line.Split('\t');
            var type = f[1] switch
            {
                "org" => EntityType.Organisation,
                "place" => EntityType.Place,
                "event" => EntityType.Event,
                "law" => EntityType.Document,
                _ => EntityType.Thing,
            };
            heads.TryAdd(f[0], new HeadWord(type, f.Length > 2 ? f[2] : f[0]));
        }

        Places = places.ToFrozenDictionary(StringComparer.Ordinal);
        Demonyms = demonyms.ToFrozenDictionary(StringComparer.Ordinal);
        Organisations = orgs.ToFrozenDictionary(StringComparer.Ordinal);
        Heads = heads.ToFrozenDictionary(StringComparer.Ordinal);
        PlacesByCountry = byCountry.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        OrganisationsByKind = orgKinds.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        CountryNames = [.. countries];
        CapitalNames = [.. capitals];
        GazetteerKeys = SortedDistinct([.. Places.Keys, .. Organisations.Keys]);
        GazetteerFirstChars = new bool[128];
        foreach (var key in GazetteerKeys)
        {
            if (key.Length > 0 && key[0] < GazetteerFirstChars.Length)
            {
                GazetteerFirstChars[key[0]] = true;
            }
        }

        ClassTable = BuildClasses();
        VerbTable = new WordTable<VerbForm>(slots: (int)BitOperations.RoundUpToPowerOf2((uint)VerbForms.Count * 2 + 2));
        foreach (var (form, verb) in VerbForms)
        {
            VerbTable.Add(form, verb);
        }

        RolesBySpan = Roles.GetAlternateLookup<ReadOnlySpan<char>>();
        PlacesBySpan = Places.GetAlternateLookup<ReadOnlySpan<char>>();
        OrganisationsBySpan = Organisations.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// Every word of the lists with the <see cref="WordClass"/> bits of the lists it is in. Not frozen: it is asked only
    /// once per distinct word (the tokenizer's word table keeps the answer), so freezing 3,000 words would cost more than it saves.
    /// </summary>
    private static Dictionary<string, WordClass> ClassTable { get; }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RolesBySpan { get; }

    private static FrozenDictionary<string, GazetteerPlace>.AlternateLookup<ReadOnlySpan<char>> PlacesBySpan { get; }

    private static FrozenDictionary<string, GazetteerOrg>.AlternateLookup<ReadOnlySpan<char>> OrganisationsBySpan { get; }

    /// <summary>
    /// The lists a word is in, given its lowercase form and its text as written (the same string for a lowercase word):
    /// one or two lookups instead of one per list. Tokens carry the answer (<see cref="Text.Token.Classes"/>).
    /// </summary>
    public static WordClass ClassesOf(string lower, string text)
    {
        ClassTable.TryGetValue(lower, out var classes);
        if (lower.Contains('-', StringComparison.Ordinal))
        {
            classes |= WordClass.Hyphen;
        }

        if (text.Length > 0 && char.IsUpper(text[0]))
        {
            classes |= WordClass.Capitalised;
        }

        if (NameFinder.IsNameWord(text, lower))
        {
            classes |= WordClass.NameWord;
        }

        if (text.EndsWith('.') || text is "!" or "?")
        {
            classes |= WordClass.Stop;
        }

        if (BeginsGazetteerKey(text))
        {
            classes |= WordClass.GazetteerStart;
        }

        if (ReferenceEquals(lower, text) || string.Equals(lower, text, StringComparison.Ordinal))
        {
            return classes;
        }

        ClassTable.TryGetValue(text, out var written);
        return (classes & ~AsWritten) | (written & AsWritten);
    }

    /// <summary>The keys of <see cref="Places"/> and <see cref="Organisations"/> in ordinal order.</summary>
    private static string[] GazetteerKeys { get; }

    /// <summary>For each ASCII character, whether a key of <see cref="GazetteerKeys"/> starts with it (most words are passed over by it).</summary>
    private static bool[] GazetteerFirstChars { get; }

    /// <summary>The words in ordinal order, each once.</summary>
    private static string[] SortedDistinct(string[] words)
    {
        Array.Sort(words, StringComparer.Ordinal);
        var count = 0;
        foreach (var word in words)
        {
            if (count == 0 || !string.Equals(words[count - 1], word, StringComparison.Ordinal))
            {
                words[count++] = word;
            }
        }

        return words[..count];
    }

    /// <summary>Whether a longer key of the place or organisation gazetteer starts with <paramref name="text"/> (<see cref="WordClass.GazetteerStart"/>).</summary>
    internal static bool BeginsGazetteerKey(string text)
    {
        if (text.Length > 0 && text[0] < GazetteerFirstChars.Length && !GazetteerFirstChars[text[0]])
        {
            return false;
        }

        // in ordinal order the keys that start with the text come right after it
        var keys = GazetteerKeys;
        var index = Array.BinarySearch(keys, text, StringComparer.Ordinal);
        index = index < 0 ? ~index : index + 1;
        return index < keys.Length && keys[index].StartsWith(text, StringComparison.Ordinal);
    }

    private static Dictionary<string, WordClass> BuildClasses()
    {
        var classes = new Dictionary<string, WordClass>(4096, StringComparer.Ordinal);
        void Mark(IEnumerable<string> words, WordClass bit)
        {
            foreach (var word in words)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(classes, word, out _) |= bit;
            }
        }

        Mark(CommonWords, WordClass.Common);
        Mark(Roles, WordClass.Role);
        Mark(RoleStarts, WordClass.RoleStart);
        Mark(Titles, WordClass.Title);
        Mark(Months.Keys, WordClass.Month);
        Mark(Weekdays.Keys, WordClass.Weekday);
        Mark(NumberWords.Keys, WordClass.NumberWord);
        Mark(Auxiliaries, WordClass.Auxiliary);
        Mark(Prepositions, WordClass.Preposition);
        Mark(Determiners, WordClass.Determiner);
        Mark(SubjectPronouns, WordClass.SubjectPronoun);
        Mark(Hedges, WordClass.Hedge);
        Mark(NameParticles, WordClass.NameParticle);
        Mark(Heads.Keys, WordClass.Head);
        Mark(VerbForms.Keys, WordClass.Verb);
        Mark(VerbForms.Where(f => f.Value.Class == VerbClass.Say).Select(f => f.Key), WordClass.SayVerb);
        Mark(TimeWords, WordClass.TimeWord);
        Mark(Places.Keys, WordClass.Place);
        Mark(Organisations.Keys, WordClass.Organisation);
        Mark(Demonyms.Keys, WordClass.Demonym);
        return classes;
    }

    public static bool IsRoleWord(string lower) => Roles.Contains(lower);

    /// <summary>As <see cref="IsRoleWord(string)"/> for a phrase or part of a word that is not a string of its own.</summary>
    public static bool IsRoleWord(ReadOnlySpan<char> lower) => RolesBySpan.Contains(lower);

    /// <summary>Whether the gazetteer of places has this exact text (a span of the article, no string made).</summary>
    public static bool IsPlace(ReadOnlySpan<char> text) => PlacesBySpan.ContainsKey(text);

    /// <summary>Whether the gazetteer of organisations has this exact text (a span of the article, no string made).</summary>
    public static bool IsOrganisation(ReadOnlySpan<char> text) => OrganisationsBySpan.ContainsKey(text);

    public static bool IsCommon(string lower) => CommonWords.Contains(lower);

    public static VerbForm? Verb(string lower) => VerbTable.TryGet(lower, out _, out var form) ? form : null;

    /// <summary><see cref="VerbForms"/> as a word table: <see cref="Verb"/> is asked of most verb tokens, and its hash is cheaper than the frozen dictionary's.</summary>
    private static WordTable<VerbForm> VerbTable { get; }

    public static VerbEntry EntryFor(string lemma) =>
        Verbs.TryGetValue(lemma, out var entry) ? entry : Regular(lemma, VerbClass.Other);

    private static (Dictionary<string, VerbForm>, FrozenDictionary<string, VerbEntry>) ReadVerbs()
    {
        var forms = new Dictionary<string, VerbForm>(StringComparer.Ordinal);
        var entries = new Dictionary<string, VerbEntry>(StringComparer.Ordinal);
        foreach (var line in ReadLines("verbs.tsv"))
        {
            var f = line.Split('\t');
            var lemma = f[0];
            var cls = f.Length > 3 ? ParseClass(f[3]) : VerbClass.Other;
            var regular = Regular(lemma, cls);
            var past = f.Length > 1 && f[1].Length > 0 ? f[1] : regular.Past;
            var participle = f.Length > 2 && f[2].Length > 0 ? f[2] : past;
            var entry = regular with { Past = past, Participle = participle };
            if (entries.TryGetValue(lemma, out var existing))
            {
                // the first line names the main class; later lines only add forms
                entry = existing;
            }
            else
            {
                entries[lemma] = entry;
            }

            forms.TryAdd(entry.Base, new VerbForm(lemma, VerbFormKind.Base, entry.Class));
            forms.TryAdd(entry.Third, new VerbForm(lemma, VerbFormKind.Third, entry.Class));
            forms.TryAdd(entry.Ing, new VerbForm(lemma, VerbFormKind.Ing, entry.Class));
            var kind = entry.Past == entry.Participle ? VerbFormKind.PastOrParticiple : VerbFormKind.Past;
            forms.TryAdd(entry.Past, new VerbForm(lemma, kind, entry.Class));
            if (entry.Participle != entry.Past)
            {
                forms.TryAdd(entry.Participle, new VerbForm(lemma, VerbFormKind.Participle, entry.Class));
            }

            if (lemma.Length > 3 && lemma[^1] == 'l' && IsVowel(lemma[^2]))
            {
                // British doubling: travelled, initialled, cancelled
                forms.TryAdd(lemma + "led", new VerbForm(lemma, VerbFormKind.PastOrParticiple, entry.Class));
                forms.TryAdd(lemma + "ling", new VerbForm(lemma, VerbFormKind.Ing, entry.Class));
            }
        }

        // "be" and "have" as main verbs are handled as auxiliaries by the clause finder
        return (forms, entries.ToFrozenDictionary(StringComparer.Ordinal));
    }

    internal static VerbEntry Regular(string lemma, VerbClass cls)
    {
        string past, third, ing;
        var last = lemma[^1];
        if (last == 'e')
        {
            past = lemma + "d";
            ing = lemma.EndsWith("ee", StringComparison.Ordinal) || lemma.EndsWith("ie", StringComparison.Ordinal)
                ? (lemma.EndsWith("ie", StringComparison.Ordinal) ? lemma[..^2] + "ying" : lemma + "ing")
                : lemma[..^1] + "ing";
        }
        else if (last == 'y' && lemma.Length > 1 && !IsVowel(lemma[^2]))
        {
            past = lemma[..^1] + "ied";
            ing = lemma + "ing";
        }
        else
        {
            past = lemma + "ed";
            ing = lemma + "ing";
        }

        if (lemma.EndsWith('s') || lemma.EndsWith('x') || lemma.EndsWith('z') || lemma.EndsWith("ch", StringComparison.Ordinal) || lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith('o'))
        {
            third = lemma + "es";
        }
        else if (last == 'y' && lemma.Length > 1 && !IsVowel(lemma[^2]))
        {
            third = lemma[..^1] + "ies";
        }
        else
        {
            third = lemma + "s";
        }

        return new VerbEntry(lemma, third, past, past, ing, cls);
    }

    /// <summary>Guesses the lemma of an -ed word that is not in the lexicon.</summary>
    public static string GuessLemma(string lower)
    {
        if (lower.EndsWith("ied", StringComparison.Ordinal))
        {
            return lower[..^3] + "y";
        }

        if (!lower.EndsWith("ed", StringComparison.Ordinal) || lower.Length < 5)
        {
            return lower;
        }

        var stem = lower[..^2];
        if (stem.Length > 2 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'f' or 'z' or 'e'))
        {
            return stem[..^1];
        }

        if (stem.EndsWith('v') || stem.EndsWith('c') || stem.EndsWith('u') || stem.EndsWith('z') || stem.EndsWith("at", StringComparison.Ordinal)
            || stem.EndsWith("dg", StringComparison.Ordinal) || stem.EndsWith("rg", StringComparison.Ordinal) || stem.EndsWith("bl", StringComparison.Ordinal)
            || stem.EndsWith("pl", StringComparison.Ordinal) || stem.EndsWith("tl", StringComparison.Ordinal) || stem.EndsWith("kl", StringComparison.Ordinal)
            || stem.EndsWith("iz", StringComparison.Ordinal) || stem.EndsWith("is", StringComparison.Ordinal) || stem.EndsWith("ur", StringComparison.Ordinal)
            || stem.EndsWith("ag", StringComparison.Ordinal) || stem.EndsWith("os", StringComparison.Ordinal) || stem.EndsWith("ir", StringComparison.Ordinal)
            || DropsSilentE(stem))
        {
            return stem + "e";
        }

        return stem;
    }

    /// <summary>
    /// Whether an -ed stem lost a silent e: a one-syllable stem ending in one vowel and one consonant that was not doubled
    /// ("pil" from "piled", "vot" from "voted"), endings that are almost always "-e" verbs ("coincid", "includ", "declin",
    /// "assum", "invok", "describ", "declar", "endors") and a vowel pair before s ("caus", "rais", "eas"); not
    /// "visit", "open", "order" or "develop", whose unstressed last syllable does not double.
    /// </summary>
    private static bool DropsSilentE(string stem)
    {
        if (stem.Length < 2)
        {
            return false;
        }

        var last = stem[^1];
        var before = stem[^2];
        if (last == 's' && before != 's' && !IsVowel(before))
        {
            return true; // endorse, collapse, license
        }

        if (last == 's' && stem.Length > 2 && IsVowel(before) && IsVowel(stem[^3]) && !(stem[^3] == 'i' && before == 'a'))
        {
            return true; // cause, raise, ease; not bias
        }

        if (!IsVowelAt(stem, stem.Length - 2) || IsVowelAt(stem, stem.Length - 3) || last is 'w' or 'x' or 'y' or 'h')
        {
            return false;
        }

        if (VowelGroups(stem) == 1)
        {
            return true;
        }

        return (before, last) switch
        {
            ('a' or 'i' or 'u' or 'o', 'd') => true,
            ('i' or 'u', 'l') => true,
            ('i', 'n') or ('u', 'm') or ('a', 'r') or ('a', 's') or ('u', 't') => true,
            ('a' or 'i' or 'u' or 'o', 'k') => true,
            ('i' or 'u' or 'o', 'b') => true,
            _ => false,
        };
    }

    private static bool IsVowelAt(string word, int index) =>
        index >= 0 && (IsVowel(word[index]) || (word[index] == 'y' && index > 0)) && !(word[index] == 'u' && index > 0 && word[index - 1] == 'q');

    private static int VowelGroups(string word)
    {
        var groups = 0;
        for (var i = 0; i < word.Length; i++)
        {
            if (IsVowelAt(word, i) && !IsVowelAt(word, i - 1))
            {
                groups++;
            }
        }

        return groups;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static VerbClass ParseClass(string text) => text switch
    {
        "say" => VerbClass.Say,
        "propose" => VerbClass.Propose,
        "announce" => VerbClass.Announce,
        "sign" => VerbClass.Sign,
        "agree" => VerbClass.Agree,
        "meet" => VerbClass.Meet,
        "visit" => VerbClass.Visit,
        "lead" => VerbClass.Lead,
        "hold" => VerbClass.Hold,
        "locate" => VerbClass.Locate,
        "time" => VerbClass.Time,
        "act" => VerbClass.Act,
        _ => VerbClass.Other,
    };

    private static string[] Items(string[] fields, int index) =>
        fields.Length > index ? fields[index].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];

    private static void Add(Dictionary<string, List<string>> map, string key, string value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }

    private static IEnumerable<string> ReadWords(string name) =>
        ReadLines(name).SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static List<string> ReadLines(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("PolicyQuiz.Generation.Data." + name)
            ?? throw new InvalidOperationException($"missing data file {name}");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#' && !string.IsNullOrWhiteSpace(line))
            {
                lines.Add(line.TrimEnd());
            }
        }

        return lines;
    }
}
