using PolicyQuiz.Core.Study;

namespace PolicyQuiz.Core.Reports;

/// <summary>One student's line of a class report: totals, mastery per pack (null when the student has no such pack) and last activity.</summary>
public sealed record StudentLine(
    string Student,
    int Answered,
    double Accuracy,
    double? TrueRetention,
    DateTimeOffset? LastActivity,
    IReadOnlyDictionary<string, double> MasteryByPack);

/// <summary>A question the class found hard: attempts and right answers over every student, and how many students tried it.</summary>
public sealed record HardQuestion(QuestionKey Key, string Prompt, int Attempts, int Correct, int Students)
{
    public double RightShare => Attempts == 0 ? 0 : (double)Correct / Attempts;
}

/// <summary>
/// An instructor's view of several students' progress files: one line per file (a student), a column per
/// pack any student has, and the questions most often answered wrong (at least two attempts, lowest
/// right share first, then most attempts).
/// </summary>
public sealed record ClassReport(IReadOnlyList<string> PackIds, IReadOnlyList<StudentLine> Students, IReadOnlyList<HardQuestion> Hardest)
{
    public const int HardestCount = 10;

    public static ClassReport From(IReadOnlyList<ProgressDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var packIds = documents.SelectMany(d => d.Packs).Select(p => p.PackId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var students = documents.Select(d => new StudentLine(
                d.Profile,
                d.Totals.Answered,
                d.Totals.Accuracy,
                d.Totals.TrueRetention,
                d.Totals.LastActivity,
                d.Packs.GroupBy(p => p.PackId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Mastery, StringComparer.Ordinal)))
            .ToList();
        var hardest = documents
            .SelectMany(d => d.Packs.SelectMany(p => p.QuestionTallies.Select(t => (Key: new QuestionKey(p.PackId, t.QuestionId), Tally: t))))
            .GroupBy(x => x.Key)
            .Select(g => new HardQuestion(g.Key, g.First().Tally.Prompt, g.Sum(x => x.Tally.Attempts), g.Sum(x => x.Tally.Correct), g.Count()))
            .Where(q => q.Attempts >= 2 && q.Correct < q.Attempts)
            .OrderBy(q => q.RightShare)
            .ThenByDescending(q => q.Attempts)
            .ThenBy(q => q.Key.PackId, StringComparer.Ordinal)
            .ThenBy(q => q.Key.QuestionId, StringComparer.Ordinal)
            .Take(HardestCount)
            .ToList();
        return new ClassReport(packIds, students, hardest);
    }
}
