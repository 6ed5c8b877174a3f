namespace PolicyQuiz.Packs.Reading;

/// <summary>Collects the problems of one file; keeps the first <see cref="Limit"/> and counts the rest.</summary>
internal sealed class DiagnosticBag(string file)
{
    public const int Limit = 1000;

    private readonly List<PackDiagnostic> _items = [];
    private int _dropped;
    private (int Line, int Column) _firstDropped;

    public string File { get; } = file;

    public int Count => _items.Count + _dropped;

    public void Add(int line, int column, string message)
    {
        if (_items.Count < Limit)
        {
            _items.Add(new PackDiagnostic(File, Math.Max(1, line), Math.Max(1, column), message));
        }
        else if (_dropped++ == 0)
        {
            _firstDropped = (line, column);
        }
    }

    public void Add(Node node, string message) => Add(node.Line, node.Column, message);

    /// <summary>The problems in file order (stable for one position), with a last line for any that were dropped.</summary>
    public IReadOnlyList<PackDiagnostic> ToList()
    {
        var sorted = _items
            .Select((d, i) => (d, i))
            .OrderBy(x => x.d.Line)
            .ThenBy(x => x.d.Column)
            .ThenBy(x => x.i)
            .Select(x => x.d)
            .ToList();
        if (_dropped > 0)
        {
            sorted.Add(new PackDiagnostic(
                File,
                Math.Max(1, _firstDropped.Line),
                Math.Max(1, _firstDropped.Column),
                $"{_dropped} more problems not listed (only the first {Limit} are shown)"));
        }

        return sorted;
    }
}
