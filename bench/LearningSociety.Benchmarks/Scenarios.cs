using System.Runtime.InteropServices;
using LearningSociety.Domain.Identity;
using LearningSociety.Domain.Rollup;
using LearningSociety.Domain.Units;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Rollup;
using LearningSociety.Web.Features.Consolidated;
using LearningSociety.Web.Features.Dashboard;
using LearningSociety.Web.Features.Reports;
using LearningSociety.Web.Features.Shared;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using LearningSociety.Infrastructure.Caching;

namespace LearningSociety.Benchmarks;

/// <summary>
/// Server-side time of what the pages compute, in-process, with a fresh DbContext per run as a
/// request has: the same services the controllers call (scope check, access filter, tree loader,
/// roll-up, view model), minus HTML rendering. Beside each, the bare GROUP BY over the same rows.
/// </summary>
public static class Scenarios
{
    /// <summary>Every run computes, as the first request after a write does.</summary>
    public static FreshCache NoCache { get; } = new(new MemoryCache(new MemoryCacheOptions()), new DataVersion(enabled: false));

    /// <summary>The portal's cache: runs after the first read what it kept (no write in between).</summary>
    private static FreshCache Cached() => new(new MemoryCache(new MemoryCacheOptions { SizeLimit = 100 }), new DataVersion());

