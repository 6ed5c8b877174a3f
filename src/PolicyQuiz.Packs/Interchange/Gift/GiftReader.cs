using System.Globalization;
using System.Text.RegularExpressions;
using PolicyQuiz.Core.Model;
using PolicyQuiz.Packs.Interchange.MoodleXml;

namespace PolicyQuiz.Packs.Interchange.Gift;

/// <summary>
/// Reads Moodle GIFT into a pack: multiple choice, multiple answer (%weights%), true/false, short answer,
/// missing word (as cloze, or choice with a gap), matching; our own // policyquiz: comments restore what
/// GIFT cannot hold. Essay and numerical questions have no equivalent and are refused; description items
/// are skipped. Problems come back as FILE:LINE:COLUMN: message.
/// </summary>
public static partial class GiftReader
{
    public static PackReadResult ReadFile(string path)
    {
        var file = InterchangeFile.ReadText(path, out var problem);
        return file is null
            ? new PackReadResult(null, [problem!])
            : Read(file, path);
    }

    public static PackReadResult Read(string text, string path)
    {
        var diagnostics = new DiagnosticList(path);
        var ids = new StableIds();
        var described = new DescribedSources();
        var questions = new List<Question>();
        var lines = new List<int>();
        PackMeta? packMeta = null;
        string? category = null;
        foreach (var block in GiftBlock.Split(text))
        {
            QuestionMeta? meta = null;
            var moodleTags = new List<string>();
            foreach (var (line, comment) in block.Comments)
            {
                if (comment.StartsWith(PackMeta.Marker, StringComparison.Ordinal))
                {
                    packMeta = PackMeta.Parse(comment[PackMeta.Marker.Length..], out var error);
                    if (error is not null)
                    {
                        diagnostics.Add(line, 1, error);
                    }
                }
                else if (comment.StartsWith(QuestionMeta.Marker, StringComparison.Ordinal))
                {
                    meta = QuestionMeta.Parse(comment[QuestionMeta.Marker.Length..], out var error);
                    if (error is not null)
                    {
                        diagnostics.Add(line, 1, error);
                    }
                }
                else
                {
                    moodleTags.AddRange(MoodleTag().Matches(comment).Select(m => m.Groups[1].Value.Trim()));
                }
            }

            if (!block.HasContent)
            {
                continue;
            }

            var content = block.Text;
            if (content.TrimStart().StartsWith("$CATEGORY:", StringComparison.Ordinal))
            {
                category = content.TrimStart()["$CATEGORY:".Length..].Trim();
                continue;
            }

            var question = ReadQuestion(block, meta, moodleTags, ids, described, diagnostics);
            if (question is not null)
            {
                questions.Add(question);
                lines.Add(block.FirstLine);
            }
        }

        var title = category?.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        return PackAssembly.Finish(diagnostics, packMeta, path, questions, lines, title == "top" ? null : title, described);
    }

