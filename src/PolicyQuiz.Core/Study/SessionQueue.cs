using PolicyQuiz.Core.Scheduling;

namespace PolicyQuiz.Core.Study;

/// <summary>
/// The order of a session, without I/O. <see cref="Peek"/> gives what to ask now:
/// <list type="number">
/// <item>a question the student just undid;</item>
/// <item>a learning or relearning question whose step is due (earliest first);</item>
/// <item>due reviews, lowest retrievability first (questions changed since their last review count as due);</item>
/// <item>new questions in pack order (best first, packs interleaved), while the day's new limit lasts;</item>
/// <item>a learning step due within the learn-ahead window (default 20 minutes) when nothing else is left.</item>
/// </list>
/// Siblings (same evidence sentence) are buried: once one is answered today, the others wait for another day.
/// In cram mode every candidate is asked once, seen questions by retrievability then new ones, with no limit and no burying.
/// </summary>
public sealed class SessionQueue
{
    private readonly Dictionary<QuestionKey, StudyCard> _cards = [];
    private readonly Dictionary<QuestionKey, string> _siblings = [];
    private readonly List<QuestionKey> _reviews = [];
    private readonly List<QuestionKey> _new = [];
    private readonly Dictionary<QuestionKey, DateTimeOffset> _learning = [];
    private readonly HashSet<QuestionKey> _answered = [];
    private readonly HashSet<QuestionKey> _newCounted = [];
    private readonly Dictionary<string, QuestionKey> _evidenceOwner;
    private readonly List<QuestionKey> _front = [];
    private readonly Stack<UndoStep> _undo = new();
    private readonly bool _cram;
    private readonly int _newLimit;
    private readonly DateTimeOffset _dayEnd;
    private readonly TimeSpan _learnAhead;

    public SessionQueue(StudyDeck deck, StudySettings settings, bool cram, DateTimeOffset now, DateTimeOffset dayEnd, Func<FsrsCard, DateTimeOffset, double> retrievability)
    {
        ArgumentNullException.ThrowIfNull(deck);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(retrievability);
        _cram = cram;
        _dayEnd = dayEnd;
        _learnAhead = settings.LearnAhead;
        _newLimit = cram ? int.MaxValue : Math.Max(0, settings.NewPerDay - deck.NewIntroducedToday);
        _evidenceOwner = cram
            ? new Dictionary<string, QuestionKey>(StringComparer.Ordinal)
            : new Dictionary<string, QuestionKey>(deck.EvidenceShownToday, StringComparer.Ordinal);

        var due = new List<(QuestionKey Key, double R, DateTimeOffset Due)>();
        var fresh = new List<StudyCard>();
        foreach (var card in deck.Cards)
        {
            if (!_cards.TryAdd(card.Key, card))
            {
                continue;
            }

            if (!cram && card.EvidenceKey is { } sibling)
            {
                _siblings[card.Key] = sibling;
            }

            var state = card.Card.State;
            if (state == CardState.New)
            {
                fresh.Add(card);
            }
            else if (cram)
            {
                due.Add((card.Key, retrievability(card.Card, now), card.Card.Due));
            }
            else if (state is CardState.Learning or CardState.Relearning)
            {
                if (card.IsChanged)
                {
                    _learning[card.Key] = now;
                }
                else if (card.Card.Due < dayEnd)
                {
                    _learning[card.Key] = card.Card.Due;
                }
            }
            else if (card.Card.Due < dayEnd || card.IsChanged)
            {
                due.Add((card.Key, retrievability(card.Card, now), card.Card.Due));
            }
        }

        // A question still in its learning steps today claims its evidence sentence: its siblings wait.
        foreach (var key in _learning.Keys)
        {
            if (_siblings.TryGetValue(key, out var sibling))
            {
                _evidenceOwner.TryAdd(sibling, key);
            }
        }

        _reviews.AddRange(due
            .OrderBy(d => d.R)
            .ThenBy(d => d.Due)
            .ThenBy(d => d.Key.PackId, StringComparer.Ordinal)
            .ThenBy(d => d.Key.QuestionId, StringComparer.Ordinal)
            .Select(d => d.Key));
        _new.AddRange(fresh
            .OrderBy(c => c.Position)
            .ThenBy(c => c.Key.PackId, StringComparer.Ordinal)
            .ThenBy(c => c.Key.QuestionId, StringComparer.Ordinal)
            .Select(c => c.Key));
    }

    /// <summary>How many new questions this session may still introduce.</summary>
    public int NewLeft => _cram ? _new.Count(k => !_answered.Contains(k)) : Math.Max(0, _newLimit - _newCounted.Count);

    /// <summary>The candidate behind a key.</summary>
    public StudyCard Card(QuestionKey key) => _cards[key];

