using LearningSociety.BrowserTests.Infrastructure;

namespace LearningSociety.BrowserTests;

/// <summary>
/// Byte budgets of a first visit on a phone (issue 17), read from Chromium's network events with the cache
/// off: the report form at most 150 KB, every role's home page at most 200 KB. Bytes, not timings, so the
/// test holds on a busy machine; bench/pages measures the time on a slow link.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageWeightTests(BrowserFixture browser)
{
    private const long FormBudget = 150 * 1024;
    private const long HomeBudget = 200 * 1024;

    [Fact]
    public async Task The_report_form_costs_a_phone_at_most_150_KB_on_a_first_visit()
    {
        await using var session = await browser.NewSessionAsAsync(PortalPages.CommuneOfficer, 360, 740);
        await session.GotoAsync("/Reports");
        var form = await session.Page.Locator("main a[href^='/Reports/Edit/']").First.GetAttributeAsync("href");

        var weight = await PageWeight.MeasureAsync(session.Page, form!, cold: true, slow: false);

        Assert.True(weight.Bytes <= FormBudget, $"over the budget of {FormBudget / 1024} KB: {weight}");
        Assert.DoesNotContain(weight.Items, i => i.Url.Contains("chart", StringComparison.OrdinalIgnoreCase) || i.Url.Contains("woff", StringComparison.OrdinalIgnoreCase));
        session.AssertNoBrowserProblems();
    }

    [Theory]
    [InlineData(PortalPages.CommuneOfficer)]
    [InlineData(PortalPages.DistrictOffice)]
    [InlineData(PortalPages.ProvinceReviewer)]
    [InlineData(PortalPages.Leader)]
    [InlineData(PortalPages.Admin)]
    public async Task Every_role_s_home_page_costs_a_phone_at_most_200_KB_on_a_first_visit(string who)
    {
        await using var session = await browser.NewSessionAsAsync(who, 360, 740);

        var weight = await PageWeight.MeasureAsync(session.Page, "/", cold: true, slow: false);

        Assert.True(weight.Bytes <= HomeBudget, $"{who}: over the budget of {HomeBudget / 1024} KB: {weight}");
        // Compressed static files: the portal's Bootstrap CSS is about 62 KB as it is, about 9 KB in Brotli.
        var css = weight.Items.Single(i => i.Url.Contains("/bootstrap", StringComparison.Ordinal) && i.Url.Contains(".css", StringComparison.Ordinal));
        Assert.True(css.Bytes < 20 * 1024, $"{css.Url} arrived uncompressed ({css.Bytes} bytes)");
        session.AssertNoBrowserProblems();
    }
}
