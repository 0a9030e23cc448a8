using Deque.AxeCore.Playwright;
using LearningSociety.BrowserTests.Infrastructure;
using LearningSociety.Domain.Agencies;
using LearningSociety.Domain.Identity;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Reporting;
using LearningSociety.Domain.Units;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LearningSociety.BrowserTests;

/// <summary>
/// A rating target ("xếp loại", issue 15) on a commune officer's phone: one box per level, numeric keypad,
/// text large enough not to zoom; counts are saved and read back; a half-filled rating is refused in
/// Vietnamese with what was typed kept; axe finds nothing serious. The target is added to the Cần Đước plan
/// for this test only and removed afterwards, on a commune report no other browser test uses.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RatingFormPhoneTests(BrowserFixture browser)
{
    private const string Officer = "xep-loai.phone@test.vn";
    private const string Code = "XL-PHONE";
    private static readonly string[] Levels = ["Tốt", "Khá", "Trung bình", "Chưa đạt"];

    [Fact]
    public async Task The_rating_form_on_a_phone_has_a_numeric_box_per_level_saves_the_counts_and_refuses_half_a_rating()
    {
        var (reportId, targetId) = await PrepareAsync();
        try
        {
            await using var session = await browser.NewSessionAsync(360, 740);
            var page = session.Page;
            await session.SignInAsync(Officer);
            await session.GotoAsync($"/Reports/Edit/{reportId}");

            var fieldset = page.Locator("fieldset").Filter(new() { Has = page.Locator($"input[type=hidden][value='{targetId}'][name$='.TargetId']") });
            await Expect(fieldset.Locator("legend")).ToContainTextAsync("Cộng đồng học tập xếp loại");
            await Expect(fieldset).ToContainTextAsync("Chỉ tiêu năm: 80% từ Khá trở lên");
            var boxes = fieldset.Locator("input[name*='.Ratings[']");
            Assert.Equal(Levels.Length, await boxes.CountAsync());
            for (var j = 0; j < Levels.Length; j++)
            {
                var box = fieldset.GetByLabel(Levels[j], new() { Exact = true });
                await Expect(box).ToHaveAttributeAsync("inputmode", "numeric");
                // Below 16 px a phone zooms into the field when it is tapped.
                var size = await box.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");
                Assert.True(size >= 16, $"the box of “{Levels[j]}” is {size} px");
                var rect = await box.BoundingBoxAsync();
                Assert.True(rect is { X: >= 0 } r && r.X + r.Width <= 360, $"the box of “{Levels[j]}” leaves the screen");
            }

            Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 360, "the form scrolls sideways");

            // Counts filled and saved, then read back from the server.
            int[] counts = [12, 30, 7, 0];
            for (var j = 0; j < Levels.Length; j++)
            {
                await fieldset.GetByLabel(Levels[j], new() { Exact = true }).FillAsync(counts[j].ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            await page.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" }).ClickAsync();
            await Expect(page.GetByText("Đã lưu nháp.")).ToBeVisibleAsync();
            for (var j = 0; j < Levels.Length; j++)
            {
                await Expect(fieldset.GetByLabel(Levels[j], new() { Exact = true })).ToHaveValueAsync(counts[j].ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            Assert.Equal("12;30;7;0", await SavedRatingsAsync(reportId, targetId));
            await fieldset.ScrollIntoViewIfNeededAsync();
            await session.ScreenshotAsync("15-rating-form-phone", fullPage: false);
            session.AssertNoBrowserProblems();

            // Half a rating: refused beside the target, in Vietnamese, with every typed count kept.
            await fieldset.GetByLabel("Khá", new() { Exact = true }).FillAsync("");
            await fieldset.GetByLabel("Tốt", new() { Exact = true }).FillAsync("15");
            await page.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" }).ClickAsync();
            await Expect(fieldset.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nhập số đơn vị cho mọi mức xếp loại");
            await Expect(page.GetByText("Báo cáo chưa được lưu")).ToBeVisibleAsync();
            await Expect(fieldset.GetByLabel("Tốt", new() { Exact = true })).ToHaveValueAsync("15");
            await Expect(fieldset.GetByLabel("Khá", new() { Exact = true })).ToHaveValueAsync("");
            await Expect(fieldset.GetByLabel("Trung bình", new() { Exact = true })).ToHaveValueAsync("7");
            await Expect(fieldset.GetByLabel("Chưa đạt", new() { Exact = true })).ToHaveValueAsync("0");
            Assert.Equal("12;30;7;0", await SavedRatingsAsync(reportId, targetId));
            await fieldset.ScrollIntoViewIfNeededAsync();
            await session.ScreenshotAsync("15-rating-form-phone-refused", fullPage: false);

            var blocking = (await page.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical")
                .Select(v => v.Id + ": " + string.Join(" | ", v.Nodes.Select(n => n.Html + " " + string.Join(",", n.Any.Select(c => c.Message))))).ToList();
            Assert.True(blocking.Count == 0, string.Join("\n", blocking));
            // The refusal itself is the only thing the browser reports (its 422, which Chromium logs as an error).
            Assert.All(session.Problems, p => Assert.Contains("422", p, StringComparison.Ordinal));
        }
        finally
        {
            await RemoveAsync(targetId);
        }
    }

    private async Task<string?> SavedRatingsAsync(int reportId, int targetId)
    {
        using var scope = browser.Portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.ReportTargetValues.Where(v => v.ReportId == reportId && v.TargetId == targetId).Select(v => v.Ratings).SingleOrDefaultAsync();
    }

    /// <summary>
    /// A rating target on the Cần Đước plan reported by communes, and an officer of a Cần Đước commune (not Long Hựu
    /// Đông, which the other form tests use) whose report of that plan is still a draft.
    /// </summary>
    private async Task<(int ReportId, int TargetId)> PrepareAsync()
    {
        using var scope = browser.Portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var report = await db.Reports
            .Where(r => r.Status == ReportStatus.Draft && r.Agency!.Kind == AgencyKind.PeoplesCommittee && r.Agency.Key != "28144:ubnd"
                && r.Period!.Plan!.Symbol == "KH-BCĐ" && r.Agency.Unit!.Level == UnitLevel.Commune)
            .OrderBy(r => r.Id).Select(r => new { r.Id, r.AgencyId, r.Agency!.UnitId, r.Period!.PlanId, r.Period.Year }).FirstAsync();

        var stale = await db.Targets.Where(t => t.PlanId == report.PlanId && t.Code == Code).Select(t => t.Id).ToListAsync();
        foreach (var id in stale)
        {
            await RemoveAsync(id); // left by a run that was stopped
        }

        var target = new Target
        {
            PlanId = report.PlanId, Code = Code, Name = "Cộng đồng học tập xếp loại", Kind = TargetKind.RatingDistribution,
            UnitOfMeasure = "cộng đồng học tập", ReportedByLevel = UnitLevel.Commune, RatingLevels = new RatingScale(Levels, 2).Store(),
            SortOrder = 1_000,
        };
        target.Values.Add(new TargetValue { Year = report.Year, Value = 80 });
        db.Targets.Add(target);
        await db.SaveChangesAsync();

        if (await users.FindByEmailAsync(Officer) is null)
        {
            var user = new AppUser { UserName = Officer, Email = Officer, EmailConfirmed = true, FullName = Officer, AgencyId = report.AgencyId, UnitId = report.UnitId };
            Assert.True((await users.CreateAsync(user, PortalServer.DemoPassword)).Succeeded);
            await users.AddToRoleAsync(user, Roles.CommuneOfficer);
        }

        return (report.Id, target.Id);
    }

    /// <summary>The plan as it was: the target and every figure reported for it go.</summary>
    private async Task RemoveAsync(int targetId)
    {
        using var scope = browser.Portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.ReportTargetValues.Where(v => v.TargetId == targetId).ExecuteDeleteAsync();
        db.Targets.Remove(await db.Targets.Include(t => t.Values).SingleAsync(t => t.Id == targetId));
        await db.SaveChangesAsync();
    }
}