    private static Question? ReadQuestion(GiftBlock block, QuestionMeta? meta, List<string> moodleTags, StableIds ids, DescribedSources described, DiagnosticList diagnostics)
    {
        var text = block.Text;
        var errorsBefore = diagnostics.Count;
        void Problem(int offset, string message)
        {
            var (line, column) = block.Position(offset);
            diagnostics.Add(line, column, message);
        }

        var position = SkipSpace(text, 0);
        string? title = null;
        if (text.AsSpan(position).StartsWith("::"))
        {
            var end = FindUnescaped(text, "::", position + 2);
            if (end < 0)
            {
                Problem(position, "the question title opened with '::' is never closed with '::'");
                return null;
            }

            title = GiftText.Unescape(text[(position + 2)..end]).Trim();
            position = end + 2;
        }

        position = SkipSpace(text, position);
        var format = "moodle";
        var formatMatch = FormatMark().Match(text, position);
        if (formatMatch.Success)
        {
            format = formatMatch.Groups[1].Value.ToLowerInvariant();
            position += formatMatch.Length;
        }

        var open = FindUnescaped(text, "{", position);
        var close = FindUnescaped(text, "}", position);
        if (open < 0)
        {
            if (close >= 0)
            {
                Problem(close, "unbalanced braces: '}' without an opening '{'");
            }

            return null;
        }

        if (close >= 0 && close < open)
        {
            Problem(close, "unbalanced braces: '}' without an opening '{'");
            return null;
        }

        var nested = FindUnescaped(text, "{", open + 1);
        if (close < 0)
        {
            Problem(open, "unbalanced braces: this '{' is never closed (a blank line ends the question)");
            return null;
        }

        if (nested >= 0 && nested < close)
        {
            Problem(nested, "unbalanced braces: '{' inside an answer block that is still open");
            return null;
        }

        var extra = FindUnescaped(text, "{", close + 1);
        var extraClose = FindUnescaped(text, "}", close + 1);
        if (extra >= 0 || extraClose >= 0)
        {
            Problem(extra >= 0 ? extra : extraClose, extra >= 0 ? "a question may have only one answer block" : "unbalanced braces: '}' without an opening '{'");
            return null;
        }

        var before = Plain(text[position..open], format);
        var after = Plain(text[(close + 1)..], format);
        var body = text[(open + 1)..close];
        string? feedback = null;
        var feedbackAt = FindUnescaped(body, "####", 0);
        if (feedbackAt >= 0)
        {
            feedback = Plain(body[(feedbackAt + 4)..], format).Trim();
            body = body[..feedbackAt];
        }

        var explanation = GeneralFeedback.Explanation(feedback, meta, out var describedSource);
        var missingWord = after.Trim().Length > 0;
        var prompt = (missingWord ? before + "____" + after : before).Trim();
        var trimmedBody = body.Trim();
        var bodyOffset = open + 1 + (body.Length - body.TrimStart().Length);
        var kind = meta?.Kind ?? KindGuess.FromPrompt(prompt);
        Question Build(QuestionType type, IEnumerable<string> answer, string questionPrompt) => new()
        {
            Id = ids.Next(title, questionPrompt),
            Type = type,
            Kind = kind,
            Prompt = questionPrompt,
            Answer = answer.ToEquatableList(),
            Explanation = explanation,
            Source = meta is null ? described.Cite(describedSource) : meta.Source,
            Evidence = meta?.Evidence,
            Tags = (meta is not null ? meta.Tags : moodleTags).ToEquatableList(),
            ExtraJson = meta?.ExtraJson,
        };

        if (trimmedBody.Length == 0)
        {
            if (meta is { Type: "order" } && meta.Answer.Count > 0)
            {
                return Build(QuestionType.Order, meta.Answer, meta.Prompt ?? prompt);
            }

            Problem(open, "essay questions have no PolicyQuiz equivalent; remove this question and import again");
            return null;
        }

        if (trimmedBody.StartsWith('#'))
        {
            Problem(bodyOffset, "numerical questions have no PolicyQuiz equivalent; remove this question and import again");
            return null;
        }

        var trueFalse = TrueFalse().Match(trimmedBody);
        if (trueFalse.Success)
        {
            var value = trueFalse.Groups[1].Value.StartsWith('T') ? "true" : "false";
            return Build(QuestionType.TrueFalse, [value], prompt);
        }

        var options = SplitOptions(body, open + 1, Problem);
        if (diagnostics.Count > errorsBefore)
        {
            return null;
        }

        if (options.Count == 0)
        {
            Problem(bodyOffset, "no answers: write =right and ~wrong answers inside the braces");
            return null;
        }

        if (options.Any(o => o.MatchRight is not null))
        {
            if (options.Any(o => o.MatchRight is null || o.Mark != '='))
            {
                Problem(options.First(o => o.MatchRight is null || o.Mark != '=').Offset, "a matching question needs every answer written as =left -> right");
                return null;
            }

            return Build(QuestionType.Match, [], prompt) with
            {
                Pairs = options.Select(o => new MatchPair(o.Text, o.MatchRight!)).ToEquatableList(),
            };
        }

        var right = options.Where(o => o.IsRight).Select(o => o.Text).ToList();
        var wrong = options.Where(o => !o.IsRight).Select(o => o.Text).ToList();
        if (right.Count == 0)
        {
            Problem(bodyOffset, "no right answer: mark one with = (or give right answers a positive %weight%)");
            return null;
        }

        if (wrong.Count == 0)
        {
            var isCloze = missingWord || meta is { Type: "cloze" };
            var clozePrompt = missingWord ? prompt : (before + "____").Trim();
            return Build(isCloze ? QuestionType.Cloze : QuestionType.Short, [right[0]], isCloze ? clozePrompt : prompt) with
            {
                Accept = right.Skip(1).ToEquatableList(),
            };
        }

        var weighted = options.Any(o => o.Mark == '~' && o.Weight is > 0);
        if (weighted || meta is { Type: "multi" })
        {
            return Build(QuestionType.Multi, right, prompt) with { Distractors = wrong.ToEquatableList() };
        }

        if (right.Count > 1)
        {
            Problem(options.Where(o => o.IsRight).ElementAt(1).Offset, "more than one '=' answer beside '~' answers: give each right answer a weight such as ~%50% for a multiple-answer question");
            return null;
        }

        return Build(QuestionType.Choice, right, prompt) with { Distractors = wrong.ToEquatableList() };
    }

