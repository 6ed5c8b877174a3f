using PolicyQuiz.Core.Model;
using PolicyQuiz.Core.Scheduling;
using PolicyQuiz.Core.Study;
using PolicyQuiz.Storage.Stats;

namespace PolicyQuiz.Storage.Tests.Study;

public sealed class ProgressReaderTests : IDisposable
{
    private readonly StudyBank _bank = new();

    public void Dispose() => _bank.Dispose();

    [Fact]
    public void Progress_lists_each_answered_question_with_attempts_right_answers_and_its_card()
    {
        var session = _bank.Study.Start(new StudyOptions { Kind = QuestionKind.Where });
        session.Next();
        session.Submit(StudentAnswer.Typed("Doha"));
        _bank.Clock.Advance(TimeSpan.FromMinutes(2));
        session.Next();
        var last = session.Submit(StudentAnswer.Typed("Riyadh"));
        var cram = _bank.Study.Start(new StudyOptions { Kind = QuestionKind.When, Cram = true });
        cram.Next();
        cram.Submit(StudentAnswer.None);
        var reader = new ProgressReader(_bank.Bank, _bank.Profile);

        var progress = reader.Questions();

        Assert.Equal(["sequence", "talks-city"], progress.Select(p => p.Key.QuestionId));
        var city = progress[1];
        Assert.Equal(("ana", QuestionKind.Where, QuestionType.Short, 2, 1), (city.Profile, city.Kind, city.Type, city.Attempts, city.Correct));
        Assert.Equal(last.AnsweredAt, city.LastAnswered);
        Assert.Equal(last.After, city.Card);
        Assert.NotNull(city.Retrievability);
        Assert.Null(progress[0].Card);
        Assert.DoesNotContain(reader.Questions(since: last.AnsweredAt.AddMinutes(1)), p => p.Key.QuestionId == "talks-city");

        var log = reader.Reviews();
        Assert.Equal(3, log.Count);
        Assert.Equal(last.Review with { Id = log[1].Review.Id }, log[1].Review);
        Assert.True(log[2].Review.Cram);
        Assert.NotNull(log[0].SessionId);
        Assert.Equal(2, reader.Reviews(packId: "sample", since: last.AnsweredAt).Count);
        Assert.Equal(CardState.Learning, log[0].Review.After.State);
    }
}
