using PolicyQuiz.Core.Model;
using PolicyQuiz.Generation.Review;

namespace PolicyQuiz.Generation.Tests.Review;

public sealed class DraftReviewTests
{
    private static readonly Question Who = new()
    {
        Id = "who-proposed-talks",
        Type = QuestionType.Choice,
        Kind = QuestionKind.Who,
        Prompt = "Who proposed the talks in Oslo?",
        Answer = EquatableList.From<string>(["Jonas Gahr Store"]),
        Accept = EquatableList.From<string>(["Store"]),
        Distractors = EquatableList.From<string>(["Ulf Kristersson", "Mette Frederiksen", "Petteri Orpo"]),
        Source = "oslo-talks",
        Evidence = "Jonas Gahr Store proposed the talks in Oslo on Monday.",
    };

    private static readonly Question Where = new()
    {
        Id = "where-were-talks",
        Type = QuestionType.Short,
        Kind = QuestionKind.Where,
        Prompt = "Where were the talks held?",
        Answer = EquatableList.From<string>(["Oslo"]),
        Source = "oslo-talks",
        Evidence = "The talks were held in Oslo.",
    };

    private static readonly Question When = new()
    {
        Id = "when-did-summit-open",
        Type = QuestionType.TrueFalse,
        Kind = QuestionKind.When,
        Prompt = "The summit opened on Tuesday.",
        Answer = EquatableList.From<string>(["false"]),
        Source = "summit",
        Evidence = "The summit opened on Monday.",
    };

    private static readonly Pack Drafts = new()
    {
        Id = "drafts",
        Title = "Drafts",
        Version = 1,
        Sources = EquatableList.From<Source>([new Source("oslo-talks", "Oslo talks", null, null, null), new Source("summit", "Summit", null, null, null)]),
        Questions = EquatableList.From<Question>([Who, Where, When]),
    };

    private static (Pack Pack, string Output) Run(string typed, Pack? pack = null)
    {
        var output = new StringWriter { NewLine = "\n" };
        var reviewed = new DraftReview(new StringReader(typed), output).Review(pack ?? Drafts);
        return (reviewed, output.ToString());
    }

    [Fact]
    public void Each_draft_is_shown_with_kind_type_prompt_answer_distractors_and_evidence()
    {
        var (_, output) = Run("a\na\na\n");

        Assert.Contains("[1/3] who · choice", output);
        Assert.Contains("  prompt:      Who proposed the talks in Oslo?", output);
        Assert.Contains("  answer:      Jonas Gahr Store", output);
        Assert.Contains("  accept:      Store", output);
        Assert.Contains("  distractors: Ulf Kristersson, Mette Frederiksen, Petteri Orpo", output);
        Assert.Contains("  evidence:    \u201cJonas Gahr Store proposed the talks in Oslo on Monday.\u201d", output);
        Assert.Contains("[3/3] when · truefalse", output);
        Assert.Contains(DraftReview.Choices + " > ", output);
    }

    [Fact]
    public void Accepted_drafts_are_kept_and_rejected_ones_dropped_with_their_unused_sources()
    {
        var (pack, output) = Run("a\nr\nr\n");

        Assert.Equal([Who], pack.Questions);
        Assert.Equal(["oslo-talks"], pack.Sources.Select(s => s.Id));
        Assert.Equal("drafts", pack.Id);
        Assert.EndsWith("Kept 1 of 3 (0 edited), rejected 2, not reviewed 0.\n", output);
    }

    [Fact]
    public void Accept_all_keeps_the_current_draft_and_every_one_after_it()
    {
        var (pack, output) = Run("r\nA\n");

        Assert.Equal([Where, When], pack.Questions);
        Assert.Contains("accepted this and the 1 remaining", output);
        Assert.DoesNotContain("[3/3]", output);
    }

    [Fact]
    public void Quit_keeps_what_was_accepted_so_far()
    {
        var (pack, output) = Run("a\nq\n");

        Assert.Equal([Who], pack.Questions);
        Assert.EndsWith("Kept 1 of 3 (0 edited), rejected 0, not reviewed 2.\n", output);
    }

    [Fact]
    public void End_of_input_stops_the_review_and_says_it_keeps_what_was_accepted()
    {
        var (pack, output) = Run("a\n");

        Assert.Equal([Who], pack.Questions);
        Assert.Contains("End of input: stopped reviewing; keeping the questions accepted so far.", output);
        Assert.EndsWith("not reviewed 2.\n", output);
    }

