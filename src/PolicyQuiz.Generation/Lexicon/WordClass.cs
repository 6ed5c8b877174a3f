namespace PolicyQuiz.Generation;

/// <summary>
/// Which of the lexicon's word lists a token is in, looked up once when the token is made
/// (<see cref="Text.Token.Classes"/>) so that rules test a bit instead of hashing the same word again.
/// A bit is set exactly when the list holds the token's <see cref="Text.Token.Lower"/>, except the
/// three gazetteer bits, which match the token's <see cref="Text.Token.Text"/> as written (as the gazetteers are keyed).
/// </summary>
[Flags]
public enum WordClass : uint
{
    None = 0,

    /// <summary><see cref="Lexicon.CommonWords"/> (<see cref="Lexicon.IsCommon"/>).</summary>
    Common = 1u << 0,

    /// <summary><see cref="Lexicon.Roles"/> (<see cref="Lexicon.IsRoleWord"/>).</summary>
    Role = 1u << 1,

    /// <summary><see cref="Lexicon.RoleStarts"/>.</summary>
    RoleStart = 1u << 2,

    /// <summary><see cref="Lexicon.Titles"/> (mr. dr. gen.).</summary>
    Title = 1u << 3,

    /// <summary>A key of <see cref="Lexicon.Months"/> (june, feb.).</summary>
    Month = 1u << 4,

    /// <summary>A key of <see cref="Lexicon.Weekdays"/>.</summary>
    Weekday = 1u << 5,

    /// <summary>A key of <see cref="Lexicon.NumberWords"/> (two, dozen, a).</summary>
    NumberWord = 1u << 6,

    /// <summary><see cref="Lexicon.Auxiliaries"/>.</summary>
    Auxiliary = 1u << 7,

    /// <summary><see cref="Lexicon.Prepositions"/>.</summary>
    Preposition = 1u << 8,

    /// <summary><see cref="Lexicon.Determiners"/>.</summary>
    Determiner = 1u << 9,

    /// <summary><see cref="Lexicon.SubjectPronouns"/>.</summary>
    SubjectPronoun = 1u << 10,

    /// <summary><see cref="Lexicon.Hedges"/>.</summary>
    Hedge = 1u << 11,

    /// <summary><see cref="Lexicon.NameParticles"/>.</summary>
    NameParticle = 1u << 12,

    /// <summary>A key of <see cref="Lexicon.Heads"/>.</summary>
    Head = 1u << 13,

    /// <summary>A key of <see cref="Lexicon.VerbForms"/>: <see cref="Lexicon.Verb"/> is not null.</summary>
    Verb = 1u << 14,

    /// <summary>A verb form whose class is <see cref="VerbClass.Say"/>.</summary>
    SayVerb = 1u << 15,

    /// <summary><see cref="Lexicon.TimeWords"/>: a word that may start a time expression.</summary>
    TimeWord = 1u << 16,

    /// <summary>Not a list: the token's text has a hyphen in it (al-Sharaa, 180-day, mid-April).</summary>
    Hyphen = 1u << 20,

    /// <summary>Not a list: the token's text starts with an uppercase letter (<see cref="Text.Token.IsCapitalized"/>; only words do).</summary>
    Capitalised = 1u << 21,

    /// <summary>Not a list: the token may be part of a name (<see cref="NameFinder.IsNameToken"/>; only words may).</summary>
    NameWord = 1u << 22,

    /// <summary>Not a list: the token is a full stop, an exclamation or question mark, or a word ending in a dot (Mr. U.S.).</summary>
    Stop = 1u << 23,

    /// <summary>The token's text as written is a key of <see cref="Lexicon.Places"/>.</summary>
    Place = 1u << 24,

    /// <summary>The token's text as written is a key of <see cref="Lexicon.Organisations"/>.</summary>
    Organisation = 1u << 25,

    /// <summary>The token's text as written is a key of <see cref="Lexicon.Demonyms"/>.</summary>
    Demonym = 1u << 26,

    /// <summary>
    /// The token's text as written begins a longer key of <see cref="Lexicon.Places"/> or <see cref="Lexicon.Organisations"/>
    /// ("New" of "New Delhi"): a span of tokens from it can be in a gazetteer only if this is set.
    /// </summary>
    GazetteerStart = 1u << 27,
}
