using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Packs.Tests;

internal static class Texts
{
    /// <summary>A list of strings (EquatableList.From with one string would make a list of its characters).</summary>
    public static EquatableList<string> Of(params string[] items) => new(items);
}
