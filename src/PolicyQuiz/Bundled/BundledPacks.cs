using System.Globalization;
using Microsoft.Data.Sqlite;
using PolicyQuiz.Core.Text;
using PolicyQuiz.Packs;
using PolicyQuiz.Storage;

namespace PolicyQuiz.Bundled;

/// <summary>
/// The packs embedded in the program (questions/*.yaml as resources bundled/NAME.yaml) and how they reach a
/// bank: a fresh bank gets them all; an existing bank gets newer bundled versions (progress kept); equal or
/// older versions and packs the user removed are left alone. The bank remembers a hash of the embedded set
/// (settings 'bundled_hash'), so an unchanged program costs one small query per start.
/// </summary>
internal static class BundledPacks
{
    public const string SettingKey = "bundled_hash";

    private const string Prefix = "bundled/";

    public static IReadOnlyList<BundledPack> Embedded()
    {
        var assembly = typeof(BundledPacks).Assembly;
        var list = new List<BundledPack>();
        foreach (var name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            if (!name.StartsWith(Prefix, StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            list.Add(new BundledPack(name, bytes));
        }

        return list;
    }

    /// <summary>
    /// A 64-bit FNV-1a over the names and contents of a set of bundled packs (each length first), in hex: it tells an
    /// edited or reordered set from the one a bank was seeded with (and Bundled/bundled-answers.json made from). Not a
    /// cryptographic hash: a SHA-256 here loaded OpenSSL, some 5 ms on every start that opens a bank.
    /// </summary>
    public static string SetHash(IReadOnlyList<BundledPack> packs)
    {
        var hash = 14695981039346656037UL;
        foreach (var pack in packs)
        {
            hash = StepLength(hash, pack.Name.Length);
            foreach (var c in pack.Name)
            {
                hash = Step(Step(hash, (byte)c), (byte)(c >> 8));
            }

            hash = StepLength(hash, pack.Bytes.Length);
            foreach (var b in pack.Bytes)
            {
                hash = Step(hash, b);
            }
        }

        return hash.ToString("x16", CultureInfo.InvariantCulture);

        static ulong Step(ulong hash, byte b) => (hash ^ b) * 1099511628211UL;

        static ulong StepLength(ulong hash, long length)
        {
            for (var i = 0; i < 8; i++)
            {
                hash = Step(hash, (byte)(length >> (8 * i)));
            }

            return hash;
        }
    }

    /// <summary>Brings the embedded packs into <paramref name="bank"/>.</summary>
    public static void Seed(Bank bank, TextWriter warnings) => Seed(bank, Embedded(), warnings);

    /// <summary>
    /// Brings <paramref name="packs"/> into <paramref name="bank"/>; skipped when the bank already saw this
    /// exact set. A broken pack is reported on <paramref name="warnings"/> and skipped (the set is then tried
    /// again on the next start); it never stops the program.
    /// </summary>
    public static IReadOnlyList<ImportResult> Seed(Bank bank, IReadOnlyList<BundledPack> packs, TextWriter warnings)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(packs);
        ArgumentNullException.ThrowIfNull(warnings);
        var setHash = SetHash(packs);
        if (bank.Settings.Get(SettingKey) == setHash)
        {
            return [];
        }

        var results = new List<ImportResult>();
        var allGood = true;
        foreach (var bundled in packs)
        {
            var read = PackReader.ReadBytes(bundled.Bytes, bundled.Name, PackFormat.Yaml);
            if (!read.Ok || read.Pack is null)
            {
                allGood = false;
                warnings.WriteLine($"policyquiz: warning: the bundled pack {TerminalText.Sanitize(bundled.Name)} is broken and was not loaded:");
                foreach (var diagnostic in read.Diagnostics)
                {
                    warnings.WriteLine("  " + TerminalText.Sanitize(diagnostic.ToString()));
                }

                continue;
            }

            try
            {
                results.Add(bank.Packs.ImportBundled(read.Pack));
            }
            catch (SqliteException e)
            {
                allGood = false;
                warnings.WriteLine($"policyquiz: warning: the bundled pack {TerminalText.Sanitize(bundled.Name)} could not be stored: {TerminalText.Sanitize(e.Message)}");
            }
        }

        if (allGood)
        {
            bank.Settings.Set(SettingKey, setHash);
        }

        return results;
    }
}
