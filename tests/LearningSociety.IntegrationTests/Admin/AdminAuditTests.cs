using System.Net;
using System.Text.RegularExpressions;
using LearningSociety.Domain.Reporting;
using LearningSociety.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.IntegrationTests.Admin;

public sealed partial class AdminAuditTests(AdminPortal portal) : IClassFixture<AdminPortal>
{
    private static int Rows(string html) => RowPattern().Matches(html).Count;

    [Fact]
    public async Task A_failed_sign_in_is_found_by_email_action_and_Vietnam_day()
    {
        // The clock reads 02:00 UTC on 05/12/2024: 09:00 in Vietnam.
        var wrong = await portal.Factory.CreatePortalClient().LoginAsync("xa.longhuudong@hoctap.local", "Sai@mat-khau1");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var admin = await portal.Factory.SignedInAsync(AdminPortal.Admin);

        var found = await admin.GetStringAsync("/Admin/Audit?user=longhuudong&action=login.failed&from=05/12/2024&to=05/12/2024");
        Assert.Equal(1, Rows(found));
        Assert.Contains("Đăng nhập sai", found, StringComparison.Ordinal);
        Assert.Contains("xa.longhuudong@hoctap.local", found, StringComparison.Ordinal);
        Assert.Contains("05/12/2024 09:00:00", found, StringComparison.Ordinal);

        Assert.Equal(0, Rows(await admin.GetStringAsync("/Admin/Audit?user=longhuudong&action=login.failed&from=06/12/2024")));
        Assert.Equal(0, Rows(await admin.GetStringAsync("/Admin/Audit?user=longhuudong&action=login.failed&to=04/12/2024")));
        Assert.Equal(0, Rows(await admin.GetStringAsync("/Admin/Audit?user=so.gddt&action=login.failed")));
        Assert.True(Rows(await admin.GetStringAsync("/Admin/Audit?action=login*")) >= 2, "the group filter takes the sign-ins of every kind");
    }

    [Fact]
    public async Task Changing_ones_own_password_is_logged_with_a_Vietnamese_label_and_every_line_is_in_the_catalogue()
    {
        var officer = await portal.Factory.SignedInAsync("phong.gddt.canduoc@hoctap.local");
        var changed = await officer.PostFormAsync("/Account/ChangePassword", "/Account/ChangePassword", new()
        {
            ["CurrentPassword"] = PortalFactory.DemoPassword, ["NewPassword"] = "Moi@Matkhau2026", ["ConfirmPassword"] = "Moi@Matkhau2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        var admin = await portal.Factory.SignedInAsync(AdminPortal.Admin);
        var found = await admin.GetStringAsync("/Admin/Audit?user=canduoc&action=" + AuditAction.PasswordChange.Code);
        Assert.Equal(1, Rows(found));
        Assert.Contains("Tự đổi mật khẩu", found, StringComparison.Ordinal);

        // Every line this class's scenarios wrote has a label of its own: no raw code reaches the page.
        using var scope = portal.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LearningSociety.Infrastructure.Data.AppDbContext>();
        var codes = db.AuditEntries.Select(a => a.Action).Distinct().ToList();
        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.Contains(AuditAction.All, a => a.Code == code));
        Assert.All(AuditAction.All, a => Assert.NotEqual(a.Code, a.Label));
        Assert.Equal(AuditAction.All.Count, AuditAction.All.Select(a => a.Code).Distinct().Count());
        Assert.Equal("Kỳ báo cáo", AuditSubject.LabelOf("ReportingPeriod"));
        Assert.DoesNotContain(">" + AuditAction.PasswordChange.Code + "<", found, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_that_cannot_be_read_is_said_next_to_its_field_and_kept()
    {
        var admin = await portal.Factory.SignedInAsync(AdminPortal.Admin);
        var response = await admin.GetAsync("/Admin/Audit?from=31/02/2024&to=01/01/2024");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<span id=\"from-error\" class=\"text-danger-emphasis small d-block\">Ngày không hợp lệ.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"31/02/2024\"", html, StringComparison.Ordinal);

        var reversed = await admin.GetStringAsync("/Admin/Audit?from=05/12/2024&to=01/12/2024");
        Assert.Contains("Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.", reversed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from=01/01/0001")]
    [InlineData("to=31/12/9999")]
    [InlineData("from=01/01/0001&to=31/12/9999")]
    public async Task The_first_and_last_days_a_date_can_name_search_without_bounds(string query)
    {
        var admin = await portal.Factory.SignedInAsync(AdminPortal.Admin);
        var everything = Rows(await admin.GetStringAsync("/Admin/Audit?action=login*"));

        var response = await admin.GetAsync("/Admin/Audit?action=login*&" + query);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(everything > 0, "the sign-ins of this class's tests are in the log");
        Assert.Equal(everything, Rows(html));
        Assert.DoesNotContain("Ngày không hợp lệ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_log_is_newest_first_fifty_a_page_with_links_to_reports()
    {
        using (var scope = portal.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LearningSociety.Infrastructure.Data.AppDbContext>();
            var start = new DateTimeOffset(2024, 11, 1, 0, 0, 0, TimeSpan.Zero);
            for (var i = 0; i < 120; i++)
            {
                db.AuditEntries.Add(new AuditEntry(AuditAction.ReportSubmit, AuditSubject.Report)
                {
                    At = start.AddMinutes(i), UserName = "Người nộp thử", EntityId = "9" + i.ToString("000", System.Globalization.CultureInfo.InvariantCulture),
                });
            }

            await db.SaveChangesAsync();
        }

        var admin = await portal.Factory.SignedInAsync(AdminPortal.Admin);
        var first = await admin.GetStringAsync("/Admin/Audit?user=" + Uri.EscapeDataString("Người nộp"));
        Assert.Equal(50, Rows(first));
        Assert.Contains("120 dòng nhật ký", first, StringComparison.Ordinal);
        Assert.Contains("Trang 1 / 3", first, StringComparison.Ordinal);
        Assert.True(first.IndexOf("Báo cáo số 9119", StringComparison.Ordinal) < first.IndexOf("Báo cáo số 9118", StringComparison.Ordinal), "newest first");
        Assert.Contains("href=\"/Reports/Edit/9119\"", first, StringComparison.Ordinal);
        Assert.Contains("Nộp báo cáo", first, StringComparison.Ordinal);
        Assert.Contains("01/11/2024 08:59:00", first, StringComparison.Ordinal); // 01:59 UTC, the 120th minute

        var last = await admin.GetStringAsync("/Admin/Audit?user=" + Uri.EscapeDataString("Người nộp") + "&page=3");
        Assert.Equal(20, Rows(last));
        Assert.Contains("Báo cáo số 9000", last, StringComparison.Ordinal);

        Assert.Equal(1, Rows(await admin.GetStringAsync("/Admin/Audit?entityId=9042")));
    }

    [GeneratedRegex("<td data-label=\"Thời gian\"")]
    private static partial Regex RowPattern();
}