    public static async Task RunAsync(string path, int runs, int warmup, bool trace = false)
    {
        var options = NationalDataset.Options(path, trace);
        int periodId;
        (int Id, string Name, string Path, int Office) largest;
        await using (var db = new AppDbContext(options))
        {
            periodId = await db.ReportingPeriods.Where(p => p.Plan!.Symbol == NationalDataset.PlanSymbol).Select(p => p.Id).SingleAsync();
            var province = await db.Units.Where(u => u.Level == UnitLevel.Province && u.ValidTo != null)
                .OrderByDescending(u => db.Units.Count(c => c.Path.StartsWith(u.Path) && c.Level == UnitLevel.Commune))
                .Select(u => new { u.Id, u.Name, u.Path }).FirstAsync();
            var office = await db.Agencies.Where(a => a.UnitId == province.Id && a.Key.EndsWith(":so-gddt")).Select(a => a.Id).SingleAsync();
            largest = (province.Id, province.Name, province.Path, office);
            Console.WriteLine($"Dataset: {await db.Reports.CountAsync():N0} reports, {await db.ReportTargetValues.CountAsync():N0} target values, "
                + $"{await db.ReportTaskEntries.CountAsync():N0} task entries; largest province {province.Name} "
                + $"({await db.Reports.CountAsync(r => r.Unit!.Path.StartsWith(province.Path)):N0} reports)");
        }

        var reviewer = new UserScope("bench-reviewer", "Chuyên viên Sở", largest.Office, largest.Path, new HashSet<string> { Roles.ProvinceReviewer });
        var admin = new UserScope("bench-admin", "Quản trị", null, null, new HashSet<string> { Roles.Admin });
        var clock = new FixedClock();

        async Task Province(bool dashboard, FreshCache cache)
        {
            await using var db = new AppDbContext(options);
            var service = new ConsolidationService(db, new ConsolidationScope(db, clock), new RollupTreeLoader(db), new HistoryTreeLoader(db, new RollupTreeLoader(db)), clock, cache);
            if (dashboard)
            {
                var model = await new DashboardQueries(service, cache).BuildAsync(reviewer, periodId, null, false, default);
                Check(model.Numbers?.Expected > 0);
            }
            else
            {
                var model = ConsolidatedModelBuilder.Build(await service.ComputeAsync(reviewer, periodId, null, false, default));
                Check(model.Children.Count > 0 && model.Targets.Count > 0);
            }
        }

        async Task National(FreshCache cache)
        {
            await using var db = new AppDbContext(options);
            var tree = await cache.GetOrCreateAsync($"national|{periodId}", () => new RollupTreeLoader(db).LoadAsync(periodId, null, db.Reports.Visible(db, admin)));
            var result = tree!.Compute(new RollupOptions { Today = new DateOnly(2024, 12, 20) });
            // What a page prints: every province's row with its targets.
            var cells = result.Children.Sum(c => c.Targets.Count(t => t.Value is not null));
            Check(result.Expected > 10_000 && cells > 0);
        }

        var timings = new List<(Harness.Timing Page, Harness.Timing Sql)>
        {
            (await Harness.MeasureAsync($"Tổng quan tỉnh ({largest.Name})", runs, warmup, () => Province(dashboard: true, NoCache)),
             await Harness.MeasureAsync("  GROUP BY huyện", runs, warmup, () => BareSql.RunAsync(path, periodId, largest.Path, BareSql.ByDistrict))),
            (await Harness.MeasureAsync($"Báo cáo tổng hợp tỉnh ({largest.Name})", runs, warmup, () => Province(dashboard: false, NoCache)),
             await Harness.MeasureAsync("  GROUP BY huyện", runs, warmup, () => BareSql.RunAsync(path, periodId, largest.Path, BareSql.ByDistrict))),
            (await Harness.MeasureAsync("Tổng hợp toàn quốc", Math.Max(5, runs / 2), warmup, () => National(NoCache)),
             await Harness.MeasureAsync("  GROUP BY tỉnh", Math.Max(5, runs / 2), warmup, () => BareSql.RunAsync(path, periodId, "/", BareSql.ByProvince))),
        };

        // The same pages between two writes: the roll-up is read from the cache (the model is still built per request).
        var dashboards = Cached();
        var consolidated = Cached();
        var national = Cached();
        timings.AddRange(
        [
            (await Harness.MeasureAsync("Tổng quan tỉnh, đã lưu đệm", runs, warmup, () => Province(dashboard: true, dashboards)),
             await Harness.MeasureAsync("  GROUP BY huyện", runs, warmup, () => BareSql.RunAsync(path, periodId, largest.Path, BareSql.ByDistrict))),
            (await Harness.MeasureAsync("Báo cáo tổng hợp tỉnh, đã lưu đệm", runs, warmup, () => Province(dashboard: false, consolidated)),
             await Harness.MeasureAsync("  GROUP BY huyện", runs, warmup, () => BareSql.RunAsync(path, periodId, largest.Path, BareSql.ByDistrict))),
            (await Harness.MeasureAsync("Tổng hợp toàn quốc, đã lưu đệm", Math.Max(5, runs / 2), warmup, () => National(national)),
             await Harness.MeasureAsync("  GROUP BY tỉnh", Math.Max(5, runs / 2), warmup, () => BareSql.RunAsync(path, periodId, "/", BareSql.ByProvince))),
        ]);

        SqliteConnection.ClearAllPools();
        Console.WriteLine();
        Console.WriteLine($".NET {Environment.Version}, {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} CPU, {RuntimeInformation.ProcessArchitecture}");
        Console.WriteLine($"Load average at the end: {LoadAverage()}");
        Console.WriteLine($"{"scenario",-48} {"median ms",10} {"min",8} {"max",8} {"CPU ms",8} {"runs",5} {"× SQL",7}");
        foreach (var (page, sql) in timings)
        {
            Console.WriteLine($"{page.Name,-48} {page.Median,10:F1} {page.Min,8:F1} {page.Max,8:F1} {page.CpuMedian,8:F1} {page.Runs,5} {page.Median / sql.Median,7:F1}");
            Console.WriteLine($"{sql.Name,-48} {sql.Median,10:F1} {sql.Min,8:F1} {sql.Max,8:F1} {sql.CpuMedian,8:F1} {sql.Runs,5}");
        }
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static void Check(bool ok)
    {
        if (!ok)
        {
            throw new InvalidOperationException("The scenario computed nothing: is the dataset complete?");
        }
    }
}
