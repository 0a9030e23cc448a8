using LearningSociety.Infrastructure.Seeding;
using LearningSociety.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.IntegrationTests;

/// <summary>The Tây Ninh demo joins a demo database that predates it, and a restart adds nothing twice.</summary>
public sealed class DemoTodayTests
{
    [Fact]
    public async Task The_Tay_Ninh_demo_is_added_to_an_existing_demo_database_once()
    {
        // A demo database of before this change: seeds without seeds/demo, so only the 2024 history.
        var folder = Directory.CreateTempSubdirectory("hoctap-demo-").FullName;
        var oldSeeds = Path.Combine(folder, "seeds-old");
        CopyWithout(Path.Combine(AppContext.BaseDirectory, "seeds"), oldSeeds, "demo");
        await using (var before = new PortalFactory(folder))
        {
            before.Settings["Seeds:Path"] = oldSeeds;
            before.CreatePortalClient();
            Assert.Equal(0, await before.WithDbAsync(db => db.Plans.CountAsync(p => p.SourceFile == DemoReports.SamplePlanFile)));
            Assert.Equal(2, await before.WithDbAsync(db => db.ReportingPeriods.CountAsync()));
        }

        for (var start = 0; start < 2; start++)
        {
            await using var after = new PortalFactory(folder);
            after.CreatePortalClient();
            var figures = await after.WithDbAsync(async db => new
            {
                Plans = await db.Plans.CountAsync(p => p.SourceFile == DemoReports.SamplePlanFile),
                Periods = await db.ReportingPeriods.CountAsync(p => p.Plan!.SourceFile == DemoReports.SamplePlanFile),
                Reports = await db.Reports.CountAsync(r => r.Period!.Plan!.SourceFile == DemoReports.SamplePlanFile),
                History = await db.ReportingPeriods.CountAsync(p => p.Year == 2024),
                Accounts = await db.Users.CountAsync(u => u.IsDemo),
            });
            Assert.Equal(1, figures.Plans);
            Assert.Equal(1, figures.Periods);
            Assert.Equal(96, figures.Reports);
            Assert.Equal(2, figures.History);
            Assert.Equal(DemoUsers.Accounts.Count, figures.Accounts);
        }
    }

    private static void CopyWithout(string from, string to, string skip)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith(skip + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
            File.Copy(file, Path.Combine(to, relative));
        }
    }
}
