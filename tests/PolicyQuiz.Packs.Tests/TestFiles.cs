namespace PolicyQuiz.Packs.Tests;

/// <summary>Where the test data copied next to the test assembly lives.</summary>
internal static class TestFiles
{
    public static string Corpus(string name) => Path.Combine(AppContext.BaseDirectory, "Corpus", name);

    public static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "Samples", name);

    /// <summary>The repository root (the folder holding PolicyQuiz.sln), found upwards from the test assembly.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PolicyQuiz.sln")))
            {
                return dir.FullName;
            }
        }

        // Built with --artifacts-path outside the tree: fall back to the source location of this file's project.
        return Path.GetFullPath(Path.Combine(ThisProjectFolder(), "..", ".."));
    }

    private static string ThisProjectFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetDirectoryName(path)!;
}
