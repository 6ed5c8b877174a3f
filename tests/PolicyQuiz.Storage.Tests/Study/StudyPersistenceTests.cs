using PolicyQuiz.Core.Model;
using PolicyQuiz.Core.Scheduling;
using PolicyQuiz.Core.Study;
using PolicyQuiz.Storage.Study;

namespace PolicyQuiz.Storage.Tests.Study;

public sealed class StudyPersistenceTests : IDisposable
{
    private readonly StudyBank _bank = new();

    public void Dispose() => _bank.Dispose();

    [Fact]
    public void The_schema_has_the_study_tables()
    {
        Assert.True(Migrator.UserVersion(_bank.Bank.Connection) >= 2);
        Assert.Equal(0, _bank.Count("SELECT count(*) FROM reviews"));
        Assert.Equal(0, _bank.Count("SELECT count(*) FROM cards"));
    }

    [Fact]
    public void A_submitted_answer_is_in_the_file_before_the_next_question_as_another_connection_sees_it()
    {
        var session = _bank.Study.Start();
        var item = session.Next()!;

        session.Submit(StudyBank.Right(item));

        Assert.Equal(1, _bank.Count("SELECT count(*) FROM reviews"));
        Assert.Equal(1, _bank.Count($"SELECT count(*) FROM cards WHERE question_id = '{item.Key.QuestionId}' AND state = 1"));
        Assert.Equal(1, _bank.Count("SELECT count(*) FROM reviews WHERE verdict = 'correct' AND rating = 3 AND cram = 0 AND session_id IS NOT NULL"));
    }

    [Fact]
    public void Nothing_answered_is_lost_when_the_program_dies_and_restarts()
    {
        var session = _bank.Study.Start();
        var answered = new List<QuestionKey>();
        for (var i = 0; i < 3; i++)
        {
            var item = session.Next()!;
            session.Submit(StudyBank.Right(item));
            answered.Add(item.Key);
        }

        // No dispose, no commit call: open the same file again as a restarted program would.
        using var again = Bank.Open(_bank.Path, _bank.Clock);
        var browser = new QuestionBrowser(again, _bank.Profile);
        Assert.All(answered, key => Assert.Single(browser.History(key)));
        var deck = new StudyService(again, _bank.Profile).LoadDeck(StudyOptions.All);
        Assert.All(answered, key => Assert.Equal(CardState.Learning, deck.Cards.Single(c => c.Key == key).Card.State));
    }

    [Fact]
    public void Undo_deletes_the_review_and_restores_the_card_in_the_file()
    {
        var session = _bank.Study.Start();
        var first = session.Next()!;
        session.Submit(StudyBank.Right(first));
        var cardsAfterFirst = _bank.Dump("cards");
        var second = session.Next()!;
        session.Submit(StudyBank.Wrong(second));
        Assert.Equal(2, _bank.Count("SELECT count(*) FROM reviews"));

        var undone = session.Undo();

        Assert.Equal(second.Key, undone.Key);
        Assert.Equal(1, _bank.Count("SELECT count(*) FROM reviews"));
        Assert.Equal(0, _bank.Count($"SELECT count(*) FROM reviews WHERE question_id = '{second.Key.QuestionId}'"));
        Assert.Equal(1, _bank.Count($"SELECT count(*) FROM cards WHERE question_id = '{second.Key.QuestionId}' AND state = 0 AND reps = 0"));
        Assert.Equal(cardsAfterFirst, string.Join("\n", _bank.Dump("cards").Split('\n').Where(r => !r.Contains(second.Key.QuestionId, StringComparison.Ordinal))));
    }

    [Fact]
    public void A_regrade_replaces_the_review_and_the_card_in_the_file()
    {
        var session = _bank.Study.Start();
        var item = session.Next()!;
        var outcome = session.Submit(StudyBank.Wrong(item));
        Assert.Equal(Rating.Again, outcome.Rating);

        var regraded = session.Regrade(Rating.Easy);

        Assert.Equal(1, _bank.Count("SELECT count(*) FROM reviews"));
        Assert.Equal(1, _bank.Count("SELECT count(*) FROM reviews WHERE rating = 4 AND suggested_rating = 1 AND verdict = 'wrong'"));
        Assert.Equal(1, _bank.Count($"SELECT count(*) FROM cards WHERE state = {(int)regraded.After.State} AND reps = 1"));
    }

