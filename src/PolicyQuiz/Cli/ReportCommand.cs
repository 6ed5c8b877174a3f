using System.CommandLine;
using PolicyQuiz.Core;
using PolicyQuiz.Core.Reports;
using PolicyQuiz.Core.Text;

namespace PolicyQuiz.Cli;

/// <summary>
/// `policyquiz report FILE.json... -o class.csv|class.md`: a class report from students' progress files,
/// one row per student (CSV for spreadsheets and Moodle gradebook import, Markdown with the hardest
/// questions). Needs no bank; any unreadable file stops it before anything is written.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "Progress files (policyquiz progress export -o FILE.json), one per student", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "The report to write: class.csv or class.md", Required = true };
        var command = new Command("report", "Write a class report (CSV or Markdown) from students' progress files");
        command.Arguments.Add(files);
        command.Options.Add(output);
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(output)!;
            var extension = Path.GetExtension(path).ToLowerInvariant();
            if (extension is not (".csv" or ".md"))
            {
                Console.Error.WriteLine($"policyquiz report: {TerminalText.Sanitize(path)}: unknown extension '{TerminalText.Sanitize(extension)}'; use .csv or .md");
                return ExitCodes.BadInput;
            }

            var documents = new List<ProgressDocument>();
            var failed = false;
            foreach (var file in parseResult.GetValue(files)!)
            {
                if (ProgressCommand.ReadDocument(file, "policyquiz report") is { } document)
                {
                    documents.Add(document);
                }
                else
                {
                    failed = true;
                }
            }

            if (failed)
            {
                return ExitCodes.BadInput;
            }

            var report = ClassReport.From(documents);
            var text = extension == ".csv" ? ClassReportCsv.Write(report) : ClassReportMarkdown.Write(report, TimeProvider.System.GetUtcNow());
            if (!ProgressCommand.Write(path, text))
            {
                return ExitCodes.Failure;
            }

            Console.Out.WriteLine($"wrote the report of {documents.Count} students to {TerminalText.Sanitize(path)}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
