using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Packs.Interchange.MoodleXml;

/// <summary>
/// Reads Moodle XML (&lt;quiz&gt; of &lt;question type=…&gt;) into a pack. Safe against hostile files: no DTD
/// (so no entity expansion), nothing resolved from outside, a size limit. multichoice, truefalse,
/// shortanswer (cloze when its text has a ____ gap) and matching are read; description items are skipped
/// unless they are our own order questions; other types are refused with their line.
/// </summary>
public static partial class MoodleXmlReader
{
    public static PackReadResult ReadFile(string path)
    {
        var text = InterchangeFile.ReadText(path, out var problem);
        return text is null ? new PackReadResult(null, [problem!]) : Read(text, path);
    }

    public static PackReadResult Read(string text, string path)
    {
        var diagnostics = new DiagnosticList(path);
        var document = Parse(text, diagnostics);
        if (document?.Root is not { } root)
        {
            return diagnostics.Failed();
        }

        if (root.Name.LocalName != "quiz")
        {
            var (line, column) = Position(root);
            diagnostics.Add(line, column, $"expected a Moodle XML <quiz> document, found <{root.Name.LocalName}>");
            return diagnostics.Failed();
        }

        PackMeta? packMeta = null;
        foreach (var comment in root.Nodes().OfType<XComment>())
        {
            var value = comment.Value.Trim();
            if (value.StartsWith(PackMeta.Marker, StringComparison.Ordinal))
            {
                packMeta = PackMeta.Parse(value[PackMeta.Marker.Length..], out var error);
                if (error is not null)
                {
                    var (line, column) = Position(comment);
                    diagnostics.Add(line, column, error);
                }
            }
        }

        var ids = new StableIds();
        var described = new DescribedSources();
        var questions = new List<Question>();
        var lines = new List<int>();
        string? category = null;
        foreach (var element in root.Elements("question"))
        {
            var type = (string?)element.Attribute("type") ?? string.Empty;
            if (type == "category")
            {
                category = TextOf(element.Element("category"))?.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
                continue;
            }

            var question = ReadQuestion(element, type, ids, described, diagnostics);
            if (question is not null)
            {
                questions.Add(question);
                lines.Add(Position(element).Line);
            }
        }

        return PackAssembly.Finish(diagnostics, packMeta, path, questions, lines, category is null or "top" ? null : category, described);
    }

