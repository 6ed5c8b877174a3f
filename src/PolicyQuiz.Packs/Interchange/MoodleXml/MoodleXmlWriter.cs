using System.Text;
using System.Xml;
using PolicyQuiz.Core.Model;
using PolicyQuiz.Packs.Interchange.Gift;

namespace PolicyQuiz.Packs.Interchange.MoodleXml;

/// <summary>
/// Writes a pack as Moodle XML (the question bank import format): a category named after the pack, then
/// multichoice (single or multiple answer), truefalse, shortanswer (cloze keeps its gap in the text),
/// matching, and description items for order questions. Texts are HTML in CDATA; the explanation is the
/// general feedback; tags are Moodle tags; a policyquiz: comment keeps what Moodle has no field for.
/// </summary>
public static class MoodleXmlWriter
{
    public static string ToXml(Pack pack, out IReadOnlyList<string> warnings)
    {
        var found = new List<string>();
        var builder = new StringBuilder();
        var settings = new XmlWriterSettings
        {
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            OmitXmlDeclaration = true,
        };
        using (var writer = XmlWriter.Create(builder, settings))
        {
            writer.WriteStartElement("quiz");
            writer.WriteComment(" " + PackMeta.Marker + " " + MetaJson.ForXmlComment(PackMeta.Of(pack).ToJson()) + " ");
            writer.WriteStartElement("question");
            writer.WriteAttributeString("type", "category");
            writer.WriteStartElement("category");
            writer.WriteElementString("text", Clean("$course$/top/" + pack.Title.Replace("/", "//", StringComparison.Ordinal)));
            writer.WriteEndElement();
            if (!string.IsNullOrWhiteSpace(pack.Description))
            {
                HtmlElement(writer, "info", pack.Description);
            }

            writer.WriteEndElement();
            foreach (var question in pack.Questions)
            {
                WriteQuestion(writer, pack, question, found);
            }

            writer.WriteEndElement();
        }

        warnings = found;
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + builder + "\n";
    }

    private static void WriteQuestion(XmlWriter writer, Pack pack, Question question, List<string> warnings)
    {
        var type = question.Type switch
        {
            QuestionType.Choice or QuestionType.Multi => "multichoice",
            QuestionType.TrueFalse => "truefalse",
            QuestionType.Short or QuestionType.Cloze => "shortanswer",
            QuestionType.Match => "matching",
            _ => "description",
        };
        writer.WriteStartElement("question");
        writer.WriteAttributeString("type", type);
        writer.WriteComment(" " + QuestionMeta.Marker + " " + MetaJson.ForXmlComment(QuestionMeta.Of(question).ToJson()) + " ");
        writer.WriteStartElement("name");
        writer.WriteElementString("text", question.Id);
        writer.WriteEndElement();

        var prompt = question.Prompt;
        if (question.Type == QuestionType.Order)
        {
            var shuffled = OptionOrder.Shuffle(question.Answer, pack.Id + "/" + question.Id);
            prompt += "\n" + string.Join("\n", shuffled.Select(item => "- " + item));
            warnings.Add($"question {question.Id} (order): Moodle XML has no ordering type; written as a description item with the right order in its general feedback");
        }

        var feedback = GeneralFeedback.Compose(pack, question);
        HtmlElement(writer, "questiontext", prompt);
        HtmlElement(writer, "generalfeedback", feedback ?? string.Empty);
        writer.WriteElementString("defaultgrade", question.Type == QuestionType.Order ? "0" : "1");
        writer.WriteElementString("penalty", "0.3333333");
        writer.WriteElementString("hidden", "0");
        writer.WriteElementString("idnumber", question.Id);
        switch (question.Type)
        {
            case QuestionType.Choice:
            case QuestionType.Multi:
                var single = question.Type == QuestionType.Choice;
                writer.WriteElementString("single", single ? "true" : "false");
                writer.WriteElementString("shuffleanswers", "true");
                writer.WriteElementString("answernumbering", "abc");
                var right = single ? "100" : GiftWeights.Share(question.Answer.Count, negative: false);
                var wrong = single ? "0" : GiftWeights.Share(question.Distractors.Count, negative: true);
                foreach (var answer in question.Answer)
                {
                    Answer(writer, right, answer, html: true);
                }

                foreach (var distractor in question.Distractors)
                {
                    Answer(writer, wrong, distractor, html: true);
                }

                break;
            case QuestionType.TrueFalse:
                var isTrue = string.Equals((question.Answer.Count > 0 ? question.Answer[0] : null), "true", StringComparison.OrdinalIgnoreCase);
                Answer(writer, isTrue ? "100" : "0", "true", html: false);
                Answer(writer, isTrue ? "0" : "100", "false", html: false);
                break;
            case QuestionType.Short:
            case QuestionType.Cloze:
                writer.WriteElementString("usecase", "0");
                foreach (var answer in question.Answer.Concat(question.Accept).Distinct(StringComparer.Ordinal))
                {
                    Answer(writer, "100", answer, html: false);
                }

                break;
            case QuestionType.Match:
                writer.WriteElementString("shuffleanswers", "true");
                foreach (var pair in question.Pairs)
                {
                    writer.WriteStartElement("subquestion");
                    writer.WriteAttributeString("format", "html");
                    writer.WriteStartElement("text");
                    writer.WriteCData(Clean(HtmlText.FromPlain(pair.Left)));
                    writer.WriteEndElement();
                    writer.WriteStartElement("answer");
                    writer.WriteElementString("text", Clean(pair.Right));
                    writer.WriteEndElement();
                    writer.WriteEndElement();
                }

                break;
            default:
                break;
        }

        if (question.Tags.Count > 0)
        {
            writer.WriteStartElement("tags");
            foreach (var tag in question.Tags)
            {
                writer.WriteStartElement("tag");
                writer.WriteElementString("text", Clean(tag));
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static void Answer(XmlWriter writer, string fraction, string text, bool html)
    {
        writer.WriteStartElement("answer");
        writer.WriteAttributeString("fraction", fraction);
        writer.WriteAttributeString("format", html ? "html" : "moodle_auto_format");
        writer.WriteStartElement("text");
        if (html)
        {
            writer.WriteCData(Clean(HtmlText.FromPlain(text)));
        }
        else
        {
            writer.WriteString(Clean(text));
        }

        writer.WriteEndElement();
        writer.WriteStartElement("feedback");
        writer.WriteAttributeString("format", "html");
        writer.WriteElementString("text", string.Empty);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void HtmlElement(XmlWriter writer, string name, string text)
    {
        writer.WriteStartElement(name);
        writer.WriteAttributeString("format", "html");
        writer.WriteStartElement("text");
        if (text.Length > 0)
        {
            writer.WriteCData(Clean(HtmlText.FromPlain(text)));
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    /// <summary>Drops characters XML 1.0 cannot carry (control characters other than tab and line breaks, lone surrogates).</summary>
    internal static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
