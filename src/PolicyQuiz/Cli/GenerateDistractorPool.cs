using Microsoft.Data.Sqlite;
using PolicyQuiz.Bundled;
using PolicyQuiz.Core.Text;
using PolicyQuiz.Generation;
using PolicyQuiz.Packs;
using PolicyQuiz.Storage;

namespace PolicyQuiz.Cli;

/// <summary>
/// The bank's names for `generate`'s distractors: the packs of the bank at --db / $POLICYQUIZ_DB / XDG when
/// that file exists (read, never created), else the bundled packs a fresh bank would be filled with (their answers as
/// Bundled/bundled-answers.json keeps them, or the packs themselves when that file is stale).
/// A bank that cannot be read costs one warning line, never the generation.
/// </summary>
internal static class GenerateDistractorPool
{
    public static DistractorPool From(string? dbOption, TimeProvider time, TextWriter warnings)
    {
        var pool = new DistractorPool();
        var path = DatabaseLocator.Resolve(dbOption);
        if (File.Exists(path))
        {
            try
            {
                using var bank = Bank.Open(path, time);
                foreach (var summary in bank.Packs.List())
                {
                    if (bank.Packs.Get(summary.Id) is { } pack)
                    {
                        pool.AddAnswers(pack);
                    }
                }

                return pool;
            }
            catch (Exception e) when (e is SqliteException or BankException)
            {
                warnings.WriteLine($"policyquiz generate: {TerminalText.Sanitize(path)}: the bank cannot be read ({TerminalText.Sanitize(e.Message)}); distractors come from the articles and the gazetteers");
                return pool;
            }
        }

        var packs = BundledPacks.Embedded();
        if (BundledAnswers.TryAddTo(pool, packs))
        {
            return pool;
        }

        foreach (var bundled in packs)
        {
            var read = PackReader.ReadBytes(bundled.Bytes, bundled.Name, PackFormat.Yaml);
            if (read.Ok && read.Pack is { } pack)
            {
                pool.AddAnswers(pack);
            }
        }

        return pool;
    }
}