    private static XDocument? Parse(string text, DiagnosticList diagnostics)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = InterchangeFile.MaxBytes,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = false,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var stringReader = new StringReader(text);
            using var reader = XmlReader.Create(stringReader, settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException exception)
        {
            var doctype = text.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
            if (exception.Message.Contains("DTD", StringComparison.Ordinal) && doctype >= 0)
            {
                var line = 1 + text.AsSpan(0, doctype).Count('\n');
                var column = doctype - (text.LastIndexOf('\n', Math.Max(0, doctype - 1)) + 1) + 1;
                diagnostics.Add(line, column, "document type declarations (<!DOCTYPE>, <!ENTITY>) are refused: entity expansion is not allowed in imported XML");
                return null;
            }

            diagnostics.Add(Math.Max(1, exception.LineNumber), Math.Max(1, exception.LinePosition), "malformed XML: " + PositionSuffix().Replace(exception.Message, string.Empty));
            return null;
        }
    }

    private static Question? ReadQuestion(XElement element, string type, StableIds ids, DescribedSources described, DiagnosticList diagnostics)
    {
        var (line, column) = Position(element);
        QuestionMeta? meta = null;
        foreach (var comment in element.Nodes().OfType<XComment>())
        {
            var value = comment.Value.Trim();
            if (value.StartsWith(QuestionMeta.Marker, StringComparison.Ordinal))
            {
                meta = QuestionMeta.Parse(value[QuestionMeta.Marker.Length..], out var error);
                if (error is not null)
                {
                    var (commentLine, commentColumn) = Position(comment);
                    diagnostics.Add(commentLine, commentColumn, error);
                    return null;
                }
            }
        }

        var name = TextOf(element.Element("name"));
        var prompt = TextOf(element.Element("questiontext")) ?? string.Empty;
        var explanation = GeneralFeedback.Explanation(TextOf(element.Element("generalfeedback")), meta, out var describedSource);

        var tags = meta is not null
            ? meta.Tags
            : element.Element("tags")?.Elements("tag").Select(TextOf).OfType<string>().Where(t => t.Length > 0).ToList() ?? [];
        if (prompt.Length == 0 && type != "description")
        {
            diagnostics.Add(line, column, "a question without text (<questiontext><text>)");
            return null;
        }

        Question Build(QuestionType questionType, IEnumerable<string> answer, string questionPrompt) => new()
        {
            Id = ids.Next(name, questionPrompt),
            Type = questionType,
            Kind = meta?.Kind ?? KindGuess.FromPrompt(questionPrompt),
            Prompt = questionPrompt,
            Answer = answer.ToEquatableList(),
            Explanation = explanation,
            Source = meta is null ? described.Cite(describedSource) : meta.Source,
            Evidence = meta?.Evidence,
            Tags = tags.ToEquatableList(),
            ExtraJson = meta?.ExtraJson,
        };

        var answers = element.Elements("answer")
            .Select(a => (Fraction: Fraction(a), Text: TextOf(a) ?? string.Empty, Element: a))
            .ToList();
        foreach (var bad in answers.Where(a => a.Fraction is null))
        {
            var (badLine, badColumn) = Position(bad.Element);
            diagnostics.Add(badLine, badColumn, "an <answer> needs a numeric fraction attribute (100 right, 0 wrong)");
            return null;
        }

        switch (type)
        {
            case "multichoice":
                var single = !string.Equals(((string?)element.Element("single"))?.Trim(), "false", StringComparison.OrdinalIgnoreCase);
                if (single)
                {
                    var best = answers.Where(a => a.Fraction >= 99.99).ToList();
                    if (best.Count != 1)
                    {
                        diagnostics.Add(line, column, best.Count == 0
                            ? "a single-answer multichoice question needs one answer with fraction 100"
                            : "more than one answer has fraction 100 in a single-answer question");
                        return null;
                    }

                    return Build(QuestionType.Choice, [best[0].Text], prompt) with
                    {
                        Distractors = answers.Where(a => a.Fraction < 99.99).Select(a => a.Text).ToEquatableList(),
                    };
                }

                var right = answers.Where(a => a.Fraction > 0).Select(a => a.Text).ToList();
                if (right.Count == 0)
                {
                    diagnostics.Add(line, column, "a multiple-answer question needs answers with a positive fraction");
                    return null;
                }

                return Build(QuestionType.Multi, right, prompt) with
                {
                    Distractors = answers.Where(a => a.Fraction <= 0).Select(a => a.Text).ToEquatableList(),
                };
            case "truefalse":
                var truth = answers.FirstOrDefault(a => a.Fraction >= 99.99).Text?.Trim().ToLowerInvariant();
                if (truth is not ("true" or "false"))
                {
                    diagnostics.Add(line, column, "a truefalse question needs the answer 'true' or 'false' with fraction 100");
                    return null;
                }

                return Build(QuestionType.TrueFalse, [truth], prompt);
            case "shortanswer":
                var accepted = answers.Where(a => a.Fraction >= 99.99).Select(a => a.Text.Trim()).Where(t => t.Length > 0).ToList();
                if (accepted.Count == 0)
                {
                    diagnostics.Add(line, column, "a shortanswer question needs an answer with fraction 100");
                    return null;
                }

                var isCloze = GiftGap().IsMatch(prompt);
                var clozePrompt = isCloze ? GiftGap().Replace(prompt, "____", 1) : prompt;
                if (meta is { Type: "cloze" })
                {
                    clozePrompt = prompt;
                }

                return Build(isCloze ? QuestionType.Cloze : QuestionType.Short, [accepted[0]], clozePrompt) with
                {
                    Accept = accepted.Skip(1).ToEquatableList(),
                };
            case "matching":
                var pairs = element.Elements("subquestion")
                    .Select(s => new MatchPair(TextOf(s) ?? string.Empty, TextOf(s.Element("answer")) ?? string.Empty))
                    .Where(p => p.Left.Length > 0)
                    .ToList();
                if (pairs.Count == 0 || pairs.Exists(p => p.Right.Length == 0))
                {
                    diagnostics.Add(line, column, "a matching question needs <subquestion> items, each with text and an <answer>");
                    return null;
                }

                return Build(QuestionType.Match, [], prompt) with { Pairs = pairs.ToEquatableList() };
            case "description":
                if (meta is { Type: "order" } && meta.Answer.Count > 0)
                {
                    return Build(QuestionType.Order, meta.Answer, meta.Prompt ?? prompt);
                }

                return null;
            default:
                diagnostics.Add(line, column, $"{(type.Length == 0 ? "a question without a type" : $"'{type}' questions")} have no PolicyQuiz equivalent; remove it and import again");
                return null;
        }
    }

    private static double? Fraction(XElement answer) =>
        double.TryParse((string?)answer.Attribute("fraction"), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>The &lt;text&gt; of an element as plain text, read according to its format attribute.</summary>
    private static string? TextOf(XElement? element)
    {
        var text = element?.Element("text");
        if (text is null)
        {
            return null;
        }

        var format = (string?)element!.Attribute("format") ?? "html";
        return format is "plain_text" or "markdown" ? text.Value.Trim() : HtmlText.ToPlain(text.Value);
    }

    private static (int Line, int Column) Position(XObject node) =>
        node is IXmlLineInfo info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (1, 1);

    [GeneratedRegex(@"\s*Line \d+, position \d+\.\s*$")]
    private static partial Regex PositionSuffix();

    [GeneratedRegex("_{4,}")]
    private static partial Regex GiftGap();
}
