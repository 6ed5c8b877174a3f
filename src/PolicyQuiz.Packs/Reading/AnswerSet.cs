using System.Runtime.CompilerServices;

namespace PolicyQuiz.Packs.Reading;

/// <summary>Texts compared the way answers are: trimmed and ignoring case. Small sets (the usual case) are a list.</summary>
internal sealed class AnswerSet
{
    private const int SmallSet = 16;

    private readonly List<string> _small = new(4);
    private HashSet<string>? _large;

    /// <summary>Adds <paramref name="text"/>; false when an equal text is already there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Add(string text)
    {
        var trimmed = text.Trim();
        if (_large is not null)
        {
            return _large.Add(trimmed);
        }

        if (Contains(trimmed))
        {
            return false;
        }

        _small.Add(trimmed);
        if (_small.Count > SmallSet)
        {
            _large = new HashSet<string>(_small, StringComparer.OrdinalIgnoreCase);
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Contains(string text)
    {
        var trimmed = text.Trim();
        if (_large is not null)
        {
            return _large.Contains(trimmed);
        }

        foreach (var item in _small)
        {
            if (string.Equals(item, trimmed, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
