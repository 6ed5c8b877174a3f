using System.Diagnostics;
using System.Globalization;
using ImportBench;
using PolicyQuiz.Packs;
using PolicyQuiz.Storage;

// Import benchmark (not a test): generates a pack of N questions (default 100,000), then imports it into a
// fresh bank the way `policyquiz packs import` does: read + validate the file, then store it in one transaction.
// Usage: dotnet run -c Release --project bench/ImportBench -- [--questions N] [--keep FILE.yaml] [--folder DIR]
// Target (issue 2): at most 3 s and 300 MB for 100,000 questions on the 2-core reference machine.
var questions = 100_000;
string? keep = null;
string? folderOption = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--questions":
            questions = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--keep":
            keep = args[++i];
            break;
        case "--folder":
            folderOption = args[++i];
            break;
        default:
            Console.Error.WriteLine($"unknown argument {args[i]}");
            return 2;
    }
}

var folder = folderOption ?? Path.Combine(Path.GetTempPath(), "policyquiz-import-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
Directory.CreateDirectory(folder);
var packPath = keep ?? Path.Combine(folder, "big.yaml");
var dbPath = Path.Combine(folder, "bench.db");
foreach (var file in new[] { dbPath, dbPath + "-wal", dbPath + "-shm" })
{
    File.Delete(file);
}

var generate = Stopwatch.StartNew();
BigPack.Write(packPath, questions);
generate.Stop();
var size = new FileInfo(packPath).Length;
Console.WriteLine($"generated {questions:N0} questions, {size / 1048576.0:F1} MB in {generate.Elapsed.TotalSeconds:F2} s: {packPath}");

// Start the measured part from a clean heap, so the peak reflects the import, not the generator.
GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
using var process = Process.GetCurrentProcess();
var total = Stopwatch.StartNew();

var cpuStart = process.TotalProcessorTime;
var read = Stopwatch.StartNew();
var result = PackReader.ReadFile(packPath);
read.Stop();
process.Refresh();
var cpuRead = process.TotalProcessorTime - cpuStart;
var peakAfterRead = process.PeakWorkingSet64;
if (!result.Ok || result.Pack is null)
{
    foreach (var diagnostic in result.Diagnostics.Take(20))
    {
        Console.Error.WriteLine(diagnostic);
    }

    return 1;
}

var store = Stopwatch.StartNew();
using (var bank = Bank.Open(dbPath, TimeProvider.System))
{
    var import = bank.Packs.Import(result.Pack);
    store.Stop();
    total.Stop();
    Console.WriteLine(import.Message);
    var listed = bank.Packs.List().Single(p => p.Id == "import-bench");
    if (listed.QuestionCount != questions)
    {
        Console.Error.WriteLine($"expected {questions} questions in the bank, found {listed.QuestionCount}");
        return 1;
    }
}

process.Refresh();
var cpuTotal = process.TotalProcessorTime - cpuStart;
Console.WriteLine($"read + validate: {read.Elapsed.TotalSeconds:F2} s wall, {cpuRead.TotalSeconds:F2} s CPU");
Console.WriteLine($"store (open fresh bank + import): {store.Elapsed.TotalSeconds:F2} s wall, {(cpuTotal - cpuRead).TotalSeconds:F2} s CPU");
Console.WriteLine($"total import: {total.Elapsed.TotalSeconds:F2} s wall, {cpuTotal.TotalSeconds:F2} s CPU (target <= 3 s; CPU time is the steadier figure on a shared machine)");
Console.WriteLine($"peak working set (whole process): {process.PeakWorkingSet64 / 1048576.0:F0} MB (target <= 300 MB); after reading, before storing: {peakAfterRead / 1048576.0:F0} MB");
Console.WriteLine($"GC heap now: {GC.GetTotalMemory(false) / 1048576.0:F0} MB; allocated during the run: {GC.GetTotalAllocatedBytes() / 1048576.0:F0} MB; gen2 collections: {GC.CollectionCount(2)}");
Console.WriteLine($"bank file: {new FileInfo(dbPath).Length / 1048576.0:F1} MB ({dbPath})");
return 0;
