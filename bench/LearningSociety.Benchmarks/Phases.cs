using System.Diagnostics;
using LearningSociety.Domain.Identity;
using LearningSociety.Domain.Rollup;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Rollup;
using LearningSociety.Web.Features.Reports;
using LearningSociety.Web.Features.Shared;

namespace LearningSociety.Benchmarks;

/// <summary><c>phases</c>: where a national roll-up spends its time (load vs compute), to know what to optimise.</summary>
public static class Phases
{
    public static async Task RunAsync(string path, int runs)
    {
        var options = NationalDataset.Options(path);
        var admin = new UserScope("bench-admin", "Quản trị", null, null, new HashSet<string> { Roles.Admin });
        int periodId;
        await using (var db = new AppDbContext(options))
        {
            periodId = db.ReportingPeriods.Where(p => p.Plan!.Symbol == NationalDataset.PlanSymbol).Select(p => p.Id).Single();
        }

        for (var i = 0; i < runs; i++)
        {
            await using var db = new AppDbContext(options);
            var clock = Stopwatch.StartNew();
            var tree = await new RollupTreeLoader(db).LoadAsync(periodId, null, db.Reports.Visible(db, admin));
            var load = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            var result = tree!.Compute(new RollupOptions { Today = new DateOnly(2024, 12, 20) });
            var compute = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            var cells = result.Children.Sum(c => c.Targets.Count(t => t.Value is not null));
            Console.WriteLine($"load {load,8:F1} ms   compute {compute,8:F1} ms   targets {clock.Elapsed.TotalMilliseconds,6:F1} ms   ({cells} cells)");
        }
    }
}
