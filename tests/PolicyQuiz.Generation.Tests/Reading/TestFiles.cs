using System.Runtime.CompilerServices;

namespace PolicyQuiz.Generation.Tests.Reading;

/// <summary>The test pages and feeds in Reading/Files, found from this source file's own location.</summary>
internal static class TestFiles
{
    public static string Path(string name, [CallerFilePath] string here = "") =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(here)!, "Files", name);

    public static string Text(string name) => File.ReadAllText(Path(name));
}
