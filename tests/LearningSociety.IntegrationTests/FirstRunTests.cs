using LearningSociety.Domain.Plans;
using LearningSociety.Infrastructure.Data;
using LearningSociety.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.IntegrationTests;

public sealed class FirstRunTests
{
    [Fact]
    public async Task A_fresh_database_holds_every_seed_plan_with_the_counts_of_its_file()
    {
        await using var factory = new PortalFactory();
        factory.CreatePortalClient();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var expected = SeedCounts.All();
        Assert.Equal(5, expected.Count);
        // Besides the five seed plans, the demo (on in tests) adds its one sample plan of the new Tây Ninh.
        Assert.Equal(5, await db.Plans.CountAsync(p => p.SourceFile == null || !p.SourceFile.StartsWith(LearningSociety.Domain.Plans.Plan.SampleSourcePrefix)));
        Assert.Equal(1, await db.Plans.CountAsync(p => p.SourceFile == LearningSociety.Infrastructure.Seeding.DemoReports.SamplePlanFile));
        foreach (var seed in expected)
        {
            var plan = await db.Plans.SingleAsync(p => p.SourceFile == seed.Source);
            Assert.Equal(seed.Nodes, await db.PlanItems.CountAsync(i => i.PlanId == plan.Id));
            Assert.Equal(seed.Tasks, await db.PlanItems.CountAsync(i => i.PlanId == plan.Id && i.IsTask));
            Assert.Equal(seed.Assignments, await db.TaskAssignments.CountAsync(a => db.PlanItems.Any(i => i.Id == a.PlanItemId && i.PlanId == plan.Id)));
            Assert.Equal(seed.Deadlines, await db.PlanItems.CountAsync(i => i.PlanId == plan.Id && i.Deadline != null));
            Assert.Equal(seed.Targets, await db.Targets.CountAsync(t => t.PlanId == plan.Id));
            Assert.Equal(seed.ReportingRules, await db.ReportingRules.CountAsync(r => r.PlanId == plan.Id));
            Assert.Equal(seed.LegalReferences, await db.LegalReferences.CountAsync(r => r.PlanId == plan.Id));
        }
    }

    [Fact]
    public async Task The_seed_plans_carry_their_real_header_deadlines_and_targets()
    {
        await using var factory = new PortalFactory();
        factory.CreatePortalClient();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;

        var longAn = await db.Plans.Include(p => p.Issuer).SingleAsync(p => p.Number == "129" && p.Symbol == "KH-UBND");
        Assert.Equal(new DateOnly(2020, 6, 2), longAn.IssuedOn);
        Assert.Equal("Ủy ban nhân dân tỉnh Long An", longAn.Issuer!.Name);
        Assert.Contains(await db.LegalReferences.Where(r => r.PlanId == longAn.Id).Select(r => r.Reference).ToListAsync(), r => r == "489/QĐ-TTg");

        // "hoàn thành trong quý II năm 2020" is stored as a rule, not as text.
        var quarter = await db.PlanItems.Where(i => i.PlanId == longAn.Id && i.Deadline != null && i.Deadline.Kind == Domain.Deadlines.DeadlineKind.Quarter)
            .Select(i => i.Deadline!).ToListAsync();
        Assert.Contains(quarter, d => d.Year == 2020 && d.Quarter == 2);

        var thapMuoi = await db.Plans.SingleAsync(p => p.Number == "770");
        var targets = await db.Targets.Include(t => t.Values).Where(t => t.PlanId == thapMuoi.Id).ToListAsync();
        Assert.Contains(targets, t => t.Kind == TargetKind.UnitsReaching && t.Name.Contains("xóa mù chữ", StringComparison.Ordinal) && t.Values.Any(v => v.Year == 2024 && v.Value == 100));
        Assert.Contains(targets, t => t.Kind == TargetKind.Percentage && t.Values.Any(v => v.Value == 40));
        var fixedDeadline = await db.ReportingRules.Where(r => r.PlanId == thapMuoi.Id && r.Deadline != null && r.Deadline.Kind == Domain.Deadlines.DeadlineKind.FixedDate)
            .Select(r => r.Deadline!.Date).ToListAsync();
        Assert.Contains(new DateOnly(2024, 11, 20), fixedDeadline);

        var canDuoc = await db.Plans.Include(p => p.Phases).SingleAsync(p => p.Symbol == "KH-BCĐ");
        Assert.Null(canDuoc.Number);
        Assert.Equal(2, canDuoc.Phases.Count);
        var annual = await db.ReportingRules.Where(r => r.PlanId == canDuoc.Id && r.Deadline != null && r.Deadline.Kind == Domain.Deadlines.DeadlineKind.Annual)
            .Select(r => new { r.Deadline!.Day, r.Deadline.Month }).ToListAsync();
        Assert.Contains(annual, d => d.Day == 10 && d.Month == 12);
    }

    [Fact]
    public async Task A_second_start_on_the_same_database_changes_nothing()
    {
        var folder = Directory.CreateTempSubdirectory("hoctap-restart-").FullName;
        int[] first;
        await using (var factory = new PortalFactory(folder))
        {
            factory.CreatePortalClient();
            first = await CountsAsync(factory);
        }

        await using (var again = new PortalFactory(folder))
        {
            again.CreatePortalClient();
            Assert.Equal(first, await CountsAsync(again));
        }

        Assert.True(first.All(c => c > 0));
    }

    private static async Task<int[]> CountsAsync(PortalFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return
        [
            await db.Units.CountAsync(), await db.UnitSuccessions.CountAsync(), await db.Agencies.CountAsync(),
            await db.Plans.CountAsync(), await db.PlanItems.CountAsync(), await db.TaskAssignments.CountAsync(),
            await db.Targets.CountAsync(), await db.ReportingRules.CountAsync(), await db.Users.CountAsync(),
        ];
    }
}