    [Fact]
    public void An_unknown_answer_is_asked_again()
    {
        var (pack, output) = Run("yes\n\na\nr\nr\n");

        Assert.Equal([Who], pack.Questions);
        Assert.Equal(2, output.Split("Please answer a, e, r, A or q.").Length - 1);
    }

    [Fact]
    public void Editing_changes_prompt_answer_and_distractors_with_empty_lines_keeping_the_current_value()
    {
        var (pack, output) = Run("e\nWho suggested holding talks in Oslo?\n\nSanna Marin, Ulf Kristersson; Mette Frederiksen; Petteri Orpo\nr\nr\n");

        var edited = Assert.Single(pack.Questions);
        Assert.Equal("Who suggested holding talks in Oslo?", edited.Prompt);
        Assert.Equal(Who.Answer, edited.Answer);
        Assert.Equal(Who.Accept, edited.Accept);
        Assert.Equal(["Sanna Marin, Ulf Kristersson", "Mette Frederiksen", "Petteri Orpo"], edited.Distractors);
        Assert.Contains("  prompt [Who proposed the talks in Oslo?]: ", output);
        Assert.Contains("  distractors [Ulf Kristersson, Mette Frederiksen, Petteri Orpo]: ", output);
        Assert.Contains("accepted with changes", output);
        Assert.Contains("Kept 1 of 3 (1 edited)", output);
    }

    [Fact]
    public void A_new_answer_drops_the_old_accepted_forms_and_distractors_that_equal_it()
    {
        var (pack, output) = Run("e\n\nUlf Kristersson\nulf kristersson, Mette Frederiksen, Petteri Orpo, Sanna Marin\nq\n");

        var edited = Assert.Single(pack.Questions);
        Assert.Equal(["Ulf Kristersson"], edited.Answer);
        Assert.Empty(edited.Accept);
        Assert.Equal(["Mette Frederiksen", "Petteri Orpo", "Sanna Marin"], edited.Distractors);
        Assert.Contains("(the other accepted answers belonged to the old answer and were dropped)", output);
        Assert.Contains("(dropped distractors that repeat one another or an answer)", output);
    }

    [Fact]
    public void Too_few_distractors_for_a_choice_question_are_asked_for_again()
    {
        var (pack, output) = Run("e\n\n\nSanna Marin\nSanna Marin, Petteri Orpo, Mette Frederiksen\nq\n");

        Assert.Equal(["Sanna Marin", "Petteri Orpo", "Mette Frederiksen"], Assert.Single(pack.Questions).Distractors);
        Assert.Contains("A choice question needs at least 3 distractors that are not answers, comma separated.", output);
    }

    [Fact]
    public void A_true_false_answer_must_be_true_or_false()
    {
        var (pack, output) = Run("r\nr\ne\n\nmaybe\nTrue\n");

        Assert.Equal(["true"], Assert.Single(pack.Questions).Answer);
        Assert.Contains("A true/false answer is true or false.", output);
    }

    [Fact]
    public void End_of_input_in_the_middle_of_an_edit_keeps_only_what_was_accepted_before()
    {
        var (pack, output) = Run("a\ne\nNew prompt\n");

        Assert.Equal([Who], pack.Questions);
        Assert.Contains("End of input", output);
    }

    [Fact]
    public void Escape_sequences_in_a_draft_never_reach_the_output()
    {
        var hostile = Who with
        {
            Prompt = "Who \u001b]0;owned\u0007proposed \u001b[2Jthe talks?",
            Evidence = "He said \u001b[31mso\u001b[0m.\u009b1m",
            Distractors = EquatableList.From<string>(["A\u001b[1m", "B", "C"]),
        };

        var (_, output) = Run("e\n\n\n\n", Drafts with { Questions = EquatableList.From<Question>([hostile]) });

        Assert.DoesNotContain(output, c => char.IsControl(c) && c != '\n');
        Assert.Contains("  prompt:      Who proposed the talks?", output);
        Assert.Contains("  evidence:    \u201cHe said so.\u201d", output);
        Assert.Contains("  prompt [Who proposed the talks?]: ", output);
    }
}
