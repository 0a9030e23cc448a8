using Deque.AxeCore.Playwright;
using LearningSociety.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LearningSociety.BrowserTests;

/// <summary>The home pages of the demo accounts of the new Tây Ninh on 7/12/2026, on a 360 px phone: what is due now, readable, no serious axe finding.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TodayHomePagesTests(BrowserFixture browser)
{
    private const int PhoneWidth = 360;
    private static readonly DateTimeOffset SeventhOfDecember2026 = new(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);
    private static readonly HashSet<string> Blocking = new(StringComparer.Ordinal) { "serious", "critical" };

    [Theory]
    [InlineData("so.gddt.tayninh@hoctap.local", "Kỳ báo cáo hiện tại: Năm 2026", "Danh sách đơn vị chưa nộp")]
    [InlineData("xa.longhuu@hoctap.local", "còn 3 ngày", "Sửa và nộp lại")]
    [InlineData("phuong.longan@hoctap.local", "còn 3 ngày", "Tiếp tục")]
    [InlineData("lanhdao.tayninh@hoctap.local", "Tình hình thực hiện năm 2026", "So với năm trước")]
    public async Task On_a_phone_the_home_page_of_a_Tay_Ninh_demo_account_shows_the_2026_cycle(string email, string first, string second)
    {
        browser.Clock.Now = SeventhOfDecember2026;
        try
        {
            // Signed in on that day, so the sign-in cookie is as fresh as the portal's clock says.
            await using var session = await browser.NewSessionAsync(PhoneWidth, 740);
            await session.SignInAsync(email);
            var page = session.Page;
            await session.GotoAsync("/");
            var main = page.GetByRole(AriaRole.Main);
            await Expect(main.GetByText(first).First).ToBeVisibleAsync();
            await Expect(main.GetByText(second).First).ToBeVisibleAsync();
            await Expect(main.GetByText("Số liệu minh họa").First).ToBeVisibleAsync();
            await Expect(main).Not.ToContainTextAsync("quá hạn 728");

            var width = await page.ScrollWidthAsync();
            Assert.True(width <= PhoneWidth + 1, $"the home page of {email} is {width}px wide on a {PhoneWidth}px phone");
            var blocking = (await page.RunAxe()).Violations.Where(v => v.Impact is not null && Blocking.Contains(v.Impact)).ToList();
            Assert.True(blocking.Count == 0, $"axe on the home page of {email}: " + string.Join("; ", blocking.Select(v => v.Id + ": " + v.Help)));
            await session.ScreenshotAsync("08-today-" + email.Split('@')[0].Replace('.', '-'));
            session.AssertNoBrowserProblems();
        }
        finally
        {
            browser.Clock.Now = FixedClock.DemoDay;
        }
    }

    [Fact]
    public async Task On_a_phone_no_task_number_breaks_inside()
    {
        browser.Clock.Now = SeventhOfDecember2026;
        try
        {
            await using var session = await browser.NewSessionAsync(PhoneWidth, 740);
            await session.SignInAsync("xa.longhuu@hoctap.local");
            await session.GotoAsync("/");
            var numbers = session.Page.Locator("#nhiem-vu-cua-toi ~ * .task-number");
            await Expect(numbers.First).ToBeVisibleAsync();

            // Each number is one line box: a number broken as "V / I / I / I . 1" has one box per line.
            var lines = await numbers.EvaluateAllAsync<int[]>("els => els.map(e => e.getClientRects().length)");
            var texts = await numbers.AllInnerTextsAsync();
            Assert.NotEmpty(lines);
            Assert.True(lines.All(n => n == 1), "task numbers over several lines: " + string.Join(", ", texts.Zip(lines, (t, n) => $"{t} ({n})")));
            Assert.Contains(texts, t => t.Contains('.', StringComparison.Ordinal));
        }
        finally
        {
            browser.Clock.Now = FixedClock.DemoDay;
        }
    }
}
