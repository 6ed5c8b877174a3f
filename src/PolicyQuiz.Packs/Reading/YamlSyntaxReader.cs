using System.Runtime.CompilerServices;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PolicyQuiz.Packs.Reading;

/// <summary>
/// Streams YamlDotNet's parser events (no representation tree is built). Anchors and aliases are refused
/// at the first sight, so alias bombs never expand; a second document is refused too.
/// </summary>
internal sealed class YamlSyntaxReader : SyntaxReader
{
    private const string StringTag = "tag:yaml.org,2002:str";

    private readonly Parser _parser;
    private readonly Action<int, int, string> _report;
    private bool _inDocument;
    private bool _done;

    /// <param name="text">The YAML text (read once, from the start).</param>
    /// <param name="report">Where problems that do not stop reading go (line, column, message).</param>
    public YamlSyntaxReader(TextReader text, Action<int, int, string> report)
    {
        _parser = new Parser(text);
        _report = report;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override SyntaxEvent Next()
    {
        while (!_done)
        {
            var current = Advance();
            if (current is null)
            {
                _done = true;
                break;
            }

            switch (current)
            {
                case StreamStart:
                    continue;
                case DocumentStart start:
                    if (_inDocument)
                    {
                        _done = true;
                        throw Refuse(start.Start, "a pack file holds one YAML document; remove the second '---' and what follows, or split it into another file");
                    }

                    _inDocument = true;
                    continue;
                case DocumentEnd:
                    // Read on to StreamEnd so a second document is reported.
                    continue;
                case StreamEnd:
                    _done = true;
                    break;
                case AnchorAlias alias:
                    _done = true;
                    throw Refuse(alias.Start, $"YAML aliases (*{alias.Value}) are not allowed in packs; write the value out in full");
                case NodeEvent node:
                    return Translate(node);
                case MappingEnd end:
                    return new SyntaxEvent(SyntaxEventKind.MappingEnd, (int)end.Start.Line, (int)end.Start.Column);
                case SequenceEnd end:
                    return new SyntaxEvent(SyntaxEventKind.SequenceEnd, (int)end.Start.Line, (int)end.Start.Column);
                default:
                    // Comments are skipped by the scanner; nothing else can occur.
                    continue;
            }
        }

        return new SyntaxEvent(SyntaxEventKind.DocumentEnd, 0, 0);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private SyntaxEvent Translate(NodeEvent node)
    {
        if (!node.Anchor.IsEmpty)
        {
            _done = true;
            throw Refuse(node.Start, $"YAML anchors (&{node.Anchor.Value}) are not allowed in packs; write each value out in full");
        }

        var line = (int)node.Start.Line;
        var column = (int)node.Start.Column;
        var explicitString = false;
        if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific)
        {
            if (node.Tag.Value == StringTag)
            {
                explicitString = true;
            }
            else
            {
                _report(line, column, $"YAML tags ({node.Tag.Value}) are not used in packs; remove the tag");
            }
        }

        return node switch
        {
            Scalar scalar => new SyntaxEvent(
                SyntaxEventKind.Scalar,
                line,
                column,
                scalar.Value,
                scalar.Style == ScalarStyle.Plain && !explicitString ? YamlScalars.ResolvePlain(scalar.Value) : ScalarKind.String),
            MappingStart => new SyntaxEvent(SyntaxEventKind.MappingStart, line, column),
            _ => new SyntaxEvent(SyntaxEventKind.SequenceStart, line, column),
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ParsingEvent? Advance()
    {
        try
        {
            return _parser.MoveNext() ? _parser.Current : null;
        }
        catch (YamlException e)
        {
            _done = true;
            throw new PackSyntaxException((int)e.Start.Line, (int)e.Start.Column, "invalid YAML: " + Describe(e));
        }
    }

    private static string Describe(YamlException e)
    {
        var message = e.Message;
        // YamlDotNet prefixes "(Lin: 3, Col: 4, Chr: 20) - (...): "; the position is given separately.
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith('(') && cut >= 0)
        {
            message = message[(cut + 3)..];
        }

        return message.TrimEnd('.');
    }

    private static PackSyntaxException Refuse(Mark mark, string message) =>
        new((int)mark.Line, (int)mark.Column, message);
}
