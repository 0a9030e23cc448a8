using System.Net;
using LearningSociety.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.IntegrationTests;

/// <summary>
/// Page models kept until the next write (FreshCache): "Báo cáo tổng hợp" (the rows built from the roll-up), the plan
/// list (per access and filter) and the notice of an ended body on every page. Each is read twice (the second read is
/// the kept one), then after a write the next read shows it.
/// </summary>
public sealed class PageModelCacheFreshnessTests : IAsyncLifetime
{
    private readonly PortalFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task The_consolidated_page_shows_a_submission_made_after_it_was_kept()
    {
        _factory.CreatePortalClient();
        var (reportId, commune) = await _factory.FreshCommuneAsync("xa.giutrang@test.vn");
        var district = await _factory.SignedInAsync("phong.gddt.canduoc@hoctap.local");
        var page = Consolidations.Url("/Consolidated", await _factory.PeriodIdAsync("KH-BCĐ"), await _factory.UnitIdAsync(Consolidations.CanDuoc));
        Assert.DoesNotContain("300/1.000 (30,0%)", await district.GetStringAsync(page), StringComparison.Ordinal);
        Assert.DoesNotContain("300/1.000 (30,0%)", await district.GetStringAsync(page), StringComparison.Ordinal);

        var form = await ReportForm.ReadAsync(commune, reportId);
        form[ReportForm.FirstNarrative(form)] = "Kết quả năm 2024 của xã.";
        var t2 = await _factory.TargetFieldAsync(form, "KH-BCĐ", "T2");
        form[t2 + ".Numerator"] = "300";
        form[t2 + ".Denominator"] = "1000";
        Assert.Equal(HttpStatusCode.Redirect, (await ReportForm.PostAsync(commune, reportId, form, "submit")).StatusCode);

        Assert.Contains("300/1.000 (30,0%)", await district.GetStringAsync(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_plan_list_shows_a_changed_plan_after_it_was_kept()
    {
        _factory.CreatePortalClient();
        var officer = await _factory.SignedInAsync("xa.longhuudong@hoctap.local");
        const string search = "/Plans?Q=giu+trang+thu";
        foreach (var url in new[] { "/Plans", search, "/Plans", search })
        {
            Assert.DoesNotContain("Giữ trang thử", await officer.GetStringAsync(url), StringComparison.Ordinal);
        }

        await _factory.WithDbAsync(async db =>
        {
            var plan = await db.Plans.SingleAsync(p => p.Symbol == "KH-BCĐ");
            plan.Title += " (Giữ trang thử)";
            plan.SearchText += " giu trang thu";
            return await db.SaveChangesAsync();
        });

        Assert.Contains("Giữ trang thử", await officer.GetStringAsync("/Plans"), StringComparison.Ordinal);
        Assert.Contains("Giữ trang thử", await officer.GetStringAsync(search), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_ended_body_notice_shows_on_the_next_page_after_the_body_ends()
    {
        _factory.CreatePortalClient();
        var district = await _factory.SignedInAsync("phong.gddt.canduoc@hoctap.local");
        Assert.DoesNotContain("đã kết thúc hoạt động", await district.GetStringAsync("/Reports"), StringComparison.Ordinal);
        Assert.DoesNotContain("đã kết thúc hoạt động", await district.GetStringAsync("/Reports"), StringComparison.Ordinal);

        await _factory.WithDbAsync(async db =>
        {
            var agency = await db.Agencies.SingleAsync(a => a.Key == "806:phong-gddt");
            agency.ValidTo = new DateOnly(2024, 12, 1); // the test clock is 5/12/2024
            return await db.SaveChangesAsync();
        });

        Assert.Contains("đã kết thúc hoạt động", await district.GetStringAsync("/Reports"), StringComparison.Ordinal);
    }
}
