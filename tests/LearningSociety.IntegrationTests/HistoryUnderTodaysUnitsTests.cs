using System.Net;
using System.Text.Json;
using LearningSociety.Domain.Identity;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Reporting;
using LearningSociety.Domain.Units;
using LearningSociety.Infrastructure.Data;
using LearningSociety.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.IntegrationTests;

/// <summary>
/// On 7/12/2026 the Sở GD&amp;ĐT of the new Tây Ninh reads Cần Đước's 2024 period (the demo data) under
/// today's units. Every figure is checked against sums computed here from the report rows. The seeds
/// have no split commune in Cần Đước, so one 2024 report is added for Xã Thái Bình (old Tây Ninh), split
/// between Phường Tân Ninh and Xã Châu Thành: it must be in the province's total and in neither ward's.
/// </summary>
public sealed class HistoryUnderTodaysUnitsTests(HistoryUnderTodaysUnitsTests.Portal portal) : IClassFixture<HistoryUnderTodaysUnitsTests.Portal>
{
    private const string SoTayNinh = "so.gddt.tayninh@hoctap.local";

    public sealed class Portal : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new();

        public int Period { get; private set; }

        public async Task InitializeAsync()
        {
            Factory.CreatePortalClient();
            Factory.Clock.Now = new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(7));
            Period = await Factory.PeriodIdAsync("KH-BCĐ");
            await Factory.WithDbAsync(async db =>
            {
                var agency = await db.Agencies.SingleAsync(a => a.Key == "25597:ubnd");
                var reviewer = await db.Reports.Where(r => r.PeriodId == Period).Select(r => r.ReviewerAgencyId).FirstAsync();
                var report = new Report
                {
                    PeriodId = Period, AgencyId = agency.Id, UnitId = agency.UnitId, ReviewerAgencyId = reviewer,
                    Status = ReportStatus.Submitted, SubmittedAt = new DateTimeOffset(2024, 12, 5, 9, 0, 0, TimeSpan.FromHours(7)),
                };
                var planId = await db.ReportingPeriods.Where(p => p.Id == Period).Select(p => p.PlanId).SingleAsync();
                foreach (var target in await db.Targets.Where(t => t.PlanId == planId).ToListAsync())
                {
                    report.Targets.Add(target.Kind switch
                    {
                        TargetKind.Percentage => new ReportTargetValue { TargetId = target.Id, Numerator = 7, Denominator = 1000 },
                        TargetKind.Count => new ReportTargetValue { TargetId = target.Id, Count = 1000 },
                        TargetKind.Level => new ReportTargetValue { TargetId = target.Id, Level = 1 },
                        _ => new ReportTargetValue { TargetId = target.Id, Reached = true },
                    });
                }

                db.Reports.Add(report);
                return await db.SaveChangesAsync();
            });
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    private Task<int> CurrentUnitAsync(string code) => portal.Factory.WithDbAsync(db =>
        db.Units.Where(u => u.Code == code && u.ValidTo == null).Select(u => u.Id).SingleAsync());

    private Task<List<int>> OldUnitsAsync(params string[] codes) => portal.Factory.WithDbAsync(db =>
        db.Units.Where(u => codes.Contains(u.Code) && u.ValidTo != null && u.Level == UnitLevel.Commune).Select(u => u.Id).ToListAsync());

