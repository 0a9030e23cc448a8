using System.Net;
using LearningSociety.Domain.Identity;
using LearningSociety.Infrastructure.Data;
using LearningSociety.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.IntegrationTests;

/// <summary>Plan 770/KH-UBND (Tháp Mười) has percentage targets reported by communes.</summary>
public sealed class ReportInputTests(ReportInputTests.Portal portal) : IClassFixture<ReportInputTests.Portal>
{
    public sealed class Portal : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new();

        public HttpClient Commune { get; private set; } = null!;

        public int ReportId { get; private set; }

        public async Task InitializeAsync()
        {
            Factory.Settings["Uploads:MaxBytes"] = "2048";
            Factory.Settings["Uploads:MaxFilesPerReport"] = "3";
            Factory.Settings["Uploads:MaxTotalBytesPerReport"] = "3000";
            Factory.CreatePortalClient();
            // A Tháp Mười commune whose demo report is not started.
            using var scope = Factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var report = await db.Reports.Include(r => r.Agency)
                .Where(r => r.Period!.Plan!.Number == "770" && r.LastSavedAt == null && r.Agency!.Key.EndsWith(":ubnd") && r.Agency.Kind == Domain.Agencies.AgencyKind.PeoplesCommittee)
                .OrderBy(r => r.Id).FirstAsync();
            ReportId = report.Id;
            await Factory.CreateUserAsync("xa.thapmuoi@test.vn", Roles.CommuneOfficer, report.Agency!.Key);
            Commune = await Factory.SignedInAsync("xa.thapmuoi@test.vn");
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    private async Task<(HttpResponseMessage Response, string Html)> PostWithAsync(string command, Action<Dictionary<string, string>> change)
    {
        var form = await ReportForm.ReadAsync(portal.Commune, portal.ReportId);
        change(form);
        var response = await ReportForm.PostAsync(portal.Commune, portal.ReportId, form, command);
        return (response, await response.Content.ReadAsStringAsync());
    }

    private static string First(Dictionary<string, string> form, string suffix) =>
        form.Keys.First(k => k.EndsWith(suffix, StringComparison.Ordinal));

    [Fact]
    public async Task A_numerator_above_its_denominator_is_refused_next_to_the_field_and_the_input_is_kept()
    {
        var (response, html) = await PostWithAsync("save", f =>
        {
            f[First(f, ".Numerator")] = "1.200";
            f[First(f, ".Denominator")] = "1.030";
            f[ReportForm.FirstNarrative(f)] = "Nội dung đang viết dở.";
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Tử số (1.200) không được lớn hơn mẫu số (1.030).", html, StringComparison.Ordinal);
        Assert.Contains("value=\"1.200\"", html, StringComparison.Ordinal);
        Assert.Contains("Nội dung đang viết dở.", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("140", "Tiến độ phải từ 0 đến 100% (đã nhập 140%).")]
    [InlineData("-5", "Tiến độ phải từ 0 đến 100% (đã nhập -5%).")]
    [InlineData("2147483648", "Tiến độ phải từ 0 đến 100% (đã nhập 2147483648%).")]
    [InlineData("-2147483649", "Tiến độ phải từ 0 đến 100% (đã nhập -2147483649%).")]
    [InlineData("nhiều", "không phải là số nguyên từ 0 đến 100")]
    public async Task A_task_progress_outside_0_to_100_gets_a_clear_message(string typed, string message)
    {
        var form = await ReportForm.ReadAsync(portal.Commune, portal.ReportId);
        if (!form.Keys.Any(k => k.EndsWith(".Percent", StringComparison.Ordinal)))
        {
            return; // this commune has no task of its own in the plan; covered by the percentage check above
        }

        var (response, html) = await PostWithAsync("save", f => f[First(f, ".Percent")] = typed);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(".Numerator", "100000000000000000000", "Tử số (100.000.000.000.000.000.000) vượt quá giới hạn 20.000.000 của một báo cáo")]
    [InlineData(".Numerator", "1e29", "“1e29” quá lớn hoặc viết dạng lũy thừa")]
    [InlineData(".Denominator", "1030,5", "Mẫu số đếm người hoặc đơn vị nên phải là số nguyên")]
    public async Task A_figure_beyond_what_it_counts_is_refused_with_its_limit_and_the_input_is_kept(string field, string typed, string message)
    {
        var (response, html) = await PostWithAsync("save", f =>
        {
            var prefix = First(f, ".Numerator")[..^".Numerator".Length];
            f[prefix + ".Denominator"] = "1.000";
            f[prefix + field] = typed;
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains($"value=\"{typed}\"", html, StringComparison.Ordinal); // shown back in its field
    }

    [Fact]
    public async Task A_negative_denominator_and_text_in_a_number_field_are_refused()
    {
        var (_, html) = await PostWithAsync("save", f => f[First(f, ".Denominator")] = "-3");
        Assert.Contains("không được âm", html, StringComparison.Ordinal);
        var (_, text) = await PostWithAsync("save", f => f[First(f, ".Numerator")] = "abc");
        Assert.Contains("“abc” không phải là số.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submitting_without_the_required_narrative_is_refused_but_saving_a_draft_is_not()
    {
        var (response, html) = await PostWithAsync("submit", f => f[ReportForm.FirstNarrative(f)] = "");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("là bắt buộc khi nộp báo cáo", html, StringComparison.Ordinal);

        var (draft, _) = await PostWithAsync("save", f => f[ReportForm.FirstNarrative(f)] = "");
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
    }

    [Fact]
    public async Task Vietnamese_number_formats_are_read_as_people_type_them()
    {
        var (response, _) = await PostWithAsync("save", f =>
        {
            f[First(f, ".Numerator")] = "412";
            f[First(f, ".Denominator")] = "1.030";
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var scope = portal.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var value = await db.ReportTargetValues.Where(v => v.ReportId == portal.ReportId && v.Denominator != null).FirstAsync();
        Assert.Equal(412m, value.Numerator);
        Assert.Equal(1030m, value.Denominator);
    }

    [Fact]
    public async Task Evidence_files_are_checked_by_content_and_size()
    {
        async Task<string> UploadAsync(string name, byte[] bytes)
        {
            var token = await portal.Commune.AntiforgeryTokenAsync($"/Reports/Edit/{portal.ReportId}");
            using var content = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" },
                { new ByteArrayContent(bytes), "file", name },
            };
            var response = await portal.Commune.PostAsync($"/Reports/Upload/{portal.ReportId}", content);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            return await portal.Commune.GetStringAsync($"/Reports/Edit/{portal.ReportId}");
        }

        Assert.Contains("nội dung không khớp với phần mở rộng", await UploadAsync("bao-cao.pdf", "chỉ là văn bản"u8.ToArray()), StringComparison.Ordinal);
        Assert.Contains("lớn hơn giới hạn", await UploadAsync("lon.pdf", [.. "%PDF-1.7\n"u8, .. new byte[4096]]), StringComparison.Ordinal);
        var ok = await UploadAsync("minh-chung.pdf", [.. "%PDF-1.7\n"u8, .. new byte[100]]);
        Assert.Contains("Đã đính kèm tệp.", ok, StringComparison.Ordinal);
        var link = System.Text.RegularExpressions.Regex.Match(ok, "/Reports/Attachment/(\\d+)").Value;

        var download = await portal.Commune.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);

        // Someone of another commune cannot fetch it by guessing the id.
        var other = await portal.Factory.SignedInAsync("xa.longhuudong@hoctap.local");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task A_completion_date_is_typed_as_day_month_year_and_a_wrong_one_is_shown_back_with_a_message()
    {
        // Long Hựu Đông (Cần Đước) has tasks of its own; its demo report was returned, so it can be edited.
        var client = await portal.Factory.SignedInAsync("xa.longhuudong@hoctap.local");
        var reportId = await portal.Factory.WithDbAsync(db => db.Reports.Where(r => r.Agency!.Key == "28144:ubnd").Select(r => r.Id).SingleAsync());
        var form = await ReportForm.ReadAsync(client, reportId);
        var progress = First(form, ".Progress");
        var completedOn = progress.Replace(".Progress", ".CompletedOn", StringComparison.Ordinal);
        form[progress] = "Completed";

        form[completedOn] = "31/02/2024";
        var refused = await ReportForm.PostAsync(client, reportId, form, "save");
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Ngày hoàn thành “31/02/2024” không đúng dạng ngày/tháng/năm", html, StringComparison.Ordinal);
        Assert.Contains("value=\"31/02/2024\"", html, StringComparison.Ordinal);

        form = await ReportForm.ReadAsync(client, reportId);
        form[progress] = "Completed";
        form[completedOn] = "5/3/2024";
        var saved = await ReportForm.PostAsync(client, reportId, form, "save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var reread = await ReportForm.ReadAsync(client, reportId);
        Assert.Equal("05/03/2024", reread[completedOn]);
    }

    [Theory]
    [InlineData("01/01/0001")]
    [InlineData("31/12/9999")]
    [InlineData("06/12/2024")]
    public async Task A_completion_day_outside_2000_to_today_is_refused_and_kept(string typed)
    {
        var client = await portal.Factory.SignedInAsync("xa.longhuudong@hoctap.local");
        var reportId = await portal.Factory.WithDbAsync(db => db.Reports.Where(r => r.Agency!.Key == "28144:ubnd").Select(r => r.Id).SingleAsync());
        var form = await ReportForm.ReadAsync(client, reportId);
        var progress = First(form, ".Progress");
        form[progress] = "Completed";
        form[progress.Replace(".Progress", ".CompletedOn", StringComparison.Ordinal)] = typed;

        var refused = await ReportForm.PostAsync(client, reportId, form, "save");
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("phải từ 01/01/2000 đến hôm nay (05/12/2024)", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{typed}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_noncharacter_is_taken_out_of_a_text_and_said_next_to_it_never_a_server_error()
    {
        // As on every other form (CleanTextModelBinder): the form comes back with the text cleaned and a message; nothing is saved yet.
        var (response, html) = await PostWithAsync("save", f => f[ReportForm.FirstNarrative(f)] = "Kết quả\uFFFE năm nay");
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{(int)response.StatusCode} {html}");
        Assert.Contains(LearningSociety.Web.Setup.CleanTextModelBinder.Message, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains(">Kết quả năm nay</textarea>", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        var saved = await portal.Factory.WithDbAsync(db => db.ReportNarratives.Where(n => n.ReportId == portal.ReportId).Select(n => n.Text).ToListAsync());
        Assert.DoesNotContain("Kết quả năm nay", saved);

        // Saved again as shown, it is kept.
        (response, _) = await PostWithAsync("save", f => f[ReportForm.FirstNarrative(f)] = "Kết quả năm nay");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task A_NUL_character_that_makes_the_form_unreadable_gets_the_Vietnamese_400_page_not_code_0()
    {
        var (response, html) = await PostWithAsync("save", f => f[ReportForm.FirstNarrative(f)] = "Kết quả\u0000 năm nay");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Yêu cầu không hợp lệ.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Mã lỗi 0", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Consolidated?unitId=99999999999")]
    [InlineData("/api/consolidated?unitId=99999999999")]
    [InlineData("/Dashboard?periodId=abc")]
    public async Task A_number_in_the_address_that_cannot_be_read_is_a_400_naming_it_not_the_users_own_unit(string url)
    {
        var reviewer = await portal.Factory.SignedInAsync("admin@hoctap.local");
        var response = await reviewer.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("giá trị không đọc được", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_holds_at_most_its_number_and_total_size_of_files_and_says_so()
    {
        var client = await portal.Factory.SignedInAsync("xa.longhuudong@hoctap.local");
        var reportId = await portal.Factory.WithDbAsync(db => db.Reports.Where(r => r.Agency!.Key == "28144:ubnd").Select(r => r.Id).SingleAsync());
        async Task<string> UploadAsync(int size)
        {
            var token = await client.AntiforgeryTokenAsync($"/Reports/Edit/{reportId}");
            using var content = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" },
                { new ByteArrayContent([.. "%PDF-1.7\n"u8, .. new byte[size]]), "file", "minh-chung.pdf" },
            };
            Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync($"/Reports/Upload/{reportId}", content)).StatusCode);
            return await client.GetStringAsync($"/Reports/Edit/{reportId}");
        }

        Assert.Contains("mỗi báo cáo tối đa 3 tệp", await UploadAsync(1500), StringComparison.Ordinal);
        Assert.Contains("Tổng dung lượng tệp của một báo cáo tối đa", await UploadAsync(1500), StringComparison.Ordinal);
        await UploadAsync(100);
        await UploadAsync(100);
        Assert.Contains("Báo cáo đã có 3 tệp, tối đa 3 tệp cho một báo cáo.", await UploadAsync(100), StringComparison.Ordinal);
        Assert.Equal(3, await portal.Factory.WithDbAsync(db => db.ReportAttachments.CountAsync(a => a.ReportId == reportId)));
    }
}
