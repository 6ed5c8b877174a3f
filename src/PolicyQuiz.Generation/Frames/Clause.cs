using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PolicyQuiz.Generation;

/// <summary>
/// A clause frame: subject, verb group (first finite word, main verb, passive), the rest of the
/// predicate, a fronted adverbial, the agent of a passive and the speaker of an attribution.
/// Token ranges are [start, end); <see cref="Skips"/> are appositives and brackets left out of questions.
/// </summary>
public sealed class Clause
{
    public required int Sentence { get; init; }

    public int Start { get; set; }

    public int End { get; set; }

    public int FrontStart { get; set; } = -1;

    public int FrontEnd { get; set; } = -1;

    public int SubjectStart { get; set; }

    public int SubjectEnd { get; set; }

    public List<Mention> Subjects { get; } = [];

    /// <summary>The subject is only names (with their titles): a who-question can ask for it.</summary>
    public bool SubjectIsNamed { get; set; }

    public bool SubjectIsPronoun { get; set; }

    /// <summary>What a pronoun subject stands for when it is the reporting clause's own subject ("China's finance ministry said it would ...").</summary>
    public (int Start, int End)? StandIn { get; set; }

    public int Finite { get; set; }

    public bool FiniteIsAux { get; set; }

    public int Main { get; set; }

    public string Lemma { get; set; } = string.Empty;

    public VerbFormKind MainForm { get; set; }

    public VerbClass Class { get; set; }

    public bool Passive { get; set; }

    public int AgentStart { get; set; } = -1;

    public int AgentEnd { get; set; } = -1;

    public List<Mention> Agents { get; } = [];

    public Mention? Speaker { get; set; }

    /// <summary>Where the predicate shown in a question stops (first clause-level comma).</summary>
    public int PredicateEnd { get; set; }

    public bool Inverted { get; set; }

    public bool IsContent { get; set; }

    public List<(int Start, int End)> Skips { get; } = [];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Skipped(int token) => Skips.Count > 0 && SkippedIn(token);

    // a loop over the list's items (no enumerator); inlined, the test above passes over a clause with no skips (most)
    // without a call: asked of every token a question writes
    private bool SkippedIn(int token)
    {
        foreach (var (s, e) in CollectionsMarshal.AsSpan(Skips))
        {
            if (token >= s && token < e)
            {
                return true;
            }
        }

        return false;
    }
}
