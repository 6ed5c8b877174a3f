using System.CommandLine;
using Microsoft.Data.Sqlite;
using PolicyQuiz.Bundled;
using PolicyQuiz.Core;
using PolicyQuiz.Core.Text;
using PolicyQuiz.Storage;

namespace PolicyQuiz.Cli;

/// <summary>
/// Opens the question bank for a command: finds it (--db, $POLICYQUIZ_DB, XDG), creates and migrates it,
/// seeds the bundled packs, and makes sure the profile (--profile, default the OS user name) exists.
/// Failures are reported on stderr in one line, never as a stack trace.
/// </summary>
internal static class BankAccess
{
    /// <summary>Runs <paramref name="action"/> with the open bank and the current profile; returns its exit code.</summary>
    public static int Run(ParseResult parseResult, Func<Bank, Profile, int> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var code = TryOpen(parseResult, out var bank, out var profile);
        if (bank is null || profile is null)
        {
            return code;
        }

        using (bank)
        {
            try
            {
                return action(bank, profile);
            }
            catch (Exception e) when (e is SqliteException or BankException)
            {
                Console.Error.WriteLine($"policyquiz: {bank.Path}: {TerminalText.Sanitize(e.Message)}");
                return ExitCodes.Failure;
            }
        }
    }

    /// <summary>Runs <paramref name="action"/> with the open bank; returns its exit code.</summary>
    public static int Run(ParseResult parseResult, Func<Bank, int> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return Run(parseResult, (bank, _) => action(bank));
    }

    /// <summary>
    /// Opens the bank named by the command line. On success returns <see cref="ExitCodes.Ok"/> with the bank
    /// (the caller disposes it) and the profile; otherwise prints why on stderr and returns the exit code to use.
    /// </summary>
    public static int TryOpen(ParseResult parseResult, out Bank? bank, out Profile? profile)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        bank = null;
        profile = null;
        var profileName = DatabaseLocator.ResolveProfile(parseResult.GetValue(GlobalOptions.Profile));
        if (!ProfileStore.IsValidName(profileName))
        {
            Console.Error.WriteLine(
                $"policyquiz: '{TerminalText.Sanitize(profileName)}' is not a usable profile name (1-{ProfileStore.MaxNameLength} characters, no control characters)");
            return ExitCodes.BadInput;
        }

        var path = DatabaseLocator.Resolve(parseResult.GetValue(GlobalOptions.Db));
        Bank? opened = null;
        try
        {
            opened = Bank.Open(path, TimeProvider.System);
            BundledPacks.Seed(opened, Console.Error);
            profile = opened.Profiles.GetOrCreate(profileName);
            bank = opened;
            return ExitCodes.Ok;
        }
        catch (BankException e)
        {
            opened?.Dispose();
            Console.Error.WriteLine($"policyquiz: {TerminalText.Sanitize(e.Message)}");
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            opened?.Dispose();
            Console.Error.WriteLine($"policyquiz: cannot open the question bank {TerminalText.Sanitize(path)}: {TerminalText.Sanitize(e.Message)}");
        }

        return ExitCodes.Failure;
    }
}
