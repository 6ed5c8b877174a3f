using System.Net;
using System.Text;
using PolicyQuiz.Core.Model;
using PolicyQuiz.Packs.Interchange.Gift;
using PolicyQuiz.Packs.Interchange.MoodleXml;

namespace PolicyQuiz.Packs.Interchange.Anki;

/// <summary>
/// The fields of a question's Anki note, as HTML: Front (the prompt, with the options for choice and
/// multi, the items for order and match), Back (the answer), Explanation, Source, and the question id.
/// </summary>
internal static class AnkiNoteFaces
{
    public static readonly IReadOnlyList<string> FieldNames = ["Front", "Back", "Explanation", "Source", "Question"];

    public static string[] Fields(Pack pack, Question question)
    {
        var seed = pack.Id + "/" + question.Id;
        var front = new StringBuilder(HtmlText.FromPlain(question.Prompt));
        switch (question.Type)
        {
            case QuestionType.Choice:
            case QuestionType.Multi:
                if (question.Type == QuestionType.Multi)
                {
                    front.Append("<br><i>(choose all that apply)</i>");
                }

                List(front, OptionOrder.Shuffle(question.Answer.Concat(question.Distractors), seed), ordered: true);
                break;
            case QuestionType.TrueFalse:
                front.Append("<br><i>(true or false?)</i>");
                break;
            case QuestionType.Order:
                front.Append("<br><i>(put in order)</i>");
                List(front, OptionOrder.Shuffle(question.Answer, seed), ordered: false);
                break;
            case QuestionType.Match:
                front.Append("<br><i>(match each item on the left with one on the right)</i>");
                List(front, question.Pairs.Select(p => p.Left), ordered: false);
                List(front, OptionOrder.Shuffle(question.Pairs.Select(p => p.Right), seed), ordered: false);
                break;
            default:
                break;
        }

        var back = new StringBuilder();
        switch (question.Type)
        {
            case QuestionType.Multi:
            case QuestionType.Order:
                List(back, question.Answer, ordered: question.Type == QuestionType.Order);
                break;
            case QuestionType.Match:
                List(back, question.Pairs.Select(p => p.Left + " → " + p.Right), ordered: false);
                break;
            default:
                back.Append(HtmlText.FromPlain(question.AnswerText));
                if (question.Accept.Count > 0)
                {
                    back.Append("<br><small>also accepted: ").Append(HtmlText.FromPlain(string.Join(", ", question.Accept))).Append("</small>");
                }

                break;
        }

        var source = pack.FindSource(question.Source);
        var sourceHtml = new StringBuilder();
        if (source is not null)
        {
            sourceHtml.Append(string.IsNullOrWhiteSpace(source.Url)
                ? HtmlText.FromPlain(GiftWriter.Describe(source))
                : $"<a href=\"{WebUtility.HtmlEncode(source.Url)}\">{HtmlText.FromPlain(GiftWriter.Describe(source with { Url = null }))}</a>");
        }

        if (!string.IsNullOrWhiteSpace(question.Evidence))
        {
            sourceHtml.Append(sourceHtml.Length > 0 ? "<br>" : string.Empty).Append("<q>").Append(HtmlText.FromPlain(question.Evidence)).Append("</q>");
        }

        return
        [
            front.ToString(),
            back.ToString(),
            HtmlText.FromPlain(question.Explanation ?? string.Empty),
            sourceHtml.ToString(),
            HtmlText.FromPlain(question.Id),
        ];
    }

    private static void List(StringBuilder builder, IEnumerable<string> items, bool ordered)
    {
        var tag = ordered ? "ol" : "ul";
        builder.Append('<').Append(tag).Append('>');
        foreach (var item in items)
        {
            builder.Append("<li>").Append(HtmlText.FromPlain(item)).Append("</li>");
        }

        builder.Append("</").Append(tag).Append('>');
    }
}
