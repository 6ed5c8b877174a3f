namespace PolicyQuiz.Generation.Text;

/// <summary>
/// Where each character of the normalised text came from in the raw text, kept as runs: normalisation
/// copies most characters one for one, so the raw offset is the normalised one plus a shift that changes
/// only where characters were dropped. One entry per change instead of one int per character.
/// </summary>
internal sealed class OffsetMap
{
    private int[] _starts = new int[16];
    private int[] _shifts = new int[16];
    private int _count;
    private int _shift;

    /// <summary>Records that normalised position <paramref name="position"/> comes from raw offset <paramref name="raw"/> (positions in increasing order).</summary>
    public void Set(int position, int raw)
    {
        if (raw - position == _shift)
        {
            return;
        }

        if (_count == _starts.Length)
        {
            Array.Resize(ref _starts, _count * 2);
            Array.Resize(ref _shifts, _count * 2);
        }

        _shift = raw - position;
        _starts[_count] = position;
        _shifts[_count++] = _shift;
    }

    /// <summary>Forgets positions from <paramref name="position"/> on (the normaliser took back characters it had written).</summary>
    public void Truncate(int position)
    {
        while (_count > 0 && _starts[_count - 1] >= position)
        {
            _count--;
        }

        _shift = _count > 0 ? _shifts[_count - 1] : 0;
    }

    /// <summary>The raw offset of normalised position <paramref name="position"/>.</summary>
    public int Raw(int position)
    {
        // the last run starting at or before the position
        var index = Array.BinarySearch(_starts, 0, _count, position);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return position + (index >= 0 ? _shifts[index] : 0);
    }
}
