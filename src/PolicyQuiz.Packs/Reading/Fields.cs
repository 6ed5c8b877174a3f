using System.Runtime.CompilerServices;
using System.Text;
using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Packs.Reading;

/// <summary>Reads typed values out of nodes, reporting each problem at the node it concerns.</summary>
internal sealed class Fields(DiagnosticBag diagnostics)
{
    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public void Report(Node node, string message) => Diagnostics.Add(node, message);

    /// <summary>Reports keys that are not in <paramref name="known"/> (with a suggestion) and known keys that are missing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void CheckKeys(MappingNode mapping, string noun, string? id, string[] known, string[] required)
    {
        string? where = null;
        foreach (var entry in mapping.Entries)
        {
            var key = entry.Key.Value;
            if (Array.IndexOf(known, key) >= 0)
            {
                continue;
            }

            where ??= Where(noun, id);
            var suggestion = KeySuggestion.Closest(key, known);
            Report(entry.Key, suggestion is null
                ? $"unknown key {Quote.Of(key)} in {where}; the keys are {string.Join(", ", known)} (put your own data under extra:)"
                : $"unknown key {Quote.Of(key)} in {where}; did you mean '{suggestion}'?");
        }

        foreach (var key in required)
        {
            if (mapping.Find(key) is null)
            {
                where ??= Where(noun, id);
                Report(mapping, $"{where} is missing the key '{key}'");
            }
        }
    }

    private static string Where(string noun, string? id) => id is null ? $"{(noun == "pack" ? "the" : "a")} {noun}" : $"{noun} {Quote.Of(id)}";

    /// <summary>Text of a non-empty scalar; null (reported) for an empty value, a list or a mapping.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string? Text(Node node, string what)
    {
        if (node is not ScalarNode scalar)
        {
            Report(node, $"{what} must be text, not {node.Describe()}");
            return null;
        }

        if (scalar.IsNull || string.IsNullOrWhiteSpace(scalar.Value))
        {
            Report(node, $"{what} is empty");
            return null;
        }

        if (!IsWellFormed(scalar.Value))
        {
            Report(node, $"{what} holds an unpaired surrogate (\\uD800-\\uDFFF); text must be valid Unicode");
            return null;
        }

        return scalar.Value;
    }

    /// <summary>The text under <paramref name="key"/>, or null when absent (not reported) or bad (reported).</summary>
    public string? OptionalText(MappingNode mapping, string key, string what) =>
        mapping.Find(key) is { } node ? Text(node, what) : null;

    /// <summary>A list of non-empty texts; null (reported) when the node is not a list.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<(string Text, Node Node)>? TextList(Node node, string what, string example)
    {
        if (node is not SequenceNode sequence)
        {
            Report(node, $"{what} must be a list, like {example}, not {node.Describe()}");
            return null;
        }

        var items = new List<(string, Node)>(sequence.Items.Count);
        foreach (var item in sequence.Items)
        {
            if (Text(item, $"an item of {what}") is { } text)
            {
                items.Add((text, item));
            }
        }

        return items;
    }

    /// <summary>An optional list of texts (tags and the like) as a model list; empty when absent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public EquatableList<string> OptionalTextList(MappingNode mapping, string key, string what, string example)
    {
        if (mapping.Find(key) is not { } node)
        {
            return EquatableList<string>.Empty;
        }

        var items = TextList(node, what, example);
        return items is null || items.Count == 0
            ? EquatableList<string>.Empty
            : new EquatableList<string>(items.Select(i => Intern(i.Text)));
    }

    /// <summary>One copy of short strings that repeat across questions (tags, source ids, names).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string Intern(string text)
    {
        if (text.Length > 48)
        {
            return text;
        }

        if (_pool.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        _pool[text] = text;
        return text;
    }

    public string? Extra(MappingNode mapping)
    {
        if (mapping.Find("extra") is not { } node || node is ScalarNode { IsNull: true })
        {
            return null;
        }

        return ExtraJson.From(node, this);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsWellFormed(string text)
    {
        var span = text.AsSpan();
        if (span.IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            return true;
        }

        while (!span.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(span, out _, out var used) != System.Buffers.OperationStatus.Done)
            {
                return false;
            }

            span = span[used..];
        }

        return true;
    }
}
