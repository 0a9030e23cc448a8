using System.Net;
using System.Text.RegularExpressions;
using LearningSociety.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.IntegrationTests;

/// <summary>A report may be sent with a target left blank (ADR 0008); the unit then reads "Chưa nhập chỉ tiêu", not "Chưa báo cáo".</summary>
public sealed class BlankTargetTests : IAsyncLifetime
{
    private readonly PortalFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_report_sent_with_its_targets_blank_reads_not_entered_for_that_unit_not_not_reported()
    {
        var (reportId, commune) = await _factory.FreshCommuneAsync("xa.chuanhap@test.vn");
        var form = await ReportForm.ReadAsync(commune, reportId);
        foreach (var key in form.Keys.Where(k => k.StartsWith("Narratives[", StringComparison.Ordinal) && k.EndsWith(".Text", StringComparison.Ordinal)).ToList())
        {
            form[key] = "Đã triển khai kế hoạch trên địa bàn.";
        }

        foreach (var key in form.Keys.Where(k => k.StartsWith("Targets[", StringComparison.Ordinal)
            && (k.EndsWith(".Numerator", StringComparison.Ordinal) || k.EndsWith(".Denominator", StringComparison.Ordinal)
                || k.EndsWith(".Count", StringComparison.Ordinal) || k.EndsWith(".Level", StringComparison.Ordinal)
                || k.EndsWith(".Reached", StringComparison.Ordinal))).ToList())
        {
            form[key] = "";
        }

        var sent = await ReportForm.PostAsync(commune, reportId, form, "submit");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        var admin = await _factory.SignedInAsync("admin@hoctap.local");
        var periodId = await _factory.PeriodIdAsync("KH-BCĐ");
        var canDuoc = await _factory.UnitIdAsync(Consolidations.CanDuoc);
        var html = WebUtility.HtmlDecode(await admin.GetStringAsync(Consolidations.Url("/Consolidated", periodId, canDuoc)));
        var unit = await _factory.WithDbAsync(db => db.Reports.Where(r => r.Id == reportId).Select(r => r.Unit!.Name).SingleAsync());

        var rows = Regex.Matches(html, "<tr[^>]*>.*?</tr>", RegexOptions.Singleline).Select(m => m.Value).Where(r => r.Contains(unit, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(rows);
        Assert.Contains(rows, r => r.Contains("Chưa nhập chỉ tiêu", StringComparison.Ordinal) && !r.Contains("Chưa báo cáo", StringComparison.Ordinal));
        // The totals tell the blanks apart from the reports not in: "· 1 chưa nhập chỉ tiêu" next to "· N chưa báo cáo".
        Assert.Matches(@"· \d+ chưa báo cáo · 1 chưa nhập chỉ tiêu", html);

        // The workbook says the same for that unit on "Theo đơn vị", and its summary carries the page's totals.
        using var book = await admin.WorkbookAsync(Consolidations.Url("/Consolidated/Excel", periodId, canDuoc));
        var sheet = book.Worksheet("Theo đơn vị");
        var header = sheet.RowsUsed().First(r => r.Cell(1).GetString() == "Đơn vị");
        var row = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == unit);
        var targetColumns = header.CellsUsed().Where(c => c.GetString().StartsWith('T') && c.GetString().Contains(" — ", StringComparison.Ordinal)
            && !c.GetString().EndsWith("đơn vị phải đạt", StringComparison.Ordinal)).Select(c => c.Address.ColumnNumber).ToList();
        Assert.NotEmpty(targetColumns);
        Assert.All(targetColumns, c => Assert.Equal("Chưa nhập chỉ tiêu", row.Cell(c).GetString()));
        Assert.Contains(book.Worksheet("Tổng hợp").RowsUsed(), r => r.Cell(5).GetString().EndsWith("· 1 chưa nhập chỉ tiêu", StringComparison.Ordinal));
    }
}
