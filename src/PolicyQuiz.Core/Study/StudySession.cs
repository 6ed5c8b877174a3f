using PolicyQuiz.Core.Scheduling;

namespace PolicyQuiz.Core.Study;

/// <summary>
/// One study session: asks questions in <see cref="SessionQueue"/> order, checks and grades answers,
/// schedules them with FSRS-6 and stores every answer through <see cref="IStudyStore"/> before the next
/// question is handed out.
/// <para>Use: <see cref="Next"/> gives the first (and each following) question; <see cref="Submit"/>
/// answers it and returns the feedback; <see cref="Regrade"/> changes the grade until <see cref="Next"/>
/// is called; <see cref="Undo"/> takes back the last answer (its review is deleted, its card restored)
/// and asks that question again.</para>
/// </summary>
public sealed class StudySession
{
    /// <summary>Time spent on one answer counts at most this long (a coffee break is not study time).</summary>
    public static readonly TimeSpan MaxAnswerTime = TimeSpan.FromMinutes(5);

    private readonly IStudyStore _store;
    private readonly TimeProvider _time;
    private readonly FsrsScheduler _scheduler;
    private readonly SessionQueue _queue;
    private readonly StudySettings _settings;
    private readonly List<AnswerOutcome> _history = [];
    private DateTimeOffset _shownAt;

    public StudySession(IStudyStore store, StudyDeck deck, StudySettings settings, StudyOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(deck);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _store = store;
        _time = time;
        _settings = settings;
        Options = options;
        _scheduler = new FsrsScheduler(settings.Parameters);
        var now = time.GetUtcNow();
        StartedAt = now;
        var dayEnd = StudyDay.Start(StudyDay.Of(now, time.LocalTimeZone).AddDays(1), time.LocalTimeZone);
        _queue = new SessionQueue(deck, settings, options.Cram, now, dayEnd, _scheduler.Retrievability);
    }

    public StudyOptions Options { get; }

    public DateTimeOffset StartedAt { get; }

    /// <summary>The question being asked (also while its feedback is shown); null before the first <see cref="Next"/> and when the session is over.</summary>
    public StudyItem? Current { get; private set; }

    /// <summary>The feedback of the answer just given; null while a question waits for its answer.</summary>
    public AnswerOutcome? Outcome { get; private set; }

    /// <summary>True once <see cref="Next"/> found nothing left to ask.</summary>
    public bool IsFinished { get; private set; }

    public bool CanUndo => _history.Count > 0;

    /// <summary>Every answer of this session still standing (undone ones removed), oldest first.</summary>
    public IReadOnlyList<AnswerOutcome> Answers => _history;

    public SessionScore Score => SessionScore.From(_history.Select(o => new ScoredAnswer(o.Item.Kind, o.Review.IsPass, o.Review.Duration)));

    public SessionProgress Progress
    {
        get
        {
            var score = Score;
            var left = _queue.Remaining(_time.GetUtcNow());
            return new SessionProgress(score.Answered, left, score.Correct, score.Streak);
        }
    }

    /// <summary>Moves on: the next question to ask, or null when the session is over.</summary>
    public StudyItem? Next()
    {
        Outcome = null;
        var now = _time.GetUtcNow();
        if (_queue.Peek(now) is not { } key)
        {
            Current = null;
            IsFinished = true;
            return null;
        }

        IsFinished = false;
        Current = Present(key, now);
        _shownAt = now;
        return Current;
    }

