using System.Globalization;
using System.Text;

namespace PolicyQuiz.Packs.Tests.Interchange;

/// <summary>
/// A second, deliberately separate reading of GIFT written from Moodle's format documentation (not from
/// our reader): comment lines start with //, questions are separated by blank lines, ::title:: names a
/// question, answers sit in one {…} block, = marks right and ~ wrong answers, ~%n% gives a weight,
/// -> pairs a match, #### starts general feedback, T/F/TRUE/FALSE is true-false, and a backslash makes
/// ~ = # { } : (and itself) plain text, \n a line break. Escaped characters are swapped for private-use
/// stand-ins first, so plain string searches find only the syntax.
/// </summary>
internal static class IndependentGift
{
    private const string Specials = "~=#{}:\\";

    public sealed record Answer(char Mark, double? Weight, string Text, string? MatchTo);

    public sealed record Item(string? Title, string TextBefore, string TextAfter, IReadOnlyList<Answer> Answers, string? GeneralFeedback, string? TrueFalse, bool HasBraces);

    public static IReadOnlyList<Item> Parse(string gift)
    {
        var items = new List<Item>();
        var lines = gift.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal));
        var chunks = string.Join("\n", lines).Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        foreach (var rawChunk in chunks)
        {
            var chunk = Hide(rawChunk.Trim('\n'));
            if (chunk.Trim().Length == 0 || chunk.TrimStart().StartsWith("$CATEGORY:", StringComparison.Ordinal))
            {
                continue;
            }

            string? title = null;
            var rest = chunk.TrimStart();
            if (rest.StartsWith("::", StringComparison.Ordinal))
            {
                var end = rest.IndexOf("::", 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    throw new FormatException("title not closed: " + rawChunk);
                }

                title = Show(rest[2..end]);
                rest = rest[(end + 2)..];
            }

            var open = rest.IndexOf('{', StringComparison.Ordinal);
            if (open < 0)
            {
                items.Add(new Item(title, Show(rest), string.Empty, [], null, null, false));
                continue;
            }

            var close = rest.IndexOf('}', open);
            if (close < 0 || rest.IndexOf('{', open + 1) is var again && again >= 0 && again < close)
            {
                throw new FormatException("braces do not balance: " + rawChunk);
            }

            if (rest.IndexOf('{', close) >= 0 || rest.IndexOf('}', close + 1) >= 0)
            {
                throw new FormatException("more than one answer block: " + rawChunk);
            }

            var before = rest[..open];
            var after = rest[(close + 1)..];
            foreach (var outside in new[] { before, after })
            {
                if (outside.IndexOfAny(['~', '=', '#', '{', '}', ':']) >= 0)
                {
                    throw new FormatException("an unescaped special character outside the answer block: " + Show(outside));
                }
            }

            var body = rest[(open + 1)..close];
            string? feedback = null;
            var hashes = body.IndexOf("####", StringComparison.Ordinal);
            if (hashes >= 0)
            {
                feedback = Show(body[(hashes + 4)..]).Trim();
                body = body[..hashes];
            }

            var trimmed = body.Trim();
            if (trimmed is "T" or "F" or "TRUE" or "FALSE")
            {
                items.Add(new Item(title, Show(before), Show(after), [], feedback, trimmed[..1], true));
                continue;
            }

            var answers = new List<Answer>();
            var marks = new List<int>();
            for (var i = 0; i < body.Length; i++)
            {
                if (body[i] is '=' or '~')
                {
                    marks.Add(i);
                }
            }

            for (var m = 0; m < marks.Count; m++)
            {
                var text = body[(marks[m] + 1)..(m + 1 < marks.Count ? marks[m + 1] : body.Length)];
                double? weight = null;
                if (text.StartsWith('%'))
                {
                    var shut = text.IndexOf('%', 1);
                    weight = double.Parse(text[1..shut], CultureInfo.InvariantCulture);
                    text = text[(shut + 1)..];
                }

                if (text.Contains('#', StringComparison.Ordinal))
                {
                    text = text[..text.IndexOf('#', StringComparison.Ordinal)];
                }

                string? matchTo = null;
                var arrow = text.IndexOf("->", StringComparison.Ordinal);
                if (arrow >= 0)
                {
                    matchTo = Show(text[(arrow + 2)..]).Trim();
                    text = text[..arrow];
                }

                answers.Add(new Answer(body[marks[m]], weight, Show(text).Trim(), matchTo));
            }

            items.Add(new Item(title, Show(before), Show(after), answers, feedback, null, true));
        }

        return items;
    }

    /// <summary>Replaces each backslash escape with a private-use character (U+E000 + the escaped character's index).</summary>
    private static string Hide(string text)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                var index = Specials.IndexOf(text[i + 1], StringComparison.Ordinal);
                if (index >= 0)
                {
                    builder.Append((char)(0xE000 + index));
                    i++;
                    continue;
                }

                if (text[i + 1] == 'n')
                {
                    builder.Append('\uE0FF');
                    i++;
                    continue;
                }
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }

    private static string Show(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            if (c == '\uE0FF')
            {
                builder.Append('\n');
            }
            else if (c >= '\uE000' && c < '\uE000' + Specials.Length)
            {
                builder.Append(Specials[c - '\uE000']);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
