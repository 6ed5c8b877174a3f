namespace PolicyQuiz.Generation.Tests.Reading;

/// <summary>A fresh folder under the system temp folder, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("policyquiz-reading-").FullName;
    }

    public string Path { get; }

    public string Write(string name, string text)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllText(file, text);
        return file;
    }

    public string Write(string name, byte[] bytes)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(file, bytes);
        return file;
    }

    public string Copy(string testFile)
    {
        var file = System.IO.Path.Combine(Path, testFile);
        File.Copy(TestFiles.Path(testFile), file);
        return file;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
