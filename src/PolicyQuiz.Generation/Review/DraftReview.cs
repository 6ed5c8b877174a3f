using PolicyQuiz.Core.Model;
using PolicyQuiz.Core.Text;

namespace PolicyQuiz.Generation.Review;

/// <summary>
/// Lets an instructor accept, edit or reject each draft question before the pack is written. It
/// reads answers line by line and writes prompts, so it runs the same on a terminal, from a script
/// or in a test. At the end of input it stops and keeps what was accepted so far. Everything taken
/// from the drafts is shown through <see cref="TerminalText.Sanitize"/>.
/// </summary>
public sealed class DraftReview(TextReader input, TextWriter output)
{
    public const string Choices = "[a]ccept [e]dit [r]eject [A]ccept all remaining [q]uit (keep accepted so far)";

    /// <summary>Reviews the pack's questions in order and returns the pack with the kept ones (edited where edited).</summary>
    public Pack Review(Pack pack)
    {
        var total = pack.Questions.Count;
        var kept = new List<Question>(total);
        int edited = 0, rejected = 0, reviewed = 0;
        output.WriteLine($"Reviewing {total} draft question{(total == 1 ? string.Empty : "s")}.");
        var stop = false;
        for (var i = 0; i < total && !stop; i++)
        {
            var question = pack.Questions[i];
            Show(question, i + 1, total);
            switch (Ask())
            {
                case Decision.Accept:
                    kept.Add(question);
                    reviewed++;
                    output.WriteLine("accepted");
                    break;
                case Decision.Reject:
                    rejected++;
                    reviewed++;
                    output.WriteLine("rejected");
                    break;
                case Decision.Edit when new QuestionEditor(input, output).Edit(question) is { } changed:
                    kept.Add(changed);
                    reviewed++;
                    edited += changed == question ? 0 : 1;
                    output.WriteLine(changed == question ? "accepted (unchanged)" : "accepted with changes");
                    break;
                case Decision.AcceptAll:
                    kept.AddRange(pack.Questions.Skip(i));
                    output.WriteLine($"accepted this and the {total - i - 1} remaining");
                    reviewed = total;
                    stop = true;
                    break;
                case Decision.Quit:
                    output.WriteLine("stopped; keeping the questions accepted so far");
                    stop = true;
                    break;
                default:
                    // end of input, also in the middle of an edit: the question in hand is not kept
                    output.WriteLine();
                    output.WriteLine("End of input: stopped reviewing; keeping the questions accepted so far.");
                    stop = true;
                    break;
            }
        }

        var notReviewed = total - reviewed;
        output.WriteLine($"Kept {kept.Count} of {total} ({edited} edited), rejected {rejected}, not reviewed {notReviewed}.");
        var used = kept.Select(q => q.Source).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return pack with
        {
            Questions = kept.ToEquatableList(),
            Sources = pack.Sources.Where(s => used.Contains(s.Id)).ToEquatableList(),
        };
    }

    private void Show(Question q, int number, int total)
    {
        output.WriteLine();
        output.WriteLine($"[{number}/{total}] {q.Kind.Name()} · {q.Type.Name()}");
        Field("prompt", q.Prompt);
        Field("answer", q.Type == QuestionType.Order ? q.AnswerText : q.Type == QuestionType.Match ? q.AnswerText : ReviewList.Format(q.Answer));
        if (q.Accept.Count > 0)
        {
            Field("accept", ReviewList.Format(q.Accept));
        }

        if (q.Distractors.Count > 0)
        {
            Field("distractors", ReviewList.Format(q.Distractors));
        }

        if (q.Evidence is not null)
        {
            Field("evidence", $"\u201c{q.Evidence}\u201d");
        }

        if (q.Source is not null)
        {
            Field("source", q.Source);
        }
    }

    private void Field(string name, string value) =>
        output.WriteLine($"  {name + ":",-13}{TerminalText.Sanitize(value)}");

    private Decision Ask()
    {
        while (true)
        {
            output.Write(Choices + " > ");
            output.Flush();
            var line = input.ReadLine();
            if (line is null)
            {
                return Decision.EndOfInput;
            }

            switch (line.Trim())
            {
                case "a" or "accept":
                    return Decision.Accept;
                case "e" or "E" or "edit":
                    return Decision.Edit;
                case "r" or "R" or "reject":
                    return Decision.Reject;
                case "A" or "all":
                    return Decision.AcceptAll;
                case "q" or "Q" or "quit":
                    return Decision.Quit;
                default:
                    output.WriteLine("Please answer a, e, r, A or q.");
                    break;
            }
        }
    }

    private enum Decision
    {
        Accept,
        Edit,
        Reject,
        AcceptAll,
        Quit,
        EndOfInput,
    }
}