    private static List<GiftOption> SplitOptions(string body, int bodyOffset, Action<int, string> problem)
    {
        var options = new List<GiftOption>();
        var starts = new List<int>();
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '\\')
            {
                i++;
                continue;
            }

            if (body[i] is '=' or '~')
            {
                starts.Add(i);
            }
        }

        var lead = starts.Count > 0 ? body[..starts[0]] : body;
        if (lead.Trim().Length > 0)
        {
            problem(bodyOffset + (body.Length - body.TrimStart().Length), "each answer must start with = (right) or ~ (wrong)");
            return options;
        }

        for (var index = 0; index < starts.Count; index++)
        {
            var start = starts[index];
            var end = index + 1 < starts.Count ? starts[index + 1] : body.Length;
            var raw = body[(start + 1)..end];
            double? weight = null;
            var weightMatch = Weight().Match(raw);
            if (weightMatch.Success)
            {
                weight = double.Parse(weightMatch.Groups[1].Value, CultureInfo.InvariantCulture);
                raw = raw[weightMatch.Length..];
            }

            var feedbackAt = FindUnescaped(raw, "#", 0);
            if (feedbackAt >= 0)
            {
                raw = raw[..feedbackAt];
            }

            string? matchRight = null;
            var arrow = FindUnescaped(raw, "->", 0);
            if (arrow >= 0 && body[start] == '=')
            {
                matchRight = GiftText.Unescape(raw[(arrow + 2)..]).Trim();
                raw = raw[..arrow];
            }

            var text = GiftText.Unescape(raw).Trim();
            if (text.Length == 0 || matchRight is { Length: 0 })
            {
                problem(bodyOffset + start, "an empty answer");
                continue;
            }

            options.Add(new GiftOption(body[start], weight, text, matchRight, bodyOffset + start));
        }

        return options;
    }

    private static string Plain(string raw, string format)
    {
        var text = GiftText.Unescape(raw);
        return format == "html" ? HtmlText.ToPlain(text) : text;
    }

    private static int SkipSpace(string text, int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }

    /// <summary>The index of <paramref name="token"/> at or after <paramref name="start"/> that no backslash escapes, or -1.</summary>
    internal static int FindUnescaped(string text, string token, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
                continue;
            }

            if (string.CompareOrdinal(text, i, token, 0, token.Length) == 0)
            {
                return i;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"\G\[(html|moodle|plain|markdown)\]", RegexOptions.IgnoreCase)]
    private static partial Regex FormatMark();

    [GeneratedRegex(@"^(TRUE|FALSE|T|F)\s*(#.*)?$", RegexOptions.Singleline)]
    private static partial Regex TrueFalse();

    [GeneratedRegex(@"^\s*%(-?\d+(?:\.\d+)?)%")]
    private static partial Regex Weight();

    [GeneratedRegex(@"\[tag:([^\]]+)\]")]
    private static partial Regex MoodleTag();
}
