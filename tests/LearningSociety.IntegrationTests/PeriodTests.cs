using System.Net;
using LearningSociety.Infrastructure.Data;
using LearningSociety.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.IntegrationTests;

/// <summary>Periods come from the plan's rules: a year, a quarter, or a phase review.</summary>
public sealed class PeriodTests(PeriodTests.Portal portal) : IClassFixture<PeriodTests.Portal>
{
    public sealed class Portal : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new();

        public int CanDuocPlan { get; private set; }

        public async Task InitializeAsync()
        {
            Factory.CreatePortalClient();
            using var scope = Factory.Services.CreateScope();
            CanDuocPlan = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Plans.Where(p => p.Symbol == "KH-BCĐ").Select(p => p.Id).SingleAsync();
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    private async Task<(HttpResponseMessage Response, string Page)> OpenAsync(HttpClient client, Dictionary<string, string> fields)
    {
        var url = $"/Plans/{portal.CanDuocPlan}/Periods";
        var response = await client.PostFormAsync(url, url + "/Open", fields);
        return (response, await client.GetStringAsync(url));
    }

    [Fact]
    public async Task The_district_opens_a_phase_review_with_its_own_window_and_the_expected_reporters()
    {
        var district = await portal.Factory.SignedInAsync("phong.gddt.canduoc@hoctap.local");
        var (response, page) = await OpenAsync(district, new() { ["frequency"] = "Phase", ["year"] = "2025", ["phase"] = "Giai đoạn 1 (từ 2023 - 2025)" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Đã mở kỳ báo cáo “Sơ kết Giai đoạn 1 (từ 2023 - 2025)”", page, StringComparison.Ordinal);

        using var scope = portal.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var period = await db.ReportingPeriods.Include(p => p.Reports).ThenInclude(r => r.Unit).SingleAsync(p => p.Name.StartsWith("Sơ kết"));
        Assert.Equal(new DateOnly(2023, 1, 1), period.CutoffStart);
        Assert.Equal(new DateOnly(2025, 12, 10), period.Deadline); // the plan's "trước ngày 10/12" in the phase's last year

        // Cần Đước's communes were merged on 1/7/2025: the communes that absorbed them report instead.
        var communes = period.Reports.Where(r => r.Unit!.Level == Domain.Units.UnitLevel.Commune).ToList();
        Assert.NotEmpty(communes);
        Assert.All(communes, r => Assert.Equal(new DateOnly(2025, 7, 1), r.Unit!.ValidFrom));
        var absorbed = await db.UnitSuccessions.Where(s => s.Predecessor!.Parent!.Name == "Huyện Cần Đước").Select(s => s.SuccessorId).Distinct().ToListAsync();
        Assert.Equal(absorbed.Order(), communes.Select(r => r.UnitId).Order());

        // Twice the same period: refused with a message, nothing added.
        var (_, again) = await OpenAsync(district, new() { ["frequency"] = "Phase", ["year"] = "2025", ["phase"] = "Giai đoạn 1 (từ 2023 - 2025)" });
        Assert.Contains("đã được mở", again, StringComparison.Ordinal);
        Assert.Equal(1, await db.ReportingPeriods.CountAsync(p => p.Name.StartsWith("Sơ kết")));
    }

    [Fact]
    public async Task A_quarter_needs_a_quarter_and_gets_the_decree_window()
    {
        var district = await portal.Factory.SignedInAsync("phong.gddt.canduoc@hoctap.local");
        var (_, missing) = await OpenAsync(district, new() { ["frequency"] = "Quarterly", ["year"] = "2024" });
        Assert.Contains("Vui lòng chọn quý.", missing, StringComparison.Ordinal);

        var (_, page) = await OpenAsync(district, new() { ["frequency"] = "Quarterly", ["year"] = "2024", ["quarter"] = "3" });
        Assert.Contains("Quý 3 năm 2024", page, StringComparison.Ordinal);
        Assert.Contains("15/06/2024 – 14/09/2024", page, StringComparison.Ordinal);
    }

    /// <summary>A value no period can have is the user's slip, said in Vietnamese; never an exception's (English) message.</summary>
    [Theory]
    [InlineData("Annual", "99999", null, "Năm của kỳ báo cáo phải từ 2000 đến 2100.")]
    [InlineData("Annual", "1", null, "Năm của kỳ báo cáo phải từ 2000 đến 2100.")]
    [InlineData("Quarterly", "2024", "7", "Quý phải từ 1 đến 4.")]
    [InlineData("Annual", "2147483648", null, "không đọc được: hãy chọn lại.")]
    [InlineData("Whenever", "2024", null, "không đọc được: hãy chọn lại.")]
    [InlineData("99", "2024", null, "không đọc được: hãy chọn lại.")]
    [InlineData("Phase", "2025", null, "Vui lòng chọn giai đoạn của kế hoạch.")]
    public async Task A_period_that_cannot_be_formed_is_refused_with_a_vietnamese_message(string frequency, string year, string? quarter, string message)
    {
        var district = await portal.Factory.SignedInAsync("phong.gddt.canduoc@hoctap.local");
        var fields = new Dictionary<string, string> { ["frequency"] = frequency, ["year"] = year };
        if (quarter is not null)
        {
            fields["quarter"] = quarter;
        }

        var before = await PeriodCountAsync();
        var (response, page) = await OpenAsync(district, fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(message, page, StringComparison.Ordinal);
        Assert.DoesNotContain("Specified argument", page, StringComparison.Ordinal);
        Assert.Equal(before, await PeriodCountAsync());
    }

    private async Task<int> PeriodCountAsync()
    {
        using var scope = portal.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().ReportingPeriods.CountAsync(p => p.PlanId == portal.CanDuocPlan);
    }

    [Theory]
    [InlineData("xa.longhuudong@hoctap.local")]
    [InlineData("lanhdao@hoctap.local")]
    [InlineData("so.gddt@hoctap.local")]
    public async Task Only_authors_of_the_plan_open_periods(string email)
    {
        var client = await portal.Factory.SignedInAsync(email);
        var url = $"/Plans/{portal.CanDuocPlan}/Periods";
        var page = await client.GetStringAsync(url);
        var canOpen = email == "so.gddt@hoctap.local"; // the province is above the district's plan
        Assert.Equal(canOpen, page.Contains("Mở kỳ báo cáo", StringComparison.Ordinal));
        if (!canOpen)
        {
            var token = await client.AntiforgeryTokenAsync(url);
            var response = await client.PostAsync(url + "/Open", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["frequency"] = "Annual", ["year"] = "2023",
            }));
            Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("Năm 2023", await client.GetStringAsync(url), StringComparison.Ordinal);
        }
    }
}
