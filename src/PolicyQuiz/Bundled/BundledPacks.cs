using System.Security.Cryptography;
using System.Text;
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

    /// <summary>A SHA-256 over the names and contents of a set of bundled packs.</summary>
    public static string SetHash(IReadOnlyList<BundledPack> packs)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[8];
        foreach (var pack in packs)
        {
            var name = Encoding.UTF8.GetBytes(pack.Name);
            BitConverter.TryWriteBytes(length, (long)name.Length);
            hash.AppendData(length);
            hash.AppendData(name);
            BitConverter.TryWriteBytes(length, (long)pack.Bytes.Length);
            hash.AppendData(length);
            hash.AppendData(pack.Bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
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