    /// <summary>What to ask at <paramref name="now"/>, or null when the session is over.</summary>
    public QuestionKey? Peek(DateTimeOffset now)
    {
        if (_front.Count > 0)
        {
            return _front[^1];
        }

        if (EarliestLearning(now) is { } learning)
        {
            return learning;
        }

        foreach (var key in _reviews)
        {
            if (!_answered.Contains(key) && IsUnburied(key))
            {
                return key;
            }
        }

        if (_newCounted.Count < _newLimit)
        {
            foreach (var key in _new)
            {
                if (!_answered.Contains(key) && IsUnburied(key))
                {
                    return key;
                }
            }
        }

        return EarliestLearning(now + _learnAhead);
    }

    /// <summary>Questions left: unburied reviews, new ones within the limit, and learning steps still to come today.</summary>
    public int Remaining(DateTimeOffset now)
    {
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        var count = _front.Count;
        var counted = new HashSet<QuestionKey>(_front);
        foreach (var key in _learning.Keys)
        {
            if (counted.Add(key))
            {
                count++;
            }
        }

        foreach (var key in _reviews)
        {
            if (Open(key))
            {
                count++;
            }
        }

        var newLeft = _newLimit == int.MaxValue ? int.MaxValue
            : _newLimit - _newCounted.Count - _front.Count(k => _cards[k].Card.State == CardState.New && !_newCounted.Contains(k));
        foreach (var key in _new)
        {
            if (newLeft <= 0)
            {
                break;
            }

            if (Open(key))
            {
                count++;
                newLeft--;
            }
        }

        return count;

        bool Open(QuestionKey key)
        {
            if (_answered.Contains(key) || !IsUnburied(key) || !counted.Add(key))
            {
                return false;
            }

            return !_siblings.TryGetValue(key, out var sibling) || _evidenceOwner.ContainsKey(sibling) || claimed.Add(sibling);
        }
    }

    /// <summary>Takes <paramref name="key"/> off the queue as answered; a learning step due today brings it back at its due time unless the answer <paramref name="suspended"/> it (a leech).</summary>
    public void Answered(QuestionKey key, FsrsCard after, bool suspended = false)
    {
        ArgumentNullException.ThrowIfNull(after);
        var card = _cards[key];
        var step = new UndoStep(
            key,
            FromFront: _front.Count > 0 && _front[^1] == key,
            WasAnswered: _answered.Contains(key),
            PreviousLearning: _learning.TryGetValue(key, out var due) ? due : null,
            CountedNew: !_cram && card.Card.State == CardState.New && !_newCounted.Contains(key),
            OwnedEvidence: _siblings.TryGetValue(key, out var evidence) && !_evidenceOwner.ContainsKey(evidence));
        if (step.FromFront)
        {
            _front.RemoveAt(_front.Count - 1);
        }

        _answered.Add(key);
        _learning.Remove(key);
        if (!_cram && !suspended && after.State is CardState.Learning or CardState.Relearning && after.Due < _dayEnd)
        {
            _learning[key] = after.Due;
        }

        if (step.CountedNew)
        {
            _newCounted.Add(key);
        }

        if (step.OwnedEvidence)
        {
            _evidenceOwner[_siblings[key]] = key;
        }

        _undo.Push(step);
    }

    /// <summary>Reverts the last <see cref="Answered"/>: the question goes back to the front of the queue.</summary>
    public QuestionKey Undo()
    {
        if (!_undo.TryPop(out var step))
        {
            throw new InvalidOperationException("Nothing to undo.");
        }

        var key = step.Key;
        if (!step.WasAnswered)
        {
            _answered.Remove(key);
        }

        _learning.Remove(key);
        if (step.PreviousLearning is { } due)
        {
            _learning[key] = due;
        }

        if (step.CountedNew)
        {
            _newCounted.Remove(key);
        }

        if (step.OwnedEvidence)
        {
            _evidenceOwner.Remove(_siblings[key]);
        }

        _front.Add(key);
        return key;
    }

    private QuestionKey? EarliestLearning(DateTimeOffset until)
    {
        QuestionKey? best = null;
        var bestDue = DateTimeOffset.MaxValue;
        foreach (var (key, due) in _learning)
        {
            if (due <= until && due < bestDue)
            {
                best = key;
                bestDue = due;
            }
        }

        return best;
    }

    private bool IsUnburied(QuestionKey key) =>
        !_siblings.TryGetValue(key, out var evidence) || !_evidenceOwner.TryGetValue(evidence, out var owner) || owner == key;

    private sealed record UndoStep(QuestionKey Key, bool FromFront, bool WasAnswered, DateTimeOffset? PreviousLearning, bool CountedNew, bool OwnedEvidence);
}
