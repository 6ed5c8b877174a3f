using PolicyQuiz.Core.Model;
using PolicyQuiz.Core.Text;

namespace PolicyQuiz.Generation.Review;

/// <summary>
/// Asks for a new prompt, answer and distractors, each with the current value as the default on an
/// empty line; re-asks when a value would make the question invalid. Returns null at end of input.
/// </summary>
internal sealed class QuestionEditor(TextReader input, TextWriter output)
{
    public Question? Edit(Question question)
    {
        var prompt = AskPrompt(question);
        if (prompt is null)
        {
            return null;
        }

        var answer = AskAnswer(question);
        if (answer is null)
        {
            return null;
        }

        var distractors = question.Distractors;
        if (question.Type is QuestionType.Choice or QuestionType.Multi || question.Distractors.Count > 0)
        {
            distractors = AskDistractors(question, answer);
            if (distractors is null)
            {
                return null;
            }
        }

        var accept = question.Accept;
        if (!answer.Equals(question.Answer) && accept.Count > 0)
        {
            accept = EquatableList<string>.Empty;
            output.WriteLine("  (the other accepted answers belonged to the old answer and were dropped)");
        }

        return question with { Prompt = prompt, Answer = answer, Distractors = distractors, Accept = accept };
    }

    private string? AskPrompt(Question question)
    {
        while (true)
        {
            var line = Ask("prompt", question.Prompt);
            if (line is null)
            {
                return null;
            }

            var prompt = line.Length == 0 ? question.Prompt : line;
            if (question.Type == QuestionType.Cloze && !prompt.Contains("____", StringComparison.Ordinal))
            {
                output.WriteLine("  A cloze prompt needs its gap written as ____ (four or more underscores).");
                continue;
            }

            return prompt;
        }
    }

    private EquatableList<string>? AskAnswer(Question question)
    {
        if (question.Type == QuestionType.Match)
        {
            output.WriteLine("  (match pairs are kept as they are)");
            return question.Answer;
        }

        while (true)
        {
            var current = ReviewList.Format(question.Answer);
            var line = Ask(question.Type is QuestionType.Multi or QuestionType.Order ? "answers" : "answer", current);
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                return question.Answer;
            }

            switch (question.Type)
            {
                case QuestionType.TrueFalse:
                    var value = line.ToLowerInvariant();
                    if (value is "true" or "false")
                    {
                        return new EquatableList<string>([value]);
                    }

                    output.WriteLine("  A true/false answer is true or false.");
                    continue;
                case QuestionType.Multi or QuestionType.Order:
                    var items = ReviewList.Parse(line);
                    if (items.Count >= (question.Type == QuestionType.Order ? 2 : 1) && items.Distinct(StringComparer.OrdinalIgnoreCase).Count() == items.Count)
                    {
                        return items.ToEquatableList();
                    }

                    output.WriteLine(question.Type == QuestionType.Order
                        ? "  An order question needs at least two different items, comma separated."
                        : "  Give the correct options, comma separated, each once.");
                    continue;
                default:
                    return new EquatableList<string>([line]);
            }
        }
    }

    private EquatableList<string>? AskDistractors(Question question, EquatableList<string> answer)
    {
        var minimum = question.Type is QuestionType.Choice or QuestionType.Multi ? 3 : 0;
        while (true)
        {
            var line = Ask("distractors", ReviewList.Format(question.Distractors));
            if (line is null)
            {
                return null;
            }

            var given = line.Length == 0 ? [.. question.Distractors] : ReviewList.Parse(line);
            var answers = new HashSet<string>(answer.Concat(question.Accept), StringComparer.OrdinalIgnoreCase);
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var kept = given.Where(d => !answers.Contains(d) && seen.Add(d)).ToList();
            if (kept.Count < given.Count)
            {
                output.WriteLine("  (dropped distractors that repeat one another or an answer)");
            }

            if (kept.Count >= minimum)
            {
                return kept.ToEquatableList();
            }

            output.WriteLine($"  A {question.Type.Name()} question needs at least {minimum} distractors that are not answers, comma separated.");
        }
    }

    /// <summary>Writes "name [current]: " and reads one line, trimmed; null at end of input.</summary>
    private string? Ask(string name, string current)
    {
        output.Write($"  {name} [{TerminalText.Sanitize(current)}]: ");
        output.Flush();
        return input.ReadLine()?.Trim();
    }
}
