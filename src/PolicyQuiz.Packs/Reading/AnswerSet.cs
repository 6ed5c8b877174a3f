namespace PolicyQuiz.Packs.Reading;

/// <summary>Texts compared the way answers are: trimmed and ignoring case.</summary>
internal sealed class AnswerSet
{
    private readonly HashSet<string> _items = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adds <paramref name="text"/>; false when an equal text is already there.</summary>
    public bool Add(string text) => _items.Add(text.Trim());

    public bool Contains(string text) => _items.Contains(text.Trim());
}