    private static async Task<JsonElement> ApiAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/consolidated?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    /// <summary>The roll-up's rules, computed from the rows: expected (not excused), received (submitted or approved), on time, and each target's sums.</summary>
    private async Task AssertSumsAsync(JsonElement answer, Func<Report, bool> inArea)
    {
        var (reports, targets) = await portal.Factory.WithDbAsync(async db => (
            await db.Reports.AsNoTracking().Include(r => r.Unit).Include(r => r.Targets).Include(r => r.Agency)
                .Where(r => r.PeriodId == portal.Period).ToListAsync(),
            await db.Targets.AsNoTracking().Where(t => t.PlanId == db.ReportingPeriods.Single(p => p.Id == portal.Period).PlanId).ToListAsync()));
        var area = reports.Where(inArea).Where(r => r.Status != ReportStatus.Excused).ToList();
        var received = area.Where(r => r.Status is ReportStatus.Submitted or ReportStatus.Approved).ToList();
        var onTime = received.Count(r => r.SubmittedAt!.Value.ToOffset(TimeSpan.FromHours(7)).Date <= new DateTime(2024, 12, 10));
        Assert.Equal((area.Count, received.Count, onTime), (answer.Int("expected"), answer.Int("received"), answer.Int("onTime")));

        foreach (var target in targets)
        {
            // A target is answered by the tier the plan names; a report of another tier (or an agency's) is not counted for it.
            bool Answers(Report r) => target.ReportedByAgencies || target.ReportedByLevel is null
                || (r.Unit!.Level == target.ReportedByLevel && r.Agency!.Kind == Domain.Agencies.AgencyKind.PeoplesCommittee);
            var values = received.Where(Answers).SelectMany(r => r.Targets.Where(v => v.TargetId == target.Id)).ToList();
            var figure = answer.GetProperty("targets").EnumerateArray().SingleOrDefault(t => t.GetProperty("code").GetString() == target.Code);
            if (figure.ValueKind == JsonValueKind.Undefined)
            {
                Assert.DoesNotContain(area, Answers);
                continue;
            }

            var (numerator, denominator) = target.Kind switch
            {
                TargetKind.Percentage => (values.Where(v => v.Numerator is not null && v.Denominator is not null).Sum(v => v.Numerator!.Value),
                    values.Where(v => v.Numerator is not null && v.Denominator is not null).Sum(v => v.Denominator!.Value)),
                TargetKind.Count => (values.Sum(v => v.Count ?? 0), 0m),
                TargetKind.UnitsReaching => (values.Count(v => v.Reached == true), area.Count(Answers)),
                TargetKind.YesNo => (values.Count(v => v.Reached == true), values.Count(v => v.Reached is not null)),
                TargetKind.Level => (0m, 0m),
                TargetKind.RatingDistribution => (values.Sum(v => RatingScale.Counts(v.Ratings) is { } c ? target.Scale()!.Reaching(c) : 0),
                    values.Sum(v => RatingScale.Counts(v.Ratings)?.Sum() ?? 0)),
            };
            Assert.Equal((target.Code, numerator, denominator), (target.Code, figure.GetProperty("numerator").GetDecimal(), figure.GetProperty("denominator").GetDecimal()));
        }
    }

    [Fact]
    public async Task The_new_province_and_three_new_communes_show_the_sums_of_the_old_units_they_absorbed()
    {
        var before = await SnapshotAsync();
        var client = await portal.Factory.SignedInAsync(SoTayNinh);
        var province = await CurrentUnitAsync("80");
        var longAn = await portal.Factory.UnitIdAsync(Consolidations.LongAn);

        // The province: every 2024 report of old Long An, and the split commune of old Tây Ninh.
        var whole = await ApiAsync(client, $"periodId={portal.Period}&unitId={province}&approvedOnly=false&view=current");
        Assert.Equal("current", whole.GetProperty("view").GetString());
        await AssertSumsAsync(whole, r => r.Unit!.ValidTo is not null);
        var asFiled = await ApiAsync(client, $"periodId={portal.Period}&unitId={longAn}&approvedOnly=false&view=reported");
        Assert.Equal(asFiled.Int("expected") + 1, whole.Int("expected"));
        var shared = Assert.Single(whole.GetProperty("sharedUnits").EnumerateArray());
        Assert.True(shared.GetProperty("counted").GetBoolean());
        Assert.Equal(["Phường Tân Ninh", "Xã Châu Thành"], shared.GetProperty("successors").EnumerateArray().Select(s => s.GetString()!).Order(StringComparer.Ordinal));

        // A full merge of three communes; the commune that took the district seat (Thị trấn Cần Đước).
        foreach (var (code, old) in new[] { ("28114", new[] { "28111", "28114", "28123" }), ("28108", new[] { "28108", "28141", "28147", "28156" }) })
        {
            var ids = await OldUnitsAsync(old);
            Assert.Equal(old.Length, ids.Count);
            var commune = await ApiAsync(client, $"periodId={portal.Period}&unitId={await CurrentUnitAsync(code)}&approvedOnly=false&view=current");
            await AssertSumsAsync(commune, r => ids.Contains(r.UnitId));
            Assert.InRange(commune.GetProperty("completeness").GetDecimal(), 0m, 100m);
        }

        // A ward that absorbed part of the split commune: not counted there, but said so.
        var ward = await ApiAsync(client, $"periodId={portal.Period}&unitId={await CurrentUnitAsync("25459")}&approvedOnly=false&view=current");
        var tanNinh = await OldUnitsAsync("25456", "25459", "25462", "25465", "25468");
        await AssertSumsAsync(ward, r => tanNinh.Contains(r.UnitId));
        Assert.Equal(0, ward.Int("expected"));
        Assert.False(Assert.Single(ward.GetProperty("sharedUnits").EnumerateArray()).GetProperty("counted").GetBoolean());

        Assert.Equal(before, await SnapshotAsync());
    }

