using System.Diagnostics;
using LearningSociety.Domain.Identity;
using LearningSociety.Domain.Rollup;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Rollup;
using LearningSociety.Web.Features.Reports;
using LearningSociety.Web.Features.Shared;

namespace LearningSociety.Benchmarks;

/// <summary><c>phases</c>: where a national and a province roll-up spend their time (load vs compute), to know what to optimise.</summary>
public static class Phases
{
    public static async Task RunAsync(string path, int runs)
    {
        var options = NationalDataset.Options(path);
        var admin = new UserScope("bench-admin", "Quản trị", null, null, new HashSet<string> { Roles.Admin });
        int periodId;
        int province;
        await using (var db = new AppDbContext(options))
        {
            periodId = db.ReportingPeriods.Where(p => p.Plan!.Symbol == NationalDataset.PlanSymbol).Select(p => p.Id).Single();
            province = db.Units.Where(u => u.Name == "Tỉnh Thanh Hóa" && u.ValidTo != null).Select(u => u.Id).Single();
        }

        for (var i = 0; i < runs * 2; i++)
        {
            await using var db = new AppDbContext(options);
            var clock = Stopwatch.StartNew();
            var tree = await new RollupTreeLoader(db).LoadAsync(periodId, i % 2 == 0 ? null : province, db.Reports.Visible(db, admin));
            var load = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            var result = tree!.Compute(new RollupOptions { Today = new DateOnly(2024, 12, 20) });
            var compute = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            var cells = result.Children.Sum(c => c.Targets.Count(t => t.Value is not null));
            Console.WriteLine($"{(i % 2 == 0 ? "national" : "Thanh Hóa"),-10} load {load,8:F1} ms   compute {compute,8:F1} ms   targets {clock.Elapsed.TotalMilliseconds,6:F1} ms   ({cells} cells)");
        }
    }
}
