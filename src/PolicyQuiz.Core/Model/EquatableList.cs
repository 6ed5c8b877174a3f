using System.Collections;

namespace PolicyQuiz.Core.Model;

/// <summary>An immutable list with value equality, so records that hold lists compare by content.</summary>
public sealed class EquatableList<T> : IReadOnlyList<T>, IEquatable<EquatableList<T>>
{
    private readonly T[] _items;

    public EquatableList(IEnumerable<T> items) => _items = items.ToArray();

    private EquatableList(T[] items) => _items = items;

    public static EquatableList<T> Empty { get; } = new([]);

    /// <summary>A list over <paramref name="items"/> itself, not a copy of it: for a caller that made the array for the list and keeps no other use of it.</summary>
    public static EquatableList<T> Wrap(T[] items) => new(items ?? throw new ArgumentNullException(nameof(items)));

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public bool Equals(EquatableList<T>? other) =>
        other is not null && _items.AsSpan().SequenceEqual(other._items, EqualityComparer<T>.Default);

    public override bool Equals(object? obj) => Equals(obj as EquatableList<T>);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => "[" + string.Join(", ", _items) + "]";
}

public static class EquatableList
{
    public static EquatableList<T> From<T>(params IEnumerable<T> items) => new(items);

    public static EquatableList<T> ToEquatableList<T>(this IEnumerable<T> items) => new(items);
}
