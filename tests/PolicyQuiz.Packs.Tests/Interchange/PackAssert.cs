using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Packs.Tests.Interchange;

internal static class PackAssert
{
    public static Pack Valid(PackReadResult result)
    {
        Assert.True(result.Ok, "expected a valid pack, got:\n" + string.Join("\n", result.Diagnostics));
        return result.Pack!;
    }

    /// <summary>Equal question by question (for a readable failure), then as a whole.</summary>
    public static void Same(Pack expected, Pack actual)
    {
        Assert.Equal(expected.Questions.Count, actual.Questions.Count);
        for (var i = 0; i < expected.Questions.Count; i++)
        {
            Assert.Equal(expected.Questions[i], actual.Questions[i]);
        }

        Assert.Equal(expected.Sources, actual.Sources);
        Assert.Equal(expected, actual);
    }
}
