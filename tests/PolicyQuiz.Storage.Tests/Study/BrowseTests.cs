using PolicyQuiz.Core.Model;
using PolicyQuiz.Core.Scheduling;
using PolicyQuiz.Core.Study;
using PolicyQuiz.Storage.Study;

namespace PolicyQuiz.Storage.Tests.Study;

public sealed class BrowseTests : IDisposable
{
    private readonly StudyBank _bank = new();

    public void Dispose() => _bank.Dispose();

    [Fact]
    public void Search_finds_questions_by_text_pack_tag_and_kind()
    {
        Assert.Equal(["talks-city"], Ids(new BrowseQuery { Text = "RIYADH" }));
        Assert.Equal(["envoy", "who-proposed"], Ids(new BrowseQuery { Tag = "russia" }));
        Assert.Equal(["sequence"], Ids(new BrowseQuery { Kind = QuestionKind.When }));
        Assert.Equal(["minerals"], Ids(new BrowseQuery { Type = QuestionType.Multi, PackId = "sample" }));
        Assert.Empty(Ids(new BrowseQuery { Text = "100%_" }));
        Assert.Equal(7, Ids(new BrowseQuery()).Count);
    }

    [Fact]
    public void A_question_history_lists_every_answer_oldest_first()
    {
        var session = _bank.Study.Start(new StudyOptions { Kind = QuestionKind.Where });
        var item = session.Next()!;
        session.Submit(StudentAnswer.Typed("Riyahd"));
        _bank.Clock.Advance(TimeSpan.FromMinutes(11));
        session.Next();
        session.Submit(StudentAnswer.Typed("Doha"));

        var history = _bank.Browser.History(item.Key);

        Assert.Equal(2, history.Count);
        Assert.Equal((Verdict.NearMiss, Rating.Hard, "Riyahd"), (history[0].Verdict, history[0].Rating, history[0].Answer));
        Assert.Equal((Verdict.Wrong, Rating.Again), (history[1].Verdict, history[1].Rating));
        Assert.Equal(CardState.New, history[0].Before.State);
        Assert.Equal(history[0].After, history[1].Before);
        var row = Assert.Single(_bank.Browser.Search(new BrowseQuery { Text = "riyadh" }));
        Assert.Equal(2, row.Reviews);
        Assert.Equal(history[1].After, row.Card);
    }

    [Fact]
    public void Suspend_and_unsuspend_show_in_browse()
    {
        Assert.True(_bank.Study.Suspend(StudyBank.Key("minerals")));
        Assert.Equal(["minerals"], Ids(new BrowseQuery { SuspendedOnly = true }));
        Assert.True(_bank.Study.Unsuspend(StudyBank.Key("minerals")));
        Assert.False(_bank.Study.Unsuspend(StudyBank.Key("minerals")));
        Assert.Empty(Ids(new BrowseQuery { SuspendedOnly = true }));
        Assert.False(_bank.Study.Suspend(StudyBank.Key("no-such-question")));
    }

    private List<string> Ids(BrowseQuery query) => _bank.Browser.Search(query).Select(r => r.Key.QuestionId).Order().ToList();
}
