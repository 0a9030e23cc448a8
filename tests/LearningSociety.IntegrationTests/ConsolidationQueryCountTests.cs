using System.Globalization;
using LearningSociety.Domain.Agencies;
using LearningSociety.Domain.Reporting;
using LearningSociety.Domain.Units;
using LearningSociety.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace LearningSociety.IntegrationTests;

/// <summary>
/// A consolidation issues a fixed number of SQL commands however many units and reports it covers:
/// the count for a page is the same before and after sixty more communes report, and the same for
/// a district and for its province.
/// </summary>
public sealed class ConsolidationQueryCountTests(ITestOutputHelper output) : IAsyncLifetime
{
    // The export worker polls its queue on the same database: its commands are not the page's. What a page
    // computes is counted, so nothing is kept between requests (a kept page reads none of these).
    private readonly PortalFactory _factory = new() { Settings = { ["Exports:Jobs:RunWorker"] = "false", ["UnitImport:RunWorker"] = "false", ["Import:RunOcrWorker"] = "false", ["Caching:Enabled"] = "false" } };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task The_number_of_queries_per_page_does_not_grow_with_the_number_of_units()
    {
        _factory.CreatePortalClient();
        var province = await _factory.SignedInAsync("so.gddt@hoctap.local");
        var period = await _factory.PeriodIdAsync("KH-BCĐ");
        var longAn = await _factory.UnitIdAsync(Consolidations.LongAn);
        var canDuoc = await _factory.UnitIdAsync(Consolidations.CanDuoc);
        string[] pages =
        [
            Consolidations.Url("/Consolidated", period, canDuoc),
            Consolidations.Url("/Consolidated", period, longAn),
            Consolidations.Url("/api/consolidated", period, canDuoc),
            Consolidations.Url("/api/consolidated", period, longAn),
            Consolidations.Url("/Dashboard", period, longAn),
        ];
        using var counter = new SqlCommandCounter(_factory.DatabasePath);
        foreach (var page in pages)
        {
            await province.GetStringAsync(page); // warm-up: first-request work (e.g. key ring) is not the page's
        }

        var before = new Dictionary<string, int>();
        foreach (var page in pages)
        {
            before[page] = await counter.CountAsync(() => province.GetStringAsync(page));
        }

        var reportsBefore = (await province.ApiAsync(period, longAn)).Int("expected");
        await AddCommunesWithReportsAsync(period, canDuoc, 60);
        Assert.Equal(reportsBefore + 60, (await province.ApiAsync(period, longAn)).Int("expected"));

        foreach (var page in pages)
        {
            var after = await counter.CountAsync(() => province.GetStringAsync(page));
            output.WriteLine($"{page}: {before[page]} queries before, {after} after adding 60 communes");
            Assert.Equal(before[page], after);
            Assert.InRange(after, 1, 25);
        }

        // A district and its whole province cost the same.
        Assert.Equal(before[pages[0]], before[pages[1]]);
        Assert.Equal(before[pages[2]], before[pages[3]]);
    }

    /// <summary>Synthetic communes of Cần Đước, each with an approved report carrying both targets.</summary>
    private async Task AddCommunesWithReportsAsync(int periodId, int districtId, int count) =>
        await _factory.WithDbAsync(async db =>
        {
            var district = await db.Units.SingleAsync(u => u.Id == districtId);
            var reviewer = await db.Agencies.SingleAsync(a => a.Key == "806:phong-gddt");
            var targets = await db.ReportingPeriods.Where(p => p.Id == periodId).SelectMany(p => p.Plan!.Targets).ToListAsync();
            var units = Enumerable.Range(1, count).Select(i => new AdministrativeUnit
            {
                Code = "T" + i.ToString("000", CultureInfo.InvariantCulture), Name = $"Xã Thử Nghiệm {i}", UnitType = "Xã",
                Level = UnitLevel.Commune, ParentId = district.Id, ValidTo = new DateOnly(2025, 6, 30),
            }).ToList();
            db.Units.AddRange(units);
            await db.SaveChangesAsync();
            foreach (var unit in units)
            {
                unit.Path = UnitPath.Child(district.Path, unit.Id);
                var agency = new Agency { Key = unit.Code + ":ubnd", Name = "Ủy ban nhân dân " + unit.Name, Kind = AgencyKind.PeoplesCommittee, UnitId = unit.Id };
                var report = new Report
                {
                    PeriodId = periodId, Agency = agency, UnitId = unit.Id, ReviewerAgencyId = reviewer.Id, Status = ReportStatus.Approved,
                    SubmittedAt = new DateTimeOffset(2024, 12, 1, 8, 0, 0, TimeSpan.FromHours(7)),
                };
                foreach (var target in targets)
                {
                    report.Targets.Add(new ReportTargetValue { TargetId = target.Id, Reached = true, Numerator = 5, Denominator = 10 });
                }

                db.Reports.Add(report);
            }

            await db.SaveChangesAsync();
            return 0;
        });
}
