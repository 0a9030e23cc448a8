using Deque.AxeCore.Playwright;
using LearningSociety.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LearningSociety.BrowserTests;

/// <summary>
/// An administrator creates an agency group on a phone: mistakes are shown beside their fields with
/// everything typed kept, then the group is saved and shows the members its rule gives today.
/// A portal of its own, because the new group would show up in the other pages' lists.
/// </summary>
public sealed class AgencyGroupEditingTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const int PhoneWidth = 360;

    [Fact]
    public async Task A_group_is_created_on_a_phone_after_its_mistakes_are_shown_and_axe_finds_nothing_serious()
    {
        await using var session = await browser.NewSessionAsAsync(PortalPages.Admin, PhoneWidth, 740);
        var page = session.Page;

        await session.GotoAsync("/Admin/Agencies");
        await page.GetByRole(AriaRole.Link, new() { Name = "Thêm nhóm cơ quan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Thêm nhóm cơ quan");
        await page.GetByLabel("Tên nhóm").FillAsync("Ủy ban nhân dân các xã, thị trấn tỉnh Long An (thử)");
        await page.GetByLabel("Tên viết tắt").FillAsync("UBND các xã, thị trấn Long An (thử)");
        await page.GetByLabel("Thuộc đơn vị").SelectOptionAsync(new SelectOptionValue { Label = "Tỉnh Long An (đến 30/06/2025)" });
        await page.GetByLabel("Hoạt động từ ngày").FillAsync("31/12/2024");
        await page.GetByLabel("Đến hết ngày").FillAsync("01/01/2024");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();

        await Expect(page.Locator("#ValidTo-error")).ToContainTextAsync("Ngày kết thúc không được trước ngày bắt đầu hoạt động.");
        await Expect(page.GetByLabel("Tên viết tắt")).ToHaveValueAsync("UBND các xã, thị trấn Long An (thử)");
        await Expect(page.GetByLabel("Hoạt động từ ngày")).ToHaveValueAsync("31/12/2024");
        var width = await page.ScrollWidthAsync();
        Assert.True(width <= PhoneWidth + 1, $"the group form scrolls sideways on a {PhoneWidth}px phone: {width}px");
        var axe = await page.RunAxe();
        var blocking = axe.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"[{v.Impact}] {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target))}").ToList();
        Assert.True(blocking.Count == 0, "axe on the group form:\n" + string.Join("\n", blocking));
        await session.ScreenshotAsync("30-phone-agency-group-errors", fullPage: false);

        await page.GetByLabel("Đến hết ngày").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Đã tạo nhóm cơ quan.");
        await Expect(page.Locator("#group-members")).ToContainTextAsync("Hôm nay quy tắc này cho");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sửa nhóm cơ quan");
        session.AssertNoBrowserProblems();
    }
}
