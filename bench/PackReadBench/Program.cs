using System.Diagnostics;
using PolicyQuiz.Bench;
using PolicyQuiz.Packs;

// Benchmark of pack reading (not a test). With no arguments: writes a 100,000-question pack as YAML and
// JSON to a temp folder, then reads each in a fresh process of this program and prints the figures.
//   dotnet run -c Release --project bench/PackReadBench [-- QUESTIONS]
//   dotnet run -c Release --project bench/PackReadBench -- read FILE     (one file, this process)
if (args is ["read", var file])
{
    return Read(file);
}

var count = args is [var n] ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 100_000;
var folder = Path.Combine(Path.GetTempPath(), "policyquiz-pack-bench");
Directory.CreateDirectory(folder);
var pack = BigPack.Create(count);
foreach (var extension in new[] { ".yaml", ".json" })
{
    var path = Path.Combine(folder, "bench" + extension);
    var watch = Stopwatch.StartNew();
    PackWriter.WriteFile(pack, path);
    Console.WriteLine($"wrote {path}: {count:N0} questions, {new FileInfo(path).Length / 1e6:0.0} MB in {watch.ElapsedMilliseconds} ms");
}

var status = 0;
foreach (var extension in new[] { ".yaml", ".json" })
{
    var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = false };
    var self = Environment.GetCommandLineArgs()[0];
    if (self.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
    {
        start.ArgumentList.Add(self);
    }

    start.ArgumentList.Add("read");
    start.ArgumentList.Add(Path.Combine(folder, "bench" + extension));
    using var child = Process.Start(start)!;
    child.WaitForExit();
    status |= child.ExitCode;
}

return status;

static int Read(string file)
{
    var cpuBefore = CpuTime();
    var watch = Stopwatch.StartNew();
    var result = PackReader.ReadFile(file);
    var cold = watch.Elapsed;
    var coldCpu = CpuTime() - cpuBefore;
    var peakAfterFirst = PeakWorkingSetMb();
    if (!result.Ok)
    {
        Console.WriteLine($"{file}: NOT OK: {result.Diagnostics.Count} problems, first: {result.Diagnostics[0]}");
        return 1;
    }

    var allocated = GC.GetTotalAllocatedBytes();
    cpuBefore = CpuTime();
    watch.Restart();
    var again = PackReader.ReadFile(file);
    var warm = watch.Elapsed;
    var warmCpu = CpuTime() - cpuBefore;
    GC.KeepAlive(again);
    Console.WriteLine(
        $"read {Path.GetFileName(file)}: {result.Pack!.Questions.Count:N0} questions; first read (new process, incl. JIT) {cold.TotalMilliseconds:0} ms " +
        $"(CPU {coldCpu.TotalMilliseconds:0} ms), peak working set {peakAfterFirst:0} MB, allocated {allocated / 1e6:0} MB; " +
        $"second read {warm.TotalMilliseconds:0} ms (CPU {warmCpu.TotalMilliseconds:0} ms)");
    return 0;
}

static TimeSpan CpuTime()
{
    using var process = Process.GetCurrentProcess();
    return process.TotalProcessorTime;
}

static double PeakWorkingSetMb()
{
    using var process = Process.GetCurrentProcess();
    process.Refresh();
    return process.PeakWorkingSet64 / 1e6;
}
