namespace PolicyQuiz.Packs.Interchange;

/// <summary>Collects the problems found while reading one file, each as FILE:LINE:COLUMN: message.</summary>
internal sealed class DiagnosticList
{
    private readonly List<PackDiagnostic> _items = [];

    public DiagnosticList(string file) => File = file;

    public string File { get; }

    public int Count => _items.Count;

    public IReadOnlyList<PackDiagnostic> Items => _items;

    public void Add(int line, int column, string message) => _items.Add(new PackDiagnostic(File, line, column, message));

    public PackReadResult Failed() => new(null, _items.ToArray());
}
