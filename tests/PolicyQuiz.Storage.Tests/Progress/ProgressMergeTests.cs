using PolicyQuiz.Core.Reports;
using PolicyQuiz.Storage.Progress;
using PolicyQuiz.Storage.Tests.Study;

namespace PolicyQuiz.Storage.Tests.Progress;

public sealed class ProgressMergeTests : IDisposable
{
    private readonly StudyBank _home = new();
    private readonly StudyBank _school = new();

    public void Dispose()
    {
        _home.Dispose();
        _school.Dispose();
    }

    private ProgressDocument Exported() =>
        ProgressJson.Read(ProgressJson.Write(new ProgressExport(_home.Bank).Document(_home.Profile, null, null)));

    [Fact]
    public void Importing_into_another_bank_gives_the_same_review_log_and_cards()
    {
        ProgressHistory.Study(_home);

        var result = new ProgressMerge(_school.Bank).Merge(Exported(), "bea");

        Assert.Equal(("bea", ProgressHistory.Reviews(_home), 0), (result.Profile, result.Added, result.AlreadyPresent));
        Assert.Equal(ProgressHistory.ReviewRows(_home), ProgressHistory.ReviewRows(_school));
        Assert.Equal(ProgressHistory.CardRows(_home), ProgressHistory.CardRows(_school));
        Assert.Equal(1, _school.Count("SELECT count(*) FROM profiles WHERE name = 'bea'"));
    }

    [Fact]
    public void Merging_twice_adds_nothing_twice()
    {
        ProgressHistory.Study(_home);
        var document = Exported();
        var merge = new ProgressMerge(_school.Bank);

        merge.Merge(document);
        var before = ProgressHistory.ReviewRows(_school);
        var again = merge.Merge(document);

        Assert.Equal((0, document.Reviews.Count), (again.Added, again.AlreadyPresent));
        Assert.Equal(before, ProgressHistory.ReviewRows(_school));
    }

    [Fact]
    public void A_later_export_adds_only_the_new_answers()
    {
        ProgressHistory.Study(_home, days: 1);
        var merge = new ProgressMerge(_school.Bank);
        merge.Merge(Exported());
        var first = ProgressHistory.Reviews(_school);

        ProgressHistory.Study(_home, days: 2);
        var second = merge.Merge(Exported());

        Assert.Equal(first, second.AlreadyPresent);
        Assert.Equal(ProgressHistory.Reviews(_home) - first, second.Added);
        Assert.Equal(ProgressHistory.ReviewRows(_home), ProgressHistory.ReviewRows(_school));
        Assert.Equal(ProgressHistory.CardRows(_home), ProgressHistory.CardRows(_school));
    }

    [Fact]
    public void A_file_with_answers_to_questions_the_bank_lacks_is_refused_and_nothing_is_written()
    {
        ProgressHistory.Study(_home);
        using var empty = new StudyBank(StudyBank.Sample() with { Id = "other-pack" });
        var profilesBefore = empty.Count("SELECT count(*) FROM profiles");

        var error = Assert.Throws<ProgressImportException>(() => new ProgressMerge(empty.Bank).Merge(Exported(), "carla"));

        Assert.Contains("pack 'sample'", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, empty.Count("SELECT count(*) FROM reviews"));
        Assert.Equal(profilesBefore, empty.Count("SELECT count(*) FROM profiles"));
    }
}
