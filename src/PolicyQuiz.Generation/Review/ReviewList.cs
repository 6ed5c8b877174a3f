namespace PolicyQuiz.Generation.Review;

/// <summary>Lists as the reviewer types them: comma separated, or semicolon separated when an item holds a comma.</summary>
internal static class ReviewList
{
    public static string Format(IEnumerable<string> items)
    {
        var list = items.ToList();
        return string.Join(list.Exists(i => i.Contains(',', StringComparison.Ordinal)) ? "; " : ", ", list);
    }

    public static List<string> Parse(string text)
    {
        var separator = text.Contains(';', StringComparison.Ordinal) ? ';' : ',';
        return [.. text.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
    }
}
