using System.Runtime.CompilerServices;

namespace PolicyQuiz.Packs.Reading;

/// <summary>A small tree node with its 1-based position; built for one question (or one top-level value) at a time.</summary>
internal abstract class Node(int line, int column)
{
    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>What the node is, for messages: "text", "a list", "a mapping".</summary>
    public abstract string Describe();
}

internal sealed class ScalarNode(int line, int column, string value, ScalarKind kind) : Node(line, column)
{
    public string Value { get; } = value;

    public ScalarKind Kind { get; } = kind;

    public bool IsNull => Kind == ScalarKind.Null;

    public override string Describe() => Kind switch
    {
        ScalarKind.Null => "empty",
        ScalarKind.Bool => "true/false",
        ScalarKind.Integer or ScalarKind.Float => "a number",
        _ => "text",
    };
}

internal sealed class SequenceNode(int line, int column, List<Node> items) : Node(line, column)
{
    public List<Node> Items { get; } = items;

    public override string Describe() => "a list";
}

internal sealed class MappingNode(int line, int column, List<MappingEntry> entries) : Node(line, column)
{
    public List<MappingEntry> Entries { get; } = entries;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Node? Find(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key.Value == key)
            {
                return entry.Value;
            }
        }

        return null;
    }

    public override string Describe() => "a mapping";
}

internal readonly record struct MappingEntry(ScalarNode Key, Node Value);
