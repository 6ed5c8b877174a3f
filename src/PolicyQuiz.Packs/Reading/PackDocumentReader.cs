using System.Globalization;
using System.Runtime.CompilerServices;
using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Packs.Reading;

/// <summary>
/// Reads a whole pack document from syntax events. The top level is read key by key and the question
/// list one question at a time, so no tree of the whole file is ever built. Every problem is reported;
/// the pack is returned only when there are none.
/// </summary>
internal sealed class PackDocumentReader
{
    private readonly SyntaxReader _reader;
    private readonly DiagnosticBag _diagnostics;
    private readonly Fields _fields;
    private readonly NodeBuilder _builder;
    private readonly QuestionReader _questionReader;
    private readonly List<Question> _questions = [];
    private readonly Dictionary<string, int> _questionLines = new(StringComparer.Ordinal);
    private readonly List<SourceReference> _sourceReferences = [];
    private int _questionItems;

    public PackDocumentReader(SyntaxReader reader, DiagnosticBag diagnostics)
    {
        _reader = reader;
        _diagnostics = diagnostics;
        _fields = new Fields(diagnostics);
        _builder = new NodeBuilder(reader, diagnostics);
        _questionReader = new QuestionReader(_fields);
    }

    public Pack? Read()
    {
        var first = _reader.Next();
        if (first.Kind == SyntaxEventKind.DocumentEnd)
        {
            _diagnostics.Add(1, 1, "the file is empty; a pack has the keys pack, title, version and questions");
            return null;
        }

        if (first.Kind != SyntaxEventKind.MappingStart)
        {
            var node = _builder.Build(first, 1);
            _diagnostics.Add(node, $"a pack must be a mapping of keys (pack:, title:, version:, questions:), not {node.Describe()}");
            return null;
        }

        var top = new List<MappingEntry>();
        var keys = new NodeBuilder.KeyTracker(_builder);
        SyntaxEvent? questionsStart = null;
        for (var next = _reader.Next(); next.Kind != SyntaxEventKind.MappingEnd; next = _reader.Next())
        {
            var keyNode = _builder.Build(next, 2);
            var valueStart = _reader.Next();
            var key = keys.Accept(keyNode);
            if (key?.Value == "questions" && valueStart.Kind == SyntaxEventKind.SequenceStart)
            {
                questionsStart = valueStart;
                ReadQuestions(valueStart);
                continue;
            }

            var value = _builder.Build(valueStart, 2);
            if (key is not null)
            {
                top.Add(new MappingEntry(key, value));
            }
        }

        _reader.Next(); // the end of the document: the YAML reader refuses a second one here
        var root = new MappingNode(first.Line, first.Column, top);
        return Finish(root, questionsStart);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadQuestions(SyntaxEvent start)
    {
        NodeBuilder.CheckDepth(start, 2);
        for (var next = _reader.Next(); next.Kind != SyntaxEventKind.SequenceEnd; next = _reader.Next())
        {
            _questionItems++;
            var read = _questionReader.Read(_builder.Build(next, 3));
            if (read.SourceNode is { } sourceNode)
            {
                _sourceReferences.Add(new SourceReference(_fields.Intern(sourceNode.Value), sourceNode.Line, sourceNode.Column));
            }

            if (read.Id is not null && read.IdNode is not null)
            {
                if (_questionLines.TryGetValue(read.Id, out var firstLine))
                {
                    _diagnostics.Add(read.IdNode, $"the question id {Quote.Of(read.Id)} is used twice (first at line {firstLine})");
                    continue;
                }

                _questionLines[read.Id] = read.IdNode.Line;
            }

            if (read.Question is not null)
            {
                _questions.Add(read.Question);
            }
        }
    }

    private Pack? Finish(MappingNode root, SyntaxEvent? questionsStart)
    {
        var required = questionsStart is null ? PackKeys.PackRequired : PackKeys.PackRequired.Where(k => k != "questions").ToArray();
        _fields.CheckKeys(root, "pack", null, PackKeys.Pack, required);

        var idNode = root.Find("pack");
        var id = idNode is null ? null : _fields.Text(idNode, "the pack id");
        if (id is not null && !Slug.IsValid(id))
        {
            _diagnostics.Add(idNode!, $"the pack id {Quote.Of(id)} is not a slug: use lowercase letters, digits and single hyphens, like us-russia-rare-earths");
        }

        var title = _fields.OptionalText(root, "title", "the title");
        var version = ReadVersion(root);
        var language = ReadLanguage(root);
        var description = _fields.OptionalText(root, "description", "the description");
        var tags = _fields.OptionalTextList(root, "tags", "tags", "tags: [russia, trade]");
        var extra = _fields.Extra(root);

        var sources = new List<Source>();
        var sourceIds = new HashSet<string>(StringComparer.Ordinal);
        if (root.Find("sources") is { } sourcesNode)
        {
            (sources, sourceIds) = new SourceReader(_fields).Read(sourcesNode);
        }

        if (questionsStart is null && root.Find("questions") is { } questionsNode)
        {
            _diagnostics.Add(questionsNode, $"questions must be a list of questions (- id: ..., type: ...), not {questionsNode.Describe()}");
        }
        else if (questionsStart is { } start && _questionItems == 0)
        {
            _diagnostics.Add(start.Line, start.Column, "a pack needs at least one question");
        }

        CheckSourceReferences(sourceIds);
        if (_diagnostics.Count > 0 || id is null || title is null || version is null)
        {
            return null;
        }

        return new Pack
        {
            Id = id,
            Title = title,
            Version = version.Value,
            Language = language ?? "en",
            Description = description,
            Sources = new EquatableList<Source>(sources),
            Questions = new EquatableList<Question>(_questions),
            Tags = tags,
            ExtraJson = extra,
        };
    }

    private int? ReadVersion(MappingNode root)
    {
        if (root.Find("version") is not { } node)
        {
            return null;
        }

        if (node is ScalarNode { Kind: ScalarKind.Integer } scalar
            && int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var version)
            && version > 0)
        {
            return version;
        }

        var shown = node is ScalarNode { IsNull: false } text ? Quote.Of(text.Value) : node.Describe();
        _diagnostics.Add(node, $"the version must be a positive whole number, like 3 (unquoted), not {shown}");
        return null;
    }

    private string? ReadLanguage(MappingNode root)
    {
        if (root.Find("language") is not { } node || _fields.Text(node, "the language") is not { } text)
        {
            return null;
        }

        if (!IsLanguageTag(text))
        {
            _diagnostics.Add(node, $"the language {Quote.Of(text)} is not a language code like en or en-GB");
            return null;
        }

        return text;
    }

    private static bool IsLanguageTag(string text)
    {
        var parts = text.Split('-');
        if (parts[0].Length is < 2 or > 3 || !parts[0].All(char.IsAsciiLetterLower))
        {
            return false;
        }

        return parts.Skip(1).All(p => p.Length is >= 1 and <= 8 && p.All(char.IsAsciiLetterOrDigit));
    }

    private void CheckSourceReferences(HashSet<string> sourceIds)
    {
        foreach (var reference in _sourceReferences)
        {
            if (sourceIds.Contains(reference.Id))
            {
                continue;
            }

            var known = sourceIds.Count == 0
                ? "the pack lists no sources"
                : "the pack's sources are " + string.Join(", ", sourceIds.Order(StringComparer.Ordinal).Take(10));
            _diagnostics.Add(reference.Line, reference.Column, $"the source {Quote.Of(reference.Id)} is not among the pack's sources ({known})");
        }
    }

    private readonly record struct SourceReference(string Id, int Line, int Column);
}
