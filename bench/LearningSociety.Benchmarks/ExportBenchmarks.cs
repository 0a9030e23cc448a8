using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Identity;
using LearningSociety.Domain.Rollup;
using LearningSociety.Domain.Units;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Exports.Pdf;
using LearningSociety.Infrastructure.Exports.Pdf.Skia;
using LearningSociety.Infrastructure.Rollup;
using LearningSociety.Web.Features.Consolidated;
using LearningSociety.Web.Features.Exports;
using LearningSociety.Web.Features.Reports;
using LearningSociety.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Benchmarks;

/// <summary>
/// <c>exports</c>: the largest province's consolidated Excel and PDF (scope check, roll-up, model and
/// file, as the download does; median of the runs), then the national commune workbook in a child
/// process of its own (<c>export-national</c>), whose peak working set is the memory figure.
/// </summary>
public static class ExportBenchmarks
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task RunAsync(string path, int runs, int warmup, int nationalRuns)
    {
        var options = NationalDataset.Options(path);
        var (periodId, province, office) = await LargestProvinceAsync(options);
        var reviewer = new UserScope("bench-reviewer", "Chuyên viên Sở", office, province.Path, new HashSet<string> { Roles.ProvinceReviewer });
        var clock = new FixedClock();
        var pdf = new SkiaPdfRenderer(new PdfFontOptions());
        long excelBytes = 0, pdfBytes = 0;

        // The portal's own builder: the page's model and the narratives of the counted reports.
        async Task<long> BuildAsync(bool asPdf)
        {
            await using var db = new AppDbContext(options);
            var service = new ConsolidationService(db, new ConsolidationScope(db, clock), new RollupTreeLoader(db), new HistoryTreeLoader(db, new RollupTreeLoader(db)), clock, Scenarios.NoCache);
            var consolidation = await service.ComputeAsync(reviewer, periodId, null, false, default);
            if (consolidation.Result is not { Children.Count: > 0 })
            {
                throw new InvalidOperationException("Nothing computed: is the dataset complete?");
            }

            var file = await new ConsolidatedDocuments(new ConsolidatedNarrativeLoader(db), pdf, clock).BuildAsync(consolidation, asPdf, default);
            return file.Content.LongLength;
        }

        var excel = await Harness.MeasureAsync($"Excel tổng hợp tỉnh ({province.Name})", runs, warmup, async () =>
            excelBytes = await BuildAsync(asPdf: false));
        var document = await Harness.MeasureAsync($"PDF tổng hợp tỉnh ({province.Name})", runs, warmup, async () =>
            pdfBytes = await BuildAsync(asPdf: true));

        var national = new List<(double Ms, long Peak, long Bytes, int Rows)>();
        for (var i = 0; i < nationalRuns; i++)
        {
            national.Add(await ChildAsync(path));
        }

        var times = national.Select(n => n.Ms).Order().ToArray();
        Console.WriteLine();
        Console.WriteLine($".NET {Environment.Version}, {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} CPU; load average at the end: {LoadAverage()}");
        Console.WriteLine($"{"export",-52} {"median ms",10} {"min",8} {"max",8} {"CPU ms",8} {"runs",5} {"size",10}");
        Console.WriteLine($"{excel.Name,-52} {excel.Median,10:F1} {excel.Min,8:F1} {excel.Max,8:F1} {excel.CpuMedian,8:F1} {excel.Runs,5} {excelBytes / 1024,7:N0} kB");
        Console.WriteLine($"{document.Name,-52} {document.Median,10:F1} {document.Min,8:F1} {document.Max,8:F1} {document.CpuMedian,8:F1} {document.Runs,5} {pdfBytes / 1024,7:N0} kB");
        Console.WriteLine($"{"Toàn quốc theo xã (tiến trình riêng, lần chạy đầu)",-52} {times[times.Length / 2],10:F1} {times[0],8:F1} {times[^1],8:F1} {"",8} {times.Length,5} {national[0].Bytes / 1024,7:N0} kB");
        Console.WriteLine($"  rows: {national[0].Rows:N0} communes; peak working set: {national.Max(n => n.Peak) / 1024.0 / 1024.0:F0} MB (max of {national.Count} processes)");
    }

    /// <summary>The child: one national workbook written to a temp file, as the job does; prints "ms peak bytes rows".</summary>
    public static async Task NationalOnceAsync(string path)
    {
        var clock = new FixedClock();
        var admin = new UserScope("bench-admin", "Quản trị", null, null, new HashSet<string> { Roles.Admin });
        var file = Path.Combine(Path.GetTempPath(), $"ls-national-{Environment.ProcessId}.xlsx");
        var rows = 0;
        var watch = Stopwatch.StartNew();
        double load, compute, cpuLoad, cpuCompute;
        using var me = Process.GetCurrentProcess();
        double Cpu()
        {
            me.Refresh();
            return me.TotalProcessorTime.TotalMilliseconds;
        }
        await using (var db = new AppDbContext(NationalDataset.Options(path)))
        {
            var periodId = await db.ReportingPeriods.Where(p => p.Plan!.Symbol == NationalDataset.PlanSymbol).Select(p => p.Id).SingleAsync();
            var tree = await new RollupTreeLoader(db).LoadAsync(periodId, null, db.Reports.Visible(db, admin))
                ?? throw new InvalidOperationException("No national tree.");
            load = watch.Elapsed.TotalMilliseconds;
            cpuLoad = Cpu();
            var root = tree.Compute(new RollupOptions { Today = VietnamTime.Today(clock) });
            compute = watch.Elapsed.TotalMilliseconds - load;
            cpuCompute = Cpu() - cpuLoad;
            await using var stream = new FileStream(file, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16);
            CommuneWorkbook.Write(stream, tree, root, new Dictionary<int, string>(), "Toàn quốc", false, clock.GetUtcNow(), (done, _) => rows = done);
        }

        var ms = watch.Elapsed.TotalMilliseconds;
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var bytes = new FileInfo(file).Length;
        File.Delete(file);
        await Console.Error.WriteLineAsync(string.Create(Inv, $"wall: load {load:F0} ms, roll-up {compute:F0} ms, write {ms - load - compute:F0} ms; CPU: start-up + load {cpuLoad:F0} ms, roll-up {cpuCompute:F0} ms, write {Cpu() - cpuLoad - cpuCompute:F0} ms"));
        Console.WriteLine(string.Create(Inv, $"{ms:F1} {Math.Max(self.PeakWorkingSet64, PeakFromProc())} {bytes} {rows}"));
    }

    private static async Task<(double, long, long, int)> ChildAsync(string path)
    {
        var host = Environment.ProcessPath!;
        var start = Path.GetFileNameWithoutExtension(host) == "dotnet"
            ? new ProcessStartInfo(host) { ArgumentList = { typeof(ExportBenchmarks).Assembly.Location } }
            : new ProcessStartInfo(host);
        start.ArgumentList.Add("export-national");
        start.ArgumentList.Add("--db");
        start.ArgumentList.Add(path);
        start.RedirectStandardOutput = true;
        using var child = Process.Start(start)!;
        var output = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        var last = output.Trim().Split('\n')[^1].Split(' ');
        if (child.ExitCode != 0 || last.Length != 4)
        {
            throw new InvalidOperationException("export-national failed: " + output);
        }

        return (double.Parse(last[0], Inv), long.Parse(last[1], Inv), long.Parse(last[2], Inv), int.Parse(last[3], Inv));
    }

    /// <summary>VmHWM ("high water mark" of the resident set) from /proc, in bytes; 0 elsewhere.</summary>
    private static long PeakFromProc()
    {
        const string status = "/proc/self/status";
        var line = File.Exists(status) ? File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) : null;
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], Inv) * 1024;
    }

    private static async Task<(int PeriodId, (int Id, string Name, string Path) Province, int Office)> LargestProvinceAsync(Microsoft.EntityFrameworkCore.DbContextOptions<AppDbContext> options)
    {
        await using var db = new AppDbContext(options);
        var periodId = await db.ReportingPeriods.Where(p => p.Plan!.Symbol == NationalDataset.PlanSymbol).Select(p => p.Id).SingleAsync();
        var province = await db.Units.Where(u => u.Level == UnitLevel.Province && u.ValidTo != null)
            .OrderByDescending(u => db.Units.Count(c => c.Path.StartsWith(u.Path) && c.Level == UnitLevel.Commune))
            .Select(u => new { u.Id, u.Name, u.Path }).FirstAsync();
        var office = await db.Agencies.Where(a => a.UnitId == province.Id && a.Key.EndsWith(":so-gddt")).Select(a => a.Id).SingleAsync();
        return (periodId, (province.Id, province.Name, province.Path), office);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
