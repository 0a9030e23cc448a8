using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using LearningSociety.Domain.Reporting;
using LearningSociety.Infrastructure.ApiTokens;
using LearningSociety.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.IntegrationTests.Api;

/// <summary>What a program reading the API relies on: validated parameters, ETags, revocation at once, audit, no clear-text token.</summary>
public sealed partial class ApiBehaviourTests(ApiPortal portal) : IClassFixture<ApiPortal>
{
    [Theory]
    [InlineData("/api/v1/units?pageSize=0")]
    [InlineData("/api/v1/units?pageSize=201")]
    [InlineData("/api/v1/units?page=0")]
    [InlineData("/api/v1/units?page=abc")]
    [InlineData("/api/v1/units?level=Hamlet")]
    [InlineData("/api/v1/units?level=99")]
    [InlineData("/api/v1/units?validOn=31/12/2024")]
    [InlineData("/api/v1/agencies?unitId=-1")]
    [InlineData("/api/v1/agencies?unitId=99999999999")]
    [InlineData("/api/v1/periods?year=20245")]
    [InlineData("/api/v1/plans?year=abc")]
    [InlineData("/api/v1/periods/{period}/figures?view=99")]
    [InlineData("/api/v1/periods/{period}/figures?view=past")]
    [InlineData("/api/v1/periods/{period}/figures?approvedOnly=maybe")]
    [InlineData("/api/v1/periods/{period}/figures?unitId=0")]
    [InlineData("/api/v1/periods/{period}/reports?status=Lost")]
    [InlineData("/api/v1/periods/{period}/reports?pageSize=100000")]
    public async Task A_bad_parameter_is_a_400_problem_with_a_vietnamese_title(string url)
    {
        using var client = await ClientAsync();
        using var response = await client.GetAsync(url.Replace("{period}", portal.Own.Period.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Tham số không hợp lệ.", problem.RootElement.GetProperty("title").GetString());
        Assert.DoesNotContain("The value", problem.RootElement.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_address_under_the_api_is_a_404_problem()
    {
        using var client = await ClientAsync();
        using var response = await client.GetAsync("/api/v1/units/abc");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Không có địa chỉ này", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_are_paged_in_camel_case()
    {
        using var client = await ClientAsync();
        using var first = JsonDocument.Parse(await client.GetStringAsync("/api/v1/units?pageSize=2"));
        using var second = JsonDocument.Parse(await client.GetStringAsync("/api/v1/units?pageSize=2&page=2"));
        var total = first.RootElement.GetProperty("total").GetInt32();
        Assert.True(total > 4, $"Long An has {total} units");
        Assert.Equal(2, first.RootElement.GetProperty("items").GetArrayLength());
        Assert.NotEqual(first.RootElement.GetProperty("items")[0].GetProperty("id").GetInt32(), second.RootElement.GetProperty("items")[0].GetProperty("id").GetInt32());
        // Long An ended with the reform: its successor is named.
        using var province = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/units/{portal.LongAn}"));
        Assert.Equal("2025-06-30", province.RootElement.GetProperty("validTo").GetString());
        Assert.Contains(province.RootElement.GetProperty("successors").EnumerateArray(), s => s.GetProperty("name").GetString()!.Contains("Tây Ninh", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Figures_carry_an_etag_that_answers_304_until_a_figure_changes()
    {
        using var client = await ClientAsync();
        var url = $"/api/v1/periods/{portal.Own.Period}/figures?unitId={portal.Own.PeriodUnit}";
        using var first = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        using var same = await SendAsync(client, url, etag);
        Assert.Equal(HttpStatusCode.NotModified, same.StatusCode);

        // A report of the period is submitted: the figures, hence the ETag, change.
        await portal.Factory.WithDbAsync(db => db.Reports.Where(r => r.PeriodId == portal.Own.Period && r.Status == ReportStatus.Draft).OrderBy(r => r.Id).Take(1)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ReportStatus.Submitted).SetProperty(r => r.SubmittedAt, portal.Factory.Clock.GetUtcNow())));
        using var changed = await SendAsync(client, url, etag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
    }

    [Fact]
    public async Task A_token_issued_on_the_admin_page_is_stored_as_a_hash_only_works_and_stops_at_once_when_revoked()
    {
        var admin = await portal.Factory.SignedInAsync("admin@hoctap.local");
        using var created = await admin.PostFormAsync("/Admin/ApiTokens", "/Admin/ApiTokens/Create", new()
        {
            ["Name"] = "Cục Thống kê tỉnh", ["UnitId"] = portal.LongAn.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ReadFigures"] = "true", ["ReadPlans"] = "false", ["Days"] = "30",
        });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Contains("no-store", created.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        var token = TokenPattern().Match(await created.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.True(ApiTokenSecret.IsWellFormed(token), token);

        var row = await portal.Factory.WithDbAsync(db => db.ApiTokens.AsNoTracking().SingleAsync(t => t.Name == "Cục Thống kê tỉnh"));
        Assert.Equal(ApiTokenSecret.Hash(token), row.Hash);
        Assert.Equal(ApiScopes.Figures, row.Scopes);
        Assert.Equal(portal.Factory.Clock.GetUtcNow().AddDays(30), row.ExpiresAt);
        Assert.DoesNotContain(new[] { row.Name, row.Hash, row.Hint, row.CreatedBy }, v => v.Contains(token, StringComparison.Ordinal));
        await portal.Factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)"));
        var file = await File.ReadAllBytesAsync(portal.Factory.DatabasePath);
        Assert.Equal(-1, file.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(token)));

        using var client = portal.Client("Bearer " + token);
        using var before = await client.GetAsync($"/api/v1/periods/{portal.Own.Period}/figures");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        using var plans = await client.GetAsync("/api/v1/plans");
        Assert.Equal(HttpStatusCode.Forbidden, plans.StatusCode);

        using var revoked = await admin.PostFormAsync("/Admin/ApiTokens", $"/Admin/ApiTokens/Revoke/{row.Id}", []);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        using var after = await client.GetAsync($"/api/v1/periods/{portal.Own.Period}/figures");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Contains("thu hồi", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var entity = row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var audit = await portal.Factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == "ApiToken" && a.EntityId == entity)
            .OrderBy(a => a.Id).Select(a => new { a.Action, a.UserName, a.Details }).ToListAsync());
        Assert.Equal(["api-token.create", "api.use", "api.use", "api-token.revoke", "api.refused"], audit.Select(a => a.Action));
        Assert.Contains(audit, a => a.Action == "api.use" && a.Details!.Contains("/figures → 200", StringComparison.Ordinal) && a.UserName == "Mã API · Cục Thống kê tỉnh");
        Assert.Contains(audit, a => a.Action == "api.use" && a.Details!.Contains("/plans → 403", StringComparison.Ordinal));
        var lastUse = await portal.Factory.WithDbAsync(db => db.ApiTokens.Where(t => t.Id == row.Id).Select(t => t.LastUsedAt).SingleAsync());
        Assert.NotNull(lastUse);

        var page = await admin.GetStringAsync("/Admin/ApiTokens");
        Assert.Contains("Đã thu hồi", page, StringComparison.Ordinal);
        Assert.DoesNotContain(token, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_admin_form_refuses_what_it_cannot_issue_and_keeps_what_was_typed()
    {
        var admin = await portal.Factory.SignedInAsync("admin@hoctap.local");
        using var response = await admin.PostFormAsync("/Admin/ApiTokens", "/Admin/ApiTokens/Create", new()
        {
            ["Name"] = "Hệ thống văn bản", ["UnitId"] = "99999999", ["Days"] = "3650",
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Chọn một tỉnh hoặc huyện còn hiệu lực", html, StringComparison.Ordinal);
        Assert.Contains("Chọn ít nhất một quyền đọc", html, StringComparison.Ordinal);
        Assert.Contains("tối đa 365 ngày", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Hệ thống văn bản\"", html, StringComparison.Ordinal);
        Assert.False(await portal.Factory.WithDbAsync(db => db.ApiTokens.AnyAsync(t => t.Name == "Hệ thống văn bản")));
    }

    private async Task<HttpClient> ClientAsync() => portal.Client("Bearer " + (await portal.IssueAsync(ApiScopes.Figures | ApiScopes.Plans)).Token);

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string url, EntityTagHeaderValue? etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag!);
        return client.SendAsync(request);
    }

    [GeneratedRegex("id=\"api-token\"[^>]*value=\"(lsp_[^\"]+)\"")]
    private static partial Regex TokenPattern();
}
