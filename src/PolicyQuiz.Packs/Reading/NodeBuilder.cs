using System.Runtime.CompilerServices;

namespace PolicyQuiz.Packs.Reading;

/// <summary>
/// Builds small trees from syntax events. Nesting is counted on the events themselves and refused past
/// <see cref="MaxDepth"/> before anything deeper is read, so absurd nesting costs neither stack nor memory.
/// Duplicate keys are reported (the first value wins) and keys that are lists or mappings are refused.
/// </summary>
internal sealed class NodeBuilder(SyntaxReader reader, DiagnosticBag diagnostics)
{
    public const int MaxDepth = 64;

    private const int SmallMapping = 8;

    public SyntaxReader Reader { get; } = reader;

    /// <summary>Builds the node that starts with <paramref name="first"/>; a collection there is at <paramref name="depth"/> (the root is 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Node Build(SyntaxEvent first, int depth)
    {
        switch (first.Kind)
        {
            case SyntaxEventKind.Scalar:
                return new ScalarNode(first.Line, first.Column, first.Value, first.ScalarKind);
            case SyntaxEventKind.SequenceStart:
                {
                    CheckDepth(first, depth);
                    var items = new List<Node>();
                    for (var next = Reader.Next(); next.Kind != SyntaxEventKind.SequenceEnd; next = Reader.Next())
                    {
                        items.Add(Build(next, depth + 1));
                    }

                    return new SequenceNode(first.Line, first.Column, items);
                }

            case SyntaxEventKind.MappingStart:
                {
                    CheckDepth(first, depth);
                    var entries = new List<MappingEntry>();
                    var keys = new KeyTracker(this);
                    for (var next = Reader.Next(); next.Kind != SyntaxEventKind.MappingEnd; next = Reader.Next())
                    {
                        var key = Build(next, depth + 1);
                        var value = Build(Reader.Next(), depth + 1);
                        if (keys.Accept(key) is { } scalarKey)
                        {
                            entries.Add(new MappingEntry(scalarKey, value));
                        }
                    }

                    return new MappingNode(first.Line, first.Column, entries);
                }

            default:
                throw new PackSyntaxException(Math.Max(1, first.Line), Math.Max(1, first.Column), "the document ends too early");
        }
    }

    public static void CheckDepth(SyntaxEvent start, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new PackSyntaxException(
                start.Line,
                start.Column,
                $"nesting deeper than {MaxDepth} levels is refused; a pack needs only a few levels");
        }
    }

    /// <summary>Checks the keys of one mapping as they come: text only, each once.</summary>
    public sealed class KeyTracker(NodeBuilder owner)
    {
        private readonly List<ScalarNode> _small = [];
        private Dictionary<string, ScalarNode>? _large;

        /// <summary>The key when it may be used; null (and a diagnostic) when it is not text or is a duplicate.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public ScalarNode? Accept(Node key)
        {
            if (key is not ScalarNode scalar)
            {
                owner.Report(key, $"a key must be plain text, not {key.Describe()}");
                return null;
            }

            var first = Find(scalar.Value);
            if (first is not null)
            {
                owner.Report(scalar, $"duplicate key '{scalar.Value}' (first at line {first.Line})");
                return null;
            }

            if (_large is not null)
            {
                _large.Add(scalar.Value, scalar);
            }
            else if (_small.Count < SmallMapping)
            {
                _small.Add(scalar);
            }
            else
            {
                _large = _small.ToDictionary(k => k.Value, StringComparer.Ordinal);
                _large.Add(scalar.Value, scalar);
            }

            return scalar;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private ScalarNode? Find(string key)
        {
            if (_large is not null)
            {
                return _large.GetValueOrDefault(key);
            }

            foreach (var known in _small)
            {
                if (known.Value == key)
                {
                    return known;
                }
            }

            return null;
        }
    }

    private void Report(Node node, string message) => diagnostics.Add(node, message);
}