    [Theory]
    [InlineData("current", "Tỉnh Tây Ninh")]
    [InlineData("reported", "Tỉnh Long An")]
    public async Task A_background_export_takes_the_pages_switch_and_reads_as_the_direct_download(string view, string unitName)
    {
        var client = await portal.Factory.SignedInAsync(SoTayNinh);
        // Old Long An asked for: under today's units it is shown as the new Tây Ninh, as filed as itself.
        var unit = await portal.Factory.UnitIdAsync(Consolidations.LongAn);
        var query = $"periodId={portal.Period}&unitId={unit}&approvedOnly=false&view={view}";
        var direct = Downloads.Text(await client.PdfAsync("/Consolidated/Pdf?" + query));
        var id = await client.StartExportAsync("ConsolidatedPdf", portal.Period, unit, view: view);
        var last = (await client.WaitForExportAsync(id))[^1];
        Assert.Equal("done", last.GetProperty("state").GetString());
        var queued = Downloads.Text(await client.GetByteArrayAsync(last.GetProperty("downloadUrl").GetString()));

        Assert.Contains(unitName.ToUpperInvariant(), queued.ToUpperInvariant(), StringComparison.Ordinal);
        Assert.Equal(direct, queued);
    }

    [Fact]
    public async Task The_successors_reviewer_reads_the_pages_and_a_reviewer_of_another_province_does_not()
    {
        var client = await portal.Factory.SignedInAsync(SoTayNinh);
        var province = await CurrentUnitAsync("80");
        var longAn = await portal.Factory.UnitIdAsync(Consolidations.LongAn);

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/Consolidated?periodId={portal.Period}&unitId={province}&approvedOnly=false"));
        Assert.Contains("Theo đơn vị hiện nay", page, StringComparison.Ordinal);
        Assert.Contains("Xã Rạch Kiến", page, StringComparison.Ordinal);
        Assert.Contains("chia cho nhiều đơn vị", page, StringComparison.Ordinal);
        foreach (var url in new[]
        {
            $"/Consolidated?periodId={portal.Period}&unitId={longAn}&approvedOnly=false&view=reported",
            $"/Dashboard?periodId={portal.Period}&approvedOnly=false",
            $"/api/consolidated?periodId={portal.Period}&unitId={longAn}&approvedOnly=false",
        })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        }

        var dashboard = WebUtility.HtmlDecode(await client.GetStringAsync("/Dashboard?approvedOnly=false"));
        Assert.Contains("Sắp xếp đơn vị hành chính 01/07/2025", dashboard, StringComparison.Ordinal);
        Assert.Contains("Không có kỳ báo cáo", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("Mới có số liệu của một năm", dashboard, StringComparison.Ordinal);

        await portal.Factory.CreateUserAsync("so.angiang@hoctap.local", Roles.ProvinceReviewer, "91/2025:so-gddt");
        var other = await portal.Factory.SignedInAsync("so.angiang@hoctap.local");
        Assert.NotEqual(HttpStatusCode.OK, (await other.GetAsync($"/api/consolidated?periodId={portal.Period}&unitId={province}&approvedOnly=false&view=current")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await other.GetAsync($"/api/consolidated?periodId={portal.Period}&unitId={longAn}&approvedOnly=false")).StatusCode);
    }

    [Fact]
    public async Task A_successor_cannot_approve_or_return_a_predecessors_report()
    {
        var client = await portal.Factory.SignedInAsync(SoTayNinh);
        var reportId = await portal.Factory.WithDbAsync(db => db.Reports
            .Where(r => r.PeriodId == portal.Period && r.Status == ReportStatus.Submitted).Select(r => r.Id).FirstAsync());

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Reports/Edit/{reportId}")).StatusCode);
        var page = await client.GetStringAsync($"/Reports/Edit/{reportId}");
        Assert.DoesNotContain("name=\"decision\" value=\"Approve\"", page, StringComparison.Ordinal);
    }

    private Task<string> SnapshotAsync() => portal.Factory.WithDbAsync(async db =>
    {
        var rows = await db.Reports.AsNoTracking().OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.PeriodId, r.AgencyId, r.UnitId, r.ReviewerAgencyId, r.Status, r.SubmittedAt, r.Version, Values = r.Targets.Count }).ToListAsync();
        return JsonSerializer.Serialize(rows);
    });
}