    [Fact]
    public void Suspended_retired_and_removed_questions_are_never_shown()
    {
        Assert.True(_bank.Study.Suspend(StudyBank.Key("envoy")));
        Assert.True(_bank.Bank.Packs.Import(StudyBank.Sample(version: 2, withMatch: false)).Succeeded);

        var keys = _bank.Study.LoadDeck(StudyOptions.All).Cards.Select(c => c.Key.QuestionId).ToList();

        Assert.DoesNotContain("envoy", keys);
        Assert.DoesNotContain("roles", keys);
        Assert.Contains("talks-city", keys);

        Assert.True(_bank.Study.Unsuspend(StudyBank.Key("envoy")));
        Assert.Contains(StudyBank.Key("envoy"), _bank.Study.LoadDeck(StudyOptions.All).Cards.Select(c => c.Key));

        Assert.True(_bank.Bank.Packs.Remove("sample"));
        Assert.Null(_bank.Study.Start().Next());
    }

    [Fact]
    public void Options_select_a_pack_a_tag_or_a_kind()
    {
        Assert.Equal(["envoy", "who-proposed"], Keys(new StudyOptions { Tag = "russia" }));
        Assert.Equal(["talks-city"], Keys(new StudyOptions { Kind = QuestionKind.Where }));
        Assert.Equal(["envoy"], Keys(new StudyOptions { PackId = "sample", Tag = "people", Kind = QuestionKind.Who }));
        Assert.Equal(7, Keys(new StudyOptions { PackId = "sample" }).Count);
        Assert.Empty(Keys(new StudyOptions { PackId = "no-such-pack" }));

        List<string> Keys(StudyOptions options) => _bank.Study.LoadDeck(options).Cards.Select(c => c.Key.QuestionId).Order().ToList();
    }

    [Fact]
    public void A_question_whose_answer_changed_on_reimport_comes_back_as_due()
    {
        var people = new StudyOptions { Tag = "people" };
        StudyUntilDone(_bank.Study.Start(people));
        _bank.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Null(_bank.Study.Start(people).Next());

        Assert.True(_bank.Bank.Packs.Import(StudyBank.Sample(version: 2, envoy: "Kirill A. Dmitriev")).Succeeded);

        var session = _bank.Study.Start(people);
        var item = session.Next();
        Assert.Equal("envoy", item?.Key.QuestionId);
        Assert.Equal(CardState.Review, item!.Card.State);
        Assert.Equal(1, _bank.Stats.Forecast(30)[0].Count);
        session.Submit(StudyBank.Right(item));
        Assert.Null(session.Next());
    }

    [Fact]
    public void The_daily_new_limit_counts_questions_begun_in_earlier_sessions_of_the_day()
    {
        new StudySettingsStore(_bank.Bank).SetNewPerDay(_bank.Profile, 3);
        var first = _bank.Study.Start();
        first.Next();
        first.Submit(StudentAnswer.None);
        first.Next();
        first.Submit(StudentAnswer.None);

        var second = _bank.Study.Start();
        var fresh = new HashSet<QuestionKey>();
        while (second.Next() is { } item)
        {
            if (item.IsNew)
            {
                fresh.Add(item.Key);
            }

            second.Submit(StudyBank.Right(item));
            _bank.Clock.Advance(TimeSpan.FromMinutes(15));
        }

        Assert.Single(fresh);
        Assert.Equal(0, _bank.Stats.NewLeftToday());
        _bank.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(3, _bank.Stats.NewLeftToday());
    }

    [Fact]
    public void A_sibling_answered_in_an_earlier_session_today_stays_buried()
    {
        var first = _bank.Study.Start();
        var item = first.Next()!;
        Assert.Equal("who-proposed", item.Key.QuestionId);
        first.Submit(StudyBank.Right(item));

        var asked = StudyUntilDone(_bank.Study.Start());

        Assert.DoesNotContain("proposal-true", asked);
        _bank.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Contains("proposal-true", StudyUntilDone(_bank.Study.Start()));
    }

    [Fact]
    public void Eight_lapses_make_a_leech_tagged_and_suspended_in_the_bank()
    {
        var options = new StudyOptions { Kind = QuestionKind.Where };
        AnswerOutcome? leech = null;
        for (var day = 0; day < 400 && leech is null; day++)
        {
            var session = _bank.Study.Start(options);
            while (session.Next() is { } item && leech is null)
            {
                var outcome = session.Submit(item.Card.State == CardState.Review ? StudyBank.Wrong(item) : StudyBank.Right(item));
                leech = outcome.BecameLeech ? outcome : null;
                _bank.Clock.Advance(TimeSpan.FromMinutes(15));
            }

            _bank.Clock.Advance(TimeSpan.FromDays(1));
        }

        Assert.NotNull(leech);
        Assert.Equal(8, leech.After.Lapses);
        Assert.Equal(1, _bank.Count("SELECT count(*) FROM cards WHERE question_id = 'talks-city' AND leech = 1 AND suspended_at IS NOT NULL AND lapses = 8"));
        Assert.Equal(1, _bank.Count("SELECT count(*) FROM reviews WHERE made_leech = 1"));
        Assert.Null(_bank.Study.Start(options).Next());
        var row = Assert.Single(_bank.Browser.Search(new BrowseQuery { Tag = "leech" }));
        Assert.True(row.Suspended && row.Leech);
    }

