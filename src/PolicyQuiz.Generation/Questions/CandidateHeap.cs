using System.Runtime.CompilerServices;

namespace PolicyQuiz.Generation;

/// <summary>
/// The candidates of <see cref="Ranker.Order(List{Candidate}, Document, int[], int, int)"/> by score, best first: a binary heap of
/// (score, index) pairs in an array kept per thread, higher score first and of equal scores the lower index (each index is in it
/// at most once, so the order of taking is fully set). The pairs are compared in place, with no comparer called.
/// </summary>
internal ref struct CandidateHeap
{
    [ThreadStatic]
    private static Entry[]? t_entries;

    private readonly Entry[] _entries;
    private int _count;

    public CandidateHeap(int capacity)
    {
        var entries = t_entries;
        if (entries is null || entries.Length < capacity)
        {
            entries = t_entries = new Entry[Math.Max(capacity, 64)];
        }

        _entries = entries;
    }

    public void Push(double score, int index)
    {
        // up from the new last place while the parent comes after it
        var entries = _entries;
        var at = _count++;
        while (at > 0)
        {
            var parent = (at - 1) >> 1;
            if (!Before(score, index, entries[parent]))
            {
                break;
            }

            entries[at] = entries[parent];
            at = parent;
        }

        entries[at] = new Entry(score, index);
    }

    public bool TryPop(out int index, out double score)
    {
        if (_count == 0)
        {
            index = -1;
            score = 0;
            return false;
        }

        var entries = _entries;
        index = entries[0].Index;
        score = entries[0].Score;
        var last = entries[--_count];
        // the last entry down from the top while a child comes before it
        var at = 0;
        while (true)
        {
            var child = (2 * at) + 1;
            if (child >= _count)
            {
                break;
            }

            if (child + 1 < _count && Before(entries[child + 1], entries[child]))
            {
                child++;
            }

            if (!Before(entries[child], last))
            {
                break;
            }

            entries[at] = entries[child];
            at = child;
        }

        entries[at] = last;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Before(in Entry a, in Entry b) => Before(a.Score, a.Index, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Before(double score, int index, in Entry b) => score > b.Score || (score == b.Score && index < b.Index);

    private readonly record struct Entry(double Score, int Index);
}
