namespace PolicyQuiz.EndToEnd;

/// <summary>A temp folder with a bank path and helpers to write pack files and run `policyquiz` against that bank.</summary>
public sealed class PacksWorkspace : IDisposable
{
    public PacksWorkspace()
    {
        Folder = Path.Combine(Path.GetTempPath(), "policyquiz-e2e-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Db = Path.Combine(Folder, "bank", "policyquiz.db");
    }

    public string Folder { get; }

    public string Db { get; }

    public string PathOf(string name) => Path.Combine(Folder, name);

    public string Write(string name, string text)
    {
        var path = PathOf(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Runs the program with --db pointing at this workspace's bank and XDG_DATA_HOME inside the workspace.</summary>
    public ProgramResult Run(params string[] args) =>
        PolicyQuizProgram.Run([.. args, "--db", Db], environment: Environment());

    /// <summary>Runs the program without --db: the bank is found through XDG_DATA_HOME (inside the workspace).</summary>
    public ProgramResult RunWithoutDb(params string[] args) =>
        PolicyQuizProgram.Run(args, environment: Environment());

    public string XdgBank => Path.Combine(Folder, "xdg", "policyquiz", "policyquiz.db");

    private Dictionary<string, string> Environment() => new() { ["XDG_DATA_HOME"] = Path.Combine(Folder, "xdg") };

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
