using System.CommandLine;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using PolicyQuiz.Bundled;
using PolicyQuiz.Core;
using PolicyQuiz.Core.Reports;
using PolicyQuiz.Core.Study;
using PolicyQuiz.Core.Text;
using PolicyQuiz.Packs;
using PolicyQuiz.Storage;
using PolicyQuiz.Storage.Progress;

namespace PolicyQuiz.Cli;

/// <summary>
/// `policyquiz progress export -o FILE.csv|FILE.json [--pack ID] [--since DATE]` and
/// `policyquiz progress import FILE.json`: a student's progress out of one bank and into another
/// (docs/interchange.md). The CSV covers every profile unless --profile names one; the JSON is one profile.
/// </summary>
internal static class ProgressCommand
{
    /// <summary>Progress files larger than this are refused before they are read.</summary>
    private const long MaxFileBytes = 256L * 1024 * 1024;

    public static Command Create()
    {
        var command = new Command("progress", "Export a student's progress (CSV or JSON) or merge a progress file into this bank");
        command.Subcommands.Add(Export());
        command.Subcommands.Add(Import());
        return command;
    }

    private static Command Export()
    {
        var output = new Option<string>("--output", "-o") { Description = "The file to write: FILE.csv (one row per question answered) or FILE.json (the progress document)", Required = true };
        var pack = new Option<string?>("--pack") { Description = "Only this pack" };
        var since = new Option<string?>("--since") { Description = "Only answers from this day on (YYYY-MM-DD, local) or this time (ISO 8601)" };
        var command = new Command("export", "Write progress to a CSV table or a JSON progress document");
        command.Options.Add(output);
        command.Options.Add(pack);
        command.Options.Add(since);
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(output)!;
            var extension = Path.GetExtension(path).ToLowerInvariant();
            if (extension is not (".csv" or ".json"))
            {
                Console.Error.WriteLine($"policyquiz progress export: {TerminalText.Sanitize(path)}: unknown extension '{TerminalText.Sanitize(extension)}'; use .csv or .json");
                return ExitCodes.BadInput;
            }

            var sinceText = parseResult.GetValue(since);
            DateTimeOffset? from = null;
            if (sinceText is not null)
            {
                if (ParseSince(sinceText, TimeProvider.System.LocalTimeZone) is not { } parsed)
                {
                    Console.Error.WriteLine($"policyquiz progress export: --since '{TerminalText.Sanitize(sinceText)}' is not a date (YYYY-MM-DD) or a time (e.g. 2025-03-24T10:00:00Z)");
                    return ExitCodes.BadInput;
                }

                from = parsed;
            }

            var packId = parseResult.GetValue(pack);
            var namedProfile = parseResult.GetValue(GlobalOptions.Profile) is not null;
            return BankAccess.Run(parseResult, (bank, profile) =>
            {
                if (packId is not null && !bank.Packs.Exists(packId))
                {
                    Console.Error.WriteLine($"policyquiz progress export: no pack '{TerminalText.Sanitize(packId)}' in this bank (see 'policyquiz packs list')");
                    return ExitCodes.BadInput;
                }

                var export = new ProgressExport(bank);
                string text;
                string what;
                if (extension == ".csv")
                {
                    var rows = export.Rows(namedProfile ? profile : null, packId, from);
                    text = ProgressCsv.Write(rows);
                    what = rows.Count == 1 ? "1 row" : $"{rows.Count} rows";
                }
                else
                {
                    var document = export.Document(profile, packId, from);
                    text = ProgressJson.Write(document);
                    what = $"{document.Reviews.Count} answers of {TerminalText.Sanitize(profile.Name)}";
                }

                if (!Write(path, text))
                {
                    return ExitCodes.Failure;
                }

                Console.Out.WriteLine($"exported {what} to {TerminalText.Sanitize(path)}");
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    private static Command Import()
    {
        var file = new Argument<string>("FILE") { Description = "A progress file written by 'policyquiz progress export -o FILE.json'" };
        var command = new Command("import", "Merge a JSON progress file into this bank (answers already present are skipped); --profile merges into another profile than the file's");
        command.Arguments.Add(file);
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(file)!;
            if (ReadDocument(path, "policyquiz progress import") is not { } document)
            {
                return ExitCodes.BadInput;
            }

            var target = parseResult.GetValue(GlobalOptions.Profile)?.Trim() ?? document.Profile;
            var bankPath = DatabaseLocator.Resolve(parseResult.GetValue(GlobalOptions.Db));
            try
            {
                using var bank = Bank.Open(bankPath, TimeProvider.System);
                BundledPacks.Seed(bank, Console.Error);
                var result = new ProgressMerge(bank).Merge(document, target);
                Console.Out.WriteLine(
                    $"merged {result.Added} answers into profile {TerminalText.Sanitize(result.Profile)} ({result.AlreadyPresent} already present)");
                return ExitCodes.Ok;
            }
            catch (ProgressImportException e)
            {
                Console.Error.WriteLine($"policyquiz progress import: {TerminalText.Sanitize(path)}: {TerminalText.Sanitize(e.Message)}");
                return ExitCodes.BadInput;
            }
            catch (Exception e) when (e is BankException or SqliteException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"policyquiz progress import: {TerminalText.Sanitize(bankPath)}: {TerminalText.Sanitize(e.Message)}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }

    /// <summary>Reads and checks a progress file; null (after saying why on stderr) when it cannot be used.</summary>
    internal static ProgressDocument? ReadDocument(string path, string who)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                Console.Error.WriteLine($"{who}: {TerminalText.Sanitize(path)}: no such file");
                return null;
            }

            if (info.Length > MaxFileBytes)
            {
                Console.Error.WriteLine($"{who}: {TerminalText.Sanitize(path)}: the file is larger than {MaxFileBytes / (1024 * 1024)} MB");
                return null;
            }

            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(File.ReadAllBytes(path));
            return ProgressJson.Read(text);
        }
        catch (ProgressFormatException e)
        {
            Console.Error.WriteLine($"{who}: {TerminalText.Sanitize(e.Describe(path))}");
        }
        catch (DecoderFallbackException)
        {
            Console.Error.WriteLine($"{who}: {TerminalText.Sanitize(path)}: not UTF-8 text");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{who}: {TerminalText.Sanitize(path)}: cannot read: {TerminalText.Sanitize(e.Message)}");
        }

        return null;
    }

    /// <summary>Writes the file atomically; false (after saying why on stderr) when it cannot be written.</summary>
    internal static bool Write(string path, string text)
    {
        try
        {
            AtomicFile.WriteText(path, text);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"policyquiz: cannot write {TerminalText.Sanitize(path)}: {TerminalText.Sanitize(e.Message)}");
            return false;
        }
    }

    private static DateTimeOffset? ParseSince(string text, TimeZoneInfo zone)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return StudyDay.Start(day, zone);
        }

        return text.Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : null;
    }
}