    /// <summary>Checks, grades, schedules and stores the answer to <see cref="Current"/>; returns the feedback.</summary>
    /// <exception cref="InvalidOperationException">No question is waiting for an answer.</exception>
    public AnswerOutcome Submit(StudentAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var item = Current ?? throw new InvalidOperationException("No question is being asked: call Next first.");
        if (Outcome is not null)
        {
            throw new InvalidOperationException("This question is answered: call Next to move on.");
        }

        var now = _time.GetUtcNow();
        var rivals = item.Type is Model.QuestionType.Short or Model.QuestionType.Cloze ? _store.Rivals(item.Key.PackId) : AnswerRivals.None;
        var check = AnswerChecker.Check(item.Question, answer, rivals);
        var suggested = Grading.Suggest(check);
        var duration = now - _shownAt;
        duration = duration < TimeSpan.Zero ? TimeSpan.Zero : duration > MaxAnswerTime ? MaxAnswerTime : duration;

        // A clock set back (or a bank shared with a machine whose clock runs ahead) must not break the
        // schedule: an answer is never dated before the card's last review.
        if (item.Card.LastReview is { } last && now < last)
        {
            now = last;
        }

        var review = Schedule(item, answer, check, suggested, suggested, now, duration);
        review = review with { Id = _store.Append(review) };
        _queue.Answered(item.Key, review.After, review.MadeLeech);
        var outcome = new AnswerOutcome(item, answer, check, review);
        _history.Add(outcome);
        Outcome = outcome;
        return outcome;
    }

    /// <summary>Changes the grade of the answer just given (before moving on): the card is rescheduled from its state before the answer and the review rewritten.</summary>
    public AnswerOutcome Regrade(Rating rating)
    {
        if (rating is < Rating.Again or > Rating.Easy)
        {
            throw new ArgumentOutOfRangeException(nameof(rating), rating, "A grade is 1 (Again) to 4 (Easy).");
        }

        var outcome = Outcome ?? throw new InvalidOperationException("There is no answer to regrade: grades change only before moving on.");
        if (outcome.Rating == rating)
        {
            return outcome;
        }

        var old = outcome.Review;
        var review = Schedule(outcome.Item, outcome.Answer, outcome.Check, old.SuggestedRating, rating, old.ReviewedAt, old.Duration);
        review = review with { Id = _store.Replace(old, review) };
        _queue.Undo();
        _queue.Answered(outcome.Item.Key, review.After, review.MadeLeech);
        var regraded = outcome with { Review = review };
        _history[^1] = regraded;
        Outcome = regraded;
        return regraded;
    }

    /// <summary>Takes back the last answer of the session: its review is deleted, the card restored, and the question is asked again.</summary>
    public StudyItem Undo()
    {
        if (_history.Count == 0)
        {
            throw new InvalidOperationException("Nothing to undo.");
        }

        var last = _history[^1];
        _store.Remove(last.Review);
        _history.RemoveAt(_history.Count - 1);
        _queue.Undo();
        Outcome = null;
        IsFinished = false;
        var now = _time.GetUtcNow();
        Current = last.Item;
        _shownAt = now;
        return Current;
    }

    private ReviewRecord Schedule(StudyItem item, StudentAnswer answer, AnswerCheck check, Rating suggested, Rating rating, DateTimeOffset now, TimeSpan duration)
    {
        var before = item.Card;
        var after = item.Cram ? before : _scheduler.Review(before, now, rating).Card;
        var leech = !item.Cram && LeechRule.IsLeechEvent(before, after, _settings.LeechLapses);
        return new ReviewRecord(
            item.Key, item.Kind, now, rating, suggested, check.Verdict, check.Credit,
            answer.Describe(item.Type), duration, item.Cram, before, after, leech);
    }

    private StudyItem Present(QuestionKey key, DateTimeOffset now)
    {
        var card = CurrentCard(key);
        var question = _store.Load(key);
        var day = StudyDay.Of(now, _time.LocalTimeZone);
        return StudyItem.Present(key, question.PackTitle, question.Question, question.Source, card, day, Options.Cram);
    }

    // The card as it stands now: the latest answer of this session, or the deck's.
    private FsrsCard CurrentCard(QuestionKey key)
    {
        for (var i = _history.Count - 1; i >= 0; i--)
        {
            if (_history[i].Item.Key == key)
            {
                return _history[i].Review.After;
            }
        }

        return _queue.Card(key).Card;
    }
}
