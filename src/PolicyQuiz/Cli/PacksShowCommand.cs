using System.CommandLine;
using PolicyQuiz.Core;
using PolicyQuiz.Core.Model;
using PolicyQuiz.Core.Text;
using PolicyQuiz.Storage;

namespace PolicyQuiz.Cli;

/// <summary>`policyquiz packs show ID`: a pack's questions in order: id, type, kind, prompt and answer.</summary>
internal static class PacksShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("ID") { Description = "The pack id (see 'policyquiz packs list')" };
        var command = new Command("show", "Show a pack's questions: id, type, kind, prompt and answer");
        command.Arguments.Add(id);
        command.SetAction(parseResult => BankAccess.Run(parseResult, bank => Show(bank, parseResult.GetValue(id)!)));
        return command;
    }

    private static int Show(Bank bank, string id)
    {
        var pack = bank.Packs.Get(id);
        if (pack is null)
        {
            return PacksErrors.UnknownPack("show", id);
        }

        var output = Console.Out;
        output.WriteLine($"{TerminalText.Sanitize(pack.Id)}: {TerminalText.Sanitize(pack.Title)} (version {pack.Version}, "
            + $"{PacksInput.Plural(pack.Questions.Count, "question")}, {PacksInput.Plural(pack.Sources.Count, "source")})");
        var number = 0;
        foreach (var question in pack.Questions)
        {
            number++;
            output.WriteLine();
            output.WriteLine($"{number}. {TerminalText.Sanitize(question.Id)}  [{question.Type.Name()}, {question.Kind.Name()}]");
            output.WriteLine($"   {TerminalText.Sanitize(question.Prompt)}");
            output.WriteLine($"   answer: {TerminalText.Sanitize(question.AnswerText)}");
        }

        return ExitCodes.Ok;
    }
}
