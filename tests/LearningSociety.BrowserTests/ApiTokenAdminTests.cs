using Deque.AxeCore.Playwright;
using LearningSociety.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LearningSociety.BrowserTests;

/// <summary>
/// On a phone, an administrator issues an API token (shown once), a program uses it, the administrator
/// revokes it and the next call is refused; the API reference page renders the OpenAPI document.
/// A portal of its own, because the token and its audit lines would show up in other pages' lists.
/// </summary>
public sealed class ApiTokenAdminTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const int PhoneWidth = 360;

    [Fact]
    public async Task A_token_is_issued_shown_once_used_and_revoked_on_a_phone_and_axe_finds_nothing_serious()
    {
        await using var session = await browser.NewSessionAsAsync(PortalPages.Admin, PhoneWidth, 740);
        var page = session.Page;
        page.Dialog += (_, dialog) => dialog.AcceptAsync();

        await session.GotoAsync("/Admin/ApiTokens");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mã truy cập API");
        await page.GetByLabel("Tên hệ thống").FillAsync("Hệ thống thống kê tỉnh Long An");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cấp mã" }).ClickAsync();
        await Expect(page.Locator("#UnitId-error")).ToContainTextAsync("Chọn");
        await Expect(page.Locator("#ReadFigures-error")).ToContainTextAsync("Chọn ít nhất một quyền đọc");
        await Expect(page.GetByLabel("Tên hệ thống")).ToHaveValueAsync("Hệ thống thống kê tỉnh Long An");
        await AssertFitsAndAccessibleAsync(page, "the token form with its mistakes");

        await page.GetByLabel("Đơn vị được xem").SelectOptionAsync(new SelectOptionValue { Label = "Tỉnh Long An" });
        await page.GetByLabel("Đọc số liệu tổng hợp").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Cấp mã" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Đã cấp mã truy cập");
        var token = await page.GetByLabel("Mã truy cập", new() { Exact = true }).InputValueAsync();
        Assert.StartsWith("lsp_", token, StringComparison.Ordinal);
        await AssertFitsAndAccessibleAsync(page, "the new token");
        await session.ScreenshotAsync("40-phone-api-token-created", fullPage: false);

        var headers = new Dictionary<string, string>(StringComparer.Ordinal) { ["Authorization"] = "Bearer " + token };
        var used = await page.APIRequest.GetAsync("/api/v1/units?pageSize=1", new() { Headers = headers });
        Assert.Equal(200, used.Status);

        await page.GetByRole(AriaRole.Link, new() { Name = "Tôi đã chép mã · Quay lại danh sách" }).ClickAsync();
        var row = page.Locator("#api-tokens tbody tr", new() { HasText = "Hệ thống thống kê tỉnh Long An" });
        await Expect(row).ToContainTextAsync("Đang dùng");
        await Expect(row).ToContainTextAsync(token[..12]);
        Assert.DoesNotContain(token, await page.ContentAsync(), StringComparison.Ordinal);
        await AssertFitsAndAccessibleAsync(page, "the token list");

        await row.GetByRole(AriaRole.Button, new() { Name = "Thu hồi mã của Hệ thống thống kê tỉnh Long An" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Đã thu hồi mã truy cập");
        await Expect(page.Locator("#api-tokens tbody tr", new() { HasText = "Hệ thống thống kê tỉnh Long An" })).ToContainTextAsync("Đã thu hồi");
        var refused = await page.APIRequest.GetAsync("/api/v1/units?pageSize=1", new() { Headers = headers });
        Assert.Equal(401, refused.Status);

        await session.GotoAsync("/ApiReference");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Các địa chỉ" })).ToBeVisibleAsync();
        await Expect(page.Locator("#api-reference code", new() { HasText = "/api/v1/periods/{periodId}/figures" })).ToBeVisibleAsync();
        await AssertFitsAndAccessibleAsync(page, "the API reference");
        session.AssertNoBrowserProblems();
    }

    private static async Task AssertFitsAndAccessibleAsync(IPage page, string what)
    {
        var width = await page.ScrollWidthAsync();
        Assert.True(width <= PhoneWidth + 1, $"{what} scrolls sideways on a {PhoneWidth}px phone: {width}px");
        var axe = await page.RunAxe();
        var blocking = axe.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"[{v.Impact}] {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target))}").ToList();
        Assert.True(blocking.Count == 0, $"axe on {what}:\n" + string.Join("\n", blocking));
    }
}