    [Fact]
    public void Cram_answers_are_logged_and_never_touch_the_cards()
    {
        StudyUntilDone(_bank.Study.Start());
        var cards = _bank.Dump("cards");
        var reviews = _bank.Count("SELECT count(*) FROM reviews");

        var asked = StudyUntilDone(_bank.Study.Start(new StudyOptions { Cram = true }), right: false);

        Assert.Equal(7, asked.Count);
        Assert.Equal(cards, _bank.Dump("cards"));
        Assert.Equal(reviews + 7, _bank.Count("SELECT count(*) FROM reviews"));
        Assert.Equal(7, _bank.Count("SELECT count(*) FROM reviews WHERE cram = 1 AND prev_state = state AND prev_due = due"));
    }

    [Fact]
    public void Card_state_rebuilt_from_the_reviews_equals_the_stored_state()
    {
        var random = new Random(7);
        for (var day = 0; day < 60; day++)
        {
            var session = _bank.Study.Start();
            while (session.Next() is { } item)
            {
                var outcome = session.Submit(random.NextDouble() < 0.75 ? StudyBank.Right(item) : StudyBank.Wrong(item));
                if (random.NextDouble() < 0.1)
                {
                    session.Regrade((Rating)random.Next(1, 5));
                }
                else if (random.NextDouble() < 0.05)
                {
                    session.Undo();
                    session.Submit(StudyBank.Right(outcome.Item));
                }

                _bank.Clock.Advance(TimeSpan.FromMinutes(random.Next(1, 30)));
            }

            if (day % 7 == 3)
            {
                StudyUntilDone(_bank.Study.Start(new StudyOptions { Cram = true }), right: false);
            }

            _bank.Clock.Advance(TimeSpan.FromHours(random.Next(20, 40)));
        }

        Assert.True(_bank.Count("SELECT count(*) FROM reviews") > 50);
        var stored = _bank.Dump("cards");
        var rebuilt = _bank.Study.RebuildCards();
        var deck = _bank.Study.LoadDeck(StudyOptions.All).Cards.Where(c => c.Card.State != CardState.New).ToList();
        Assert.NotEmpty(deck);
        Assert.All(deck, c => Assert.Equal(c.Card, rebuilt[c.Key]));

        using (var wipe = _bank.Bank.Connection.CreateCommand())
        {
            wipe.CommandText = "UPDATE cards SET stability = 0, difficulty = 0, state = 0, reps = 0";
            wipe.ExecuteNonQuery();
        }

        Assert.Equal(rebuilt.Count, _bank.Study.Rebuild());
        Assert.Equal(stored, _bank.Dump("cards"));
    }

    [Fact]
    public void Profiles_keep_their_own_progress_and_settings()
    {
        var other = _bank.Bank.Profiles.GetOrCreate("ben");
        new StudySettingsStore(_bank.Bank).SetNewPerDay(other, 2);
        StudyUntilDone(_bank.Study.Start());

        var otherStudy = new StudyService(_bank.Bank, other);
        Assert.All(otherStudy.LoadDeck(StudyOptions.All).Cards, c => Assert.Equal(CardState.New, c.Card.State));
        Assert.Equal(2, StudyUntilDone(otherStudy.Start()).Distinct().Count());
        Assert.Equal(StudySettings.DefaultNewPerDay, _bank.Study.Settings.NewPerDay);
        Assert.Equal(2, otherStudy.Settings.NewPerDay);
    }

    [Fact]
    public void Desired_retention_and_weights_are_profile_settings()
    {
        var store = new StudySettingsStore(_bank.Bank);
        Assert.Equal(FsrsParameters.Default.DesiredRetention, _bank.Study.Settings.Parameters.DesiredRetention);
        Assert.True(_bank.Study.Settings.Parameters.EnableFuzz);

        var weights = FsrsParameters.DefaultWeights.Select((w, i) => i == 0 ? 0.5 : w).ToArray();
        store.SetDesiredRetention(_bank.Profile, 0.85);
        store.SetWeights(_bank.Profile, weights);

        Assert.Equal(0.85, _bank.Study.Settings.Parameters.DesiredRetention);
        Assert.Equal(weights, _bank.Study.Settings.Parameters.Weights);
        Assert.Throws<ArgumentException>(() => store.SetWeights(_bank.Profile, [1, 2, 3]));
    }

    private List<string> StudyUntilDone(StudySession session, bool right = true)
    {
        var asked = new List<string>();
        while (session.Next() is { } item)
        {
            asked.Add(item.Key.QuestionId);
            session.Submit(right ? StudyBank.Right(item) : StudyBank.Wrong(item));
            _bank.Clock.Advance(TimeSpan.FromMinutes(11));
            Assert.True(asked.Count < 200, "the session does not end");
        }

        return asked;
    }
}
