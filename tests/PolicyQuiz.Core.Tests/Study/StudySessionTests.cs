using PolicyQuiz.Core.Model;
using PolicyQuiz.Core.Scheduling;
using PolicyQuiz.Core.Study;

namespace PolicyQuiz.Core.Tests.Study;

public sealed class StudySessionTests
{
    private static readonly DateTimeOffset Start = new(2025, 4, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly ManualTimeProvider _time = new(Start);

    private static QuestionKey Key(string id) => InMemoryStudyStore.Key(id);

    private static FsrsCard ReviewCard(DateTimeOffset lastReview, double stability, DateTimeOffset due, int lapses = 0) =>
        new(due, stability, 5, 0, (int)(due - lastReview).TotalDays, 0, 5, lapses, CardState.Review, lastReview);

    private StudySession Session(InMemoryStudyStore store, StudyDeck deck, StudySettings? settings = null, bool cram = false) =>
        new(store, deck, settings ?? StudySettings.Default, new StudyOptions { Cram = cram }, _time);

    private static StudyCard Card(string id, FsrsCard card, string? evidence = null, int position = 0) =>
        new(Key(id), QuestionKind.Who, position, evidence, card);

    private static List<string> AskAll(StudySession session, Func<StudyItem, StudentAnswer> answer)
    {
        var asked = new List<string>();
        for (var item = session.Next(); item is not null; item = session.Next())
        {
            asked.Add(item.Key.QuestionId);
            session.Submit(answer(item));
            Assert.True(asked.Count < 100, "the session does not end");
        }

        return asked;
    }

    private static StudentAnswer Right(StudyItem item) => StudentAnswer.Options(item.Question.Answer[0]);

    private static StudentAnswer Wrong(StudyItem item) => StudentAnswer.Options(item.Question.Distractors[0]);

    [Fact]
    public void Due_reviews_come_first_lowest_retrievability_first_then_new_questions()
    {
        var store = new InMemoryStudyStore("pack", Questions.Choice("new-1"), Questions.Choice("weak"), Questions.Choice("strong"), Questions.Choice("later"));
        var deck = StudyDeck.Of([
            Card("new-1", FsrsCard.New(Start)),
            Card("strong", ReviewCard(Start.AddDays(-10), 30, Start.AddHours(-1))),
            Card("weak", ReviewCard(Start.AddDays(-10), 2, Start.AddDays(-2))),
            Card("later", ReviewCard(Start.AddDays(-1), 30, Start.AddDays(20))),
        ]);

        var asked = AskAll(Session(store, deck), Right);

        Assert.Equal(["weak", "strong", "new-1"], asked.Take(3));
        Assert.DoesNotContain("later", asked);
    }

    [Fact]
    public void New_questions_stop_at_the_daily_limit_counting_those_begun_earlier_today()
    {
        var questions = Enumerable.Range(1, 10).Select(i => Questions.Choice($"n{i}")).ToArray();
        var store = new InMemoryStudyStore("pack", questions);
        var deck = store.Deck(Start) with { NewIntroducedToday = 2 };

        var asked = AskAll(Session(store, deck, StudySettings.Default with { NewPerDay = 5 }), Right);

        Assert.Equal(3, asked.Distinct().Count());
    }

    [Fact]
    public void Siblings_sharing_an_evidence_sentence_are_not_shown_the_same_day()
    {
        const string evidence = "Putin proposed collaboration with the United States on rare earth minerals.";
        var store = new InMemoryStudyStore(
            "pack",
            Questions.Choice("a", evidence: evidence),
            Questions.Choice("b", evidence: "  putin proposed collaboration with the United States on rare-earth minerals"),
            Questions.Choice("c", evidence: "Another sentence."));

        var asked = AskAll(Session(store, store.Deck(Start)), Right);

        Assert.Equal(["a", "c"], asked.Distinct());
    }

    [Fact]
    public void A_sibling_answered_earlier_today_buries_the_others()
    {
        const string evidence = "The talks took place in Riyadh.";
        var store = new InMemoryStudyStore("pack", Questions.Choice("a", evidence: evidence), Questions.Choice("b", evidence: evidence));
        var deck = store.Deck(Start) with
        {
            EvidenceShownToday = new Dictionary<string, QuestionKey> { [StudyCard.SiblingKey(evidence)!] = Key("x") },
        };

        Assert.Empty(AskAll(Session(store, deck), Right));
    }

    [Fact]
    public void A_question_in_its_learning_steps_buries_its_new_siblings()
    {
        const string evidence = "The delegations met in Riyadh.";
        var store = new InMemoryStudyStore("pack", Questions.Choice("learning", evidence: evidence), Questions.Choice("sibling", evidence: evidence));
        var learning = new FsrsCard(Start.AddMinutes(5), 2, 5, 0, 0, 1, 1, 0, CardState.Learning, Start.AddMinutes(-5));
        var deck = StudyDeck.Of([Card("learning", learning, evidence, 0), Card("sibling", FsrsCard.New(Start), evidence, 1)]);

        Assert.Equal(["learning"], AskAll(Session(store, deck), Right));
    }

    [Fact]
    public void A_learning_question_comes_back_in_the_session_when_its_step_is_due()
    {
        var store = new InMemoryStudyStore("pack", Questions.Choice("a"), Questions.Choice("b"));
        var session = Session(store, store.Deck(Start));

        Assert.Equal("a", session.Next()!.Key.QuestionId);
        var outcome = session.Submit(StudentAnswer.Options("Elon Musk"));
        Assert.Equal(Rating.Again, outcome.Rating);
        Assert.Equal(CardState.Learning, outcome.After.State);
        Assert.Equal(Start.AddMinutes(1), outcome.After.Due);

        Assert.Equal("b", session.Next()!.Key.QuestionId);
        _time.Advance(TimeSpan.FromMinutes(2));
        session.Submit(StudentAnswer.Options("Vladimir Putin"));

        var again = session.Next();
        Assert.Equal("a", again!.Key.QuestionId);
        Assert.Equal(CardState.Learning, again.Card.State);
    }

    [Fact]
    public void When_nothing_else_is_left_a_step_due_within_twenty_minutes_is_shown_early()
    {
        var store = new InMemoryStudyStore("pack", Questions.Choice("a"));
        var session = Session(store, store.Deck(Start));
        session.Next();
        var outcome = session.Submit(StudentAnswer.Options("Vladimir Putin"));
        Assert.True(outcome.After.Due > Start.AddMinutes(1));

        Assert.Equal("a", session.Next()!.Key.QuestionId);
    }

    [Fact]
    public void The_session_ends_when_nothing_is_due_and_the_feedback_is_stored_before()
    {
        var store = new InMemoryStudyStore("pack", Questions.Choice("a"));
        var session = Session(store, store.Deck(Start));
        session.Next();
        session.Submit(StudentAnswer.Options("Vladimir Putin"));
        Assert.Single(store.Reviews);
        session.Next();
        session.Submit(StudentAnswer.Options("Vladimir Putin"));

        Assert.Null(session.Next());
        Assert.True(session.IsFinished);
        Assert.Equal(CardState.Review, store.Cards[Key("a")].State);
    }

    [Fact]
    public void Regrade_rewrites_the_review_and_reschedules_from_the_card_before()
    {
        var store = new InMemoryStudyStore("pack", Questions.Choice("a"));
        var session = Session(store, store.Deck(Start));
        var item = session.Next()!;
        var wrong = session.Submit(StudentAnswer.Options("Elon Musk"));
        _time.Advance(TimeSpan.FromSeconds(30));

        var regraded = session.Regrade(Rating.Easy);

        var expected = new FsrsScheduler(FsrsParameters.Default).Review(item.Card, wrong.AnsweredAt, Rating.Easy).Card;
        Assert.Equal(expected, regraded.After);
        Assert.Equal(Rating.Easy, regraded.Rating);
        Assert.Equal(Rating.Again, regraded.SuggestedRating);
        var review = Assert.Single(store.Reviews);
        Assert.Equal(Rating.Easy, review.Rating);
        Assert.Equal(expected, store.Cards[Key("a")]);
        Assert.Equal(1, session.Score.Correct);
    }

    [Fact]
    public void Regrade_is_refused_after_moving_on()
    {
        var store = new InMemoryStudyStore("pack", Questions.Choice("a"), Questions.Choice("b"));
        var session = Session(store, store.Deck(Start));
        session.Next();
        session.Submit(StudentAnswer.Options("Elon Musk"));
        session.Next();

        Assert.Throws<InvalidOperationException>(() => session.Regrade(Rating.Good));
    }

    [Fact]
    public void Undo_restores_the_card_deletes_the_review_and_asks_again()
    {
        var store = new InMemoryStudyStore("pack", Questions.Choice("a"), Questions.Choice("b"));
        var session = Session(store, store.Deck(Start));
        session.Next();
        session.Submit(StudentAnswer.Options("Vladimir Putin"));
        var before = store.Cards[Key("a")];
        session.Next();
        var outcome = session.Submit(StudentAnswer.Options("Elon Musk"));
        Assert.Equal(2, store.Reviews.Count);

        var again = session.Undo();

        Assert.Equal("b", again.Key.QuestionId);
        Assert.Equal(outcome.Before, store.Cards[Key("b")]);
        Assert.Equal(CardState.New, store.Cards[Key("b")].State);
        Assert.Equal(before, store.Cards[Key("a")]);
        Assert.Single(store.Reviews);
        Assert.Equal(1, session.Score.Answered);
        Assert.Same(again, session.Current);
        Assert.Equal(Verdict.Correct, session.Submit(StudentAnswer.Options("Vladimir Putin")).Check.Verdict);
    }

    [Fact]
    public void Undo_after_moving_on_brings_back_the_answered_question_first()
    {
        var store = new InMemoryStudyStore("pack", Questions.Choice("a"), Questions.Choice("b"));
        var session = Session(store, store.Deck(Start));
        session.Next();
        session.Submit(StudentAnswer.Options("Elon Musk"));
        Assert.Equal("b", session.Next()!.Key.QuestionId);

        Assert.Equal("a", session.Undo().Key.QuestionId);
        session.Submit(StudentAnswer.Options("Vladimir Putin"));
        Assert.Equal("b", session.Next()!.Key.QuestionId);
        Assert.Equal(CardState.Learning, store.Cards[Key("a")].State);
    }

    [Fact]
    public void Undo_of_a_new_question_gives_back_its_place_under_the_daily_limit()
    {
        var store = new InMemoryStudyStore("pack", Questions.Choice("a"), Questions.Choice("b"));
        var session = Session(store, store.Deck(Start), StudySettings.Default with { NewPerDay = 1 });
        session.Next();
        session.Submit(StudentAnswer.Options("Vladimir Putin"));
        session.Undo();
        _time.Advance(TimeSpan.FromHours(1));

        Assert.Equal("a", session.Current!.Key.QuestionId);
        Assert.Equal(1, session.Progress.Left);
    }

    [Fact]
    public void Eight_lapses_make_a_leech_that_is_tagged_suspended_and_announced()
    {
        var store = new InMemoryStudyStore("pack", Questions.Choice("a"));
        store.Cards[Key("a")] = ReviewCard(Start.AddDays(-5), 3, Start.AddDays(-1), lapses: 7);
        var session = Session(store, store.Deck(Start));
        session.Next();

        var outcome = session.Submit(StudentAnswer.Options("Elon Musk"));

        Assert.Equal(8, outcome.After.Lapses);
        Assert.True(outcome.BecameLeech);
        Assert.Contains(Key("a"), store.Suspended);
        Assert.Contains(Key("a"), store.Leeches);
        Assert.Null(session.Next());
        Assert.Empty(store.Deck(Start).Cards);
    }

    [Fact]
    public void Seven_lapses_are_not_a_leech_and_undo_lifts_the_leech()
    {
        Assert.False(LeechRule.IsLeechEvent(ReviewCard(Start, 3, Start, lapses: 6), ReviewCard(Start, 3, Start, lapses: 7)));
        Assert.True(LeechRule.IsLeechEvent(ReviewCard(Start, 3, Start, lapses: 11), ReviewCard(Start, 3, Start, lapses: 12)));
        Assert.False(LeechRule.IsLeechEvent(ReviewCard(Start, 3, Start, lapses: 8), ReviewCard(Start, 3, Start, lapses: 9)));

        var store = new InMemoryStudyStore("pack", Questions.Choice("a"));
        store.Cards[Key("a")] = ReviewCard(Start.AddDays(-5), 3, Start.AddDays(-1), lapses: 7);
        var session = Session(store, store.Deck(Start));
        session.Next();
        session.Submit(StudentAnswer.Options("Elon Musk"));
        session.Undo();

        Assert.Empty(store.Suspended);
        Assert.Equal(7, store.Cards[Key("a")].Lapses);
    }

    [Fact]
    public void A_regrade_that_takes_the_lapse_back_lifts_the_leech()
    {
        var store = new InMemoryStudyStore("pack", Questions.Choice("a"));
        store.Cards[Key("a")] = ReviewCard(Start.AddDays(-5), 3, Start.AddDays(-1), lapses: 7);
        var session = Session(store, store.Deck(Start));
        session.Next();
        session.Submit(StudentAnswer.Options("Elon Musk"));

        var regraded = session.Regrade(Rating.Good);

        Assert.False(regraded.BecameLeech);
        Assert.Empty(store.Suspended);
        Assert.Equal(7, store.Cards[Key("a")].Lapses);
    }

    [Fact]
    public void Cram_logs_answers_and_leaves_fsrs_state_unchanged()
    {
        var store = new InMemoryStudyStore("pack", Questions.Choice("a"), Questions.Choice("b"));
        var reviewed = ReviewCard(Start.AddDays(-1), 40, Start.AddDays(39));
        store.Cards[Key("a")] = reviewed;
        var session = Session(store, store.Deck(Start), cram: true);

        var asked = AskAll(session, Wrong);

        Assert.Equal(["a", "b"], asked);
        Assert.Equal(reviewed, store.Cards[Key("a")]);
        Assert.False(store.Cards.ContainsKey(Key("b")));
        Assert.All(store.Reviews, r => Assert.True(r.Cram));
        Assert.All(store.Reviews, r => Assert.Equal(r.Before, r.After));
        Assert.Equal(2, session.Score.Answered);
        Assert.Null(session.Answers[0].NextDue);
    }

    [Fact]
    public void A_question_changed_after_its_last_review_counts_as_due()
    {
        var store = new InMemoryStudyStore("pack", Questions.Choice("a"), Questions.Choice("b"));
        var deck = StudyDeck.Of([
            Card("a", ReviewCard(Start.AddDays(-2), 40, Start.AddDays(38))) with { ChangedAt = Start.AddDays(-1) },
            Card("b", ReviewCard(Start.AddDays(-2), 40, Start.AddDays(38))) with { ChangedAt = Start.AddDays(-3) },
        ]);

        Assert.Equal(["a"], AskAll(Session(store, deck), Right));
    }

    [Fact]
    public void Scores_count_answers_streaks_time_and_kinds()
    {
        var store = new InMemoryStudyStore(
            "pack",
            Questions.Choice("a"), Questions.Choice("b", kind: QuestionKind.Where), Questions.Choice("c"), Questions.Choice("d"));
        var session = Session(store, store.Deck(Start));
        var answers = new Queue<bool>([true, true, false, true]);
        for (var i = 0; i < 4; i++)
        {
            var item = session.Next()!;
            _time.Advance(TimeSpan.FromSeconds(10));
            session.Submit(answers.Dequeue() ? Right(item) : Wrong(item));
        }

        var score = session.Score;
        Assert.Equal(4, score.Answered);
        Assert.Equal(3, score.Correct);
        Assert.Equal(0.75, score.Accuracy);
        Assert.Equal(1, score.Streak);
        Assert.Equal(2, score.BestStreak);
        Assert.Equal(TimeSpan.FromSeconds(40), score.TimeSpent);
        Assert.Equal(new ScoreLine(1, 1), score.ByKind[QuestionKind.Where]);
        Assert.Equal(new ScoreLine(3, 2), score.ByKind[QuestionKind.Who]);
        var progress = session.Progress;
        Assert.Equal(4, progress.Answered);
        Assert.Equal(3, progress.Correct);
        // All four were new: each is now in a learning step (10 minutes after a right answer, 1 after a wrong one) and comes back.
        Assert.Equal(4, progress.Left);
    }

    [Fact]
    public void A_clock_set_back_before_the_last_review_dates_the_answer_at_the_last_review()
    {
        var store = new InMemoryStudyStore("pack", Questions.Choice("a"));
        var lastReview = Start.AddDays(2);
        store.Cards[Key("a")] = ReviewCard(lastReview, 3, Start.AddDays(-1));
        var session = Session(store, store.Deck(Start));
        session.Next();

        var outcome = session.Submit(StudentAnswer.Options("Vladimir Putin"));

        Assert.Equal(lastReview, outcome.AnsweredAt);
        Assert.Equal(lastReview, outcome.After.LastReview);
    }

    [Fact]
    public void Time_spent_on_one_answer_counts_at_most_five_minutes()
    {
        var store = new InMemoryStudyStore("pack", Questions.Choice("a"));
        var session = Session(store, store.Deck(Start));
        session.Next();
        _time.Advance(TimeSpan.FromHours(2));

        Assert.Equal(TimeSpan.FromMinutes(5), session.Submit(StudentAnswer.None).Review.Duration);
    }

    [Fact]
    public void A_typed_near_miss_is_graded_hard_and_stored_with_its_verdict()
    {
        var store = new InMemoryStudyStore("pack", Questions.Short("Riyadh"), Questions.Short("Australia"));
        var session = Session(store, store.Deck(Start));
        var item = session.Next()!;
        var typed = item.Question.Answer[0] == "Riyadh" ? "Riyahd" : "Australai";

        var outcome = session.Submit(StudentAnswer.Typed(typed));

        Assert.Equal(Verdict.NearMiss, outcome.Check.Verdict);
        Assert.Equal(Rating.Hard, outcome.Rating);
        Assert.True(outcome.IsCorrect);
        Assert.Equal(typed, store.Reviews[0].Answer);
        Assert.Equal(Verdict.NearMiss, store.Reviews[0].Verdict);
    }
}
