using System.Globalization;
using System.Text.Json;
using PolicyQuiz.Core.Model;
using PolicyQuiz.Packs.Reading;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PolicyQuiz.Packs.Writing;

/// <summary>
/// Writes a pack as hand-editable YAML through YamlDotNet's emitter (which does the quoting and escaping).
/// Text that YAML would read as something else (true, 3, null, ...) is double-quoted, so reading the
/// output back gives the same pack.
/// </summary>
internal sealed class YamlPackWriter
{
    private const int FlowListWidth = 70;

    private readonly Emitter _emitter;
    private readonly Stack<bool> _flowStyles = new();
    private int _flowDepth;

    private YamlPackWriter(TextWriter output)
    {
        var settings = new EmitterSettings(
            bestIndent: 2,
            bestWidth: int.MaxValue,
            isCanonical: false,
            maxSimpleKeyLength: 1024,
            skipAnchorName: false,
            indentSequences: true,
            newLine: "\n",
            useUtf16SurrogatePairs: false);
        _emitter = new Emitter(output, settings);
    }

    public static string Write(Pack pack)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        var writer = new YamlPackWriter(output);
        writer.WriteDocument(pack);
        return output.ToString();
    }

    private void WriteDocument(Pack pack)
    {
        _emitter.Emit(new StreamStart());
        _emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        BeginMapping();
        Entry("pack", pack.Id);
        Entry("title", pack.Title);
        Key("version");
        Plain(pack.Version.ToString(CultureInfo.InvariantCulture));
        Entry("language", pack.Language);
        OptionalEntry("description", pack.Description);
        TextList("tags", pack.Tags, flow: true);
        Extra(pack.ExtraJson);
        if (pack.Sources.Count > 0)
        {
            Key("sources");
            BeginSequence();
            foreach (var source in pack.Sources)
            {
                WriteSource(source);
            }

            EndSequence();
        }

        Key("questions");
        BeginSequence();
        foreach (var question in pack.Questions)
        {
            WriteQuestion(question);
        }

        EndSequence();
        EndMapping();
        _emitter.Emit(new DocumentEnd(isImplicit: true));
        _emitter.Emit(new StreamEnd());
    }

    private void WriteSource(Source source)
    {
        BeginMapping();
        Entry("id", source.Id);
        Entry("title", source.Title);
        OptionalEntry("publisher", source.Publisher);
        if (source.Published is { } published)
        {
            Key("published");
            Plain(published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        OptionalEntry("url", source.Url);
        Extra(source.ExtraJson);
        EndMapping();
    }

    private void WriteQuestion(Question question)
    {
        BeginMapping();
        Entry("id", question.Id);
        Entry("type", question.Type.Name());
        Entry("kind", question.Kind.Name());
        Entry("prompt", question.Prompt);
        Key("answer");
        WriteAnswer(question);
        TextList("accept", question.Accept, flow: null);
        TextList("distractors", question.Distractors, flow: null);
        OptionalEntry("explanation", question.Explanation);
        OptionalEntry("source", question.Source);
        OptionalEntry("evidence", question.Evidence);
        TextList("tags", question.Tags, flow: true);
        Extra(question.ExtraJson);
        EndMapping();
    }

    private void WriteAnswer(Question question)
    {
        switch (question.Type)
        {
            case QuestionType.Match:
                BeginSequence();
                foreach (var pair in question.Pairs)
                {
                    BeginMapping();
                    Text(pair.Left);
                    Text(pair.Right);
                    EndMapping();
                }

                EndSequence();
                break;
            case QuestionType.TrueFalse when question.Answer is [var value] && value is "true" or "false":
                Plain(value);
                break;
            case QuestionType.Multi or QuestionType.Order:
                BeginSequence();
                foreach (var item in question.Answer)
                {
                    Text(item);
                }

                EndSequence();
                break;
            default:
                if (question.Answer is [var single])
                {
                    Text(single);
                }
                else
                {
                    BeginSequence(SequenceStyle.Flow);
                    foreach (var item in question.Answer)
                    {
                        Text(item);
                    }

                    EndSequence();
                }

                break;
        }
    }

    private void TextList(string key, EquatableList<string> items, bool? flow)
    {
        if (items.Count == 0)
        {
            return;
        }

        Key(key);
        var useFlow = flow ?? items.Sum(i => i.Length + 2) <= FlowListWidth;
        BeginSequence(useFlow ? SequenceStyle.Flow : SequenceStyle.Block);
        foreach (var item in items)
        {
            Text(item);
        }

        EndSequence();
    }

    private void Extra(string? extraJson)
    {
        if (extraJson is null)
        {
            return;
        }

        Key("extra");
        try
        {
            using var document = JsonDocument.Parse(extraJson);
            JsonValue(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new ArgumentException("ExtraJson is not valid JSON: " + e.Message, nameof(extraJson), e);
        }
    }

    private void JsonValue(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var empty = !element.EnumerateObject().Any();
                _emitter.Emit(new MappingStart(null, null, isImplicit: true, empty ? MappingStyle.Flow : MappingStyle.Block));
                foreach (var property in element.EnumerateObject())
                {
                    Text(property.Name);
                    JsonValue(property.Value);
                }

                EndMapping();
                break;
            case JsonValueKind.Array:
                BeginSequence(element.GetArrayLength() == 0 ? SequenceStyle.Flow : SequenceStyle.Block);
                foreach (var item in element.EnumerateArray())
                {
                    JsonValue(item);
                }

                EndSequence();
                break;
            case JsonValueKind.String:
                Text(element.GetString()!);
                break;
            default:
                // Numbers as written; true, false and null as themselves.
                Plain(element.GetRawText());
                break;
        }
    }

    private void Entry(string key, string value)
    {
        Key(key);
        Text(value);
    }

    private void OptionalEntry(string key, string? value)
    {
        if (value is not null)
        {
            Entry(key, value);
        }
    }

    private void Key(string key) => Plain(key);

    private void Plain(string text) =>
        _emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, text, ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));

    /// <summary>
    /// Text that must read back as the same text: plain where that is plainly safe (words, digits and common
    /// punctuation), double-quoted otherwise. Inside [flow] lists commas need quotes too.
    /// </summary>
    private void Text(string text)
    {
        var style = IsSafePlain(text, _flowDepth > 0) ? ScalarStyle.Plain : ScalarStyle.DoubleQuoted;
        _emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, text, style, isPlainImplicit: true, isQuotedImplicit: true));
    }

    private static bool IsSafePlain(string text, bool inFlow)
    {
        if (text.Length == 0 || text[^1] == ' ' || !(char.IsLetterOrDigit(text[0]) || text[0] == '('))
        {
            return false;
        }

        if (YamlScalars.ResolvePlain(text) != ScalarKind.String)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) && !char.IsSurrogate(c))
            {
                continue;
            }

            var safe = c switch
            {
                ' ' or '.' or '-' or '\'' or '(' or ')' or '/' or '?' or ';' or '%' or '$' or '+' or '=' or '_' => true,
                '–' or '—' or '’' or '‘' or '“' or '”' or '…' or '«' or '»' or '€' or '£' or '°' => true,
                ',' => !inFlow,
                _ => false,
            };
            if (!safe)
            {
                return false;
            }
        }

        return !text.Contains("  ", StringComparison.Ordinal);
    }

    private void BeginMapping() =>
        _emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block));

    private void EndMapping() => _emitter.Emit(new MappingEnd());

    private void BeginSequence(SequenceStyle style = SequenceStyle.Block)
    {
        _flowDepth += style == SequenceStyle.Flow ? 1 : 0;
        _flowStyles.Push(style == SequenceStyle.Flow);
        _emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, style));
    }

    private void EndSequence()
    {
        _flowDepth -= _flowStyles.Pop() ? 1 : 0;
        _emitter.Emit(new SequenceEnd());
    }
}
