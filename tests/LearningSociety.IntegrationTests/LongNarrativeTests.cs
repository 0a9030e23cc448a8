using System.Net;
using System.Text;
using ClosedXML.Excel;
using LearningSociety.Domain.Reporting;
using LearningSociety.Infrastructure.Exports.Excel;
using LearningSociety.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.IntegrationTests;

/// <summary>
/// A narrative section has a length limit the form counts and the server enforces; a text stored
/// before the limit, longer than an Excel cell, is still written whole by every workbook.
/// </summary>
public sealed class LongNarrativeTests(ReportInputTests.Portal portal) : IClassFixture<ReportInputTests.Portal>
{
    /// <summary>Vietnamese text with line breaks, exactly <paramref name="length"/> characters (a break counted once), ending in a marker.</summary>
    private static string Text(int length, string end)
    {
        var builder = new StringBuilder();
        while (builder.Length < length)
        {
            builder.Append("Xã đã tổ chức lớp bồi dưỡng kỹ năng số cho người dân.\n");
        }

        return builder.ToString()[..(length - end.Length)] + end;
    }

    [Fact]
    public async Task A_section_over_the_limit_is_refused_naming_the_section_and_the_limit_and_the_text_is_kept()
    {
        var form = await ReportForm.ReadAsync(portal.Commune, portal.ReportId);
        var field = ReportForm.FirstNarrative(form);
        var html = await portal.Commune.GetStringAsync($"/Reports/Edit/{portal.ReportId}");
        Assert.Contains($"data-max-chars=\"{ReportValidation.MaxNarrativeLength}\"", html, StringComparison.Ordinal);
        Assert.Contains("/20.000 ký tự", html, StringComparison.Ordinal);
        Assert.Matches(@"/js/char-counter(\.\w+)?\.js", html); // fingerprinted by MapStaticAssets

        var tooLong = Text(ReportValidation.MaxNarrativeLength + 1, "CUỐI-MỤC-QUÁ-DÀI");
        form[field] = tooLong;
        var response = await ReportForm.PostAsync(portal.Commune, portal.ReportId, form, "save");
        var answer = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("dài 20.001 ký tự, vượt giới hạn 20.000 ký tự", answer, StringComparison.Ordinal);
        Assert.Contains("Mục “", answer, StringComparison.Ordinal);
        Assert.Contains(tooLong.Replace("\n", "", StringComparison.Ordinal)[^200..], answer.Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(0, await portal.Factory.WithDbAsync(db => db.ReportNarratives.CountAsync(n => n.ReportId == portal.ReportId && n.Text != null && n.Text.EndsWith("CUỐI-MỤC-QUÁ-DÀI"))));

        // At the limit exactly (line breaks as the browser sends them, CR LF) it is saved.
        form = await ReportForm.ReadAsync(portal.Commune, portal.ReportId);
        form[field] = Text(ReportValidation.MaxNarrativeLength, "VỪA-ĐỦ").Replace("\n", "\r\n", StringComparison.Ordinal);
        response = await ReportForm.PostAsync(portal.Commune, portal.ReportId, form, "save");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await portal.Factory.WithDbAsync(db => db.ReportNarratives.CountAsync(n => n.ReportId == portal.ReportId && n.Text != null && n.Text.EndsWith("VỪA-ĐỦ"))));
    }

    [Theory]
    [InlineData(".Done", "Kết quả thực hiện", ReportValidation.MaxTaskTextLength, "4.000")]
    [InlineData(".Difficulties", "Khó khăn, vướng mắc", ReportValidation.MaxTaskTextLength, "4.000")]
    [InlineData(".Note", "Ghi chú, nguồn số liệu", ReportValidation.MaxTargetNoteLength, "1.000")]
    public async Task A_task_result_or_difficulty_or_a_target_note_over_its_limit_is_refused_with_the_limit_and_kept(string suffix, string label, int max, string limit)
    {
        var form = await ReportForm.ReadAsync(portal.Commune, portal.ReportId);
        var field = form.Keys.First(k => k.EndsWith(suffix, StringComparison.Ordinal));
        var html = await portal.Commune.GetStringAsync($"/Reports/Edit/{portal.ReportId}");
        var box = html[html.IndexOf($"name=\"{field}\"", StringComparison.Ordinal)..];
        Assert.Contains($"data-max-chars=\"{max}\"", box[..box.IndexOf('>', StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains($"/{limit} ký tự", html, StringComparison.Ordinal);

        var tooLong = Text(max + 1, "QUÁ-DÀI").Replace("\n", suffix == ".Note" ? " " : "\n", StringComparison.Ordinal);
        form[field] = tooLong;
        var response = await ReportForm.PostAsync(portal.Commune, portal.ReportId, form, "save");
        var answer = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains($"“{label}” dài {Display(max + 1)} ký tự, vượt giới hạn {limit} ký tự", answer, StringComparison.Ordinal);
        Assert.Contains(tooLong.Replace("\n", "", StringComparison.Ordinal)[^100..], answer.Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal);

        form = await ReportForm.ReadAsync(portal.Commune, portal.ReportId);
        form[field] = Text(max, "VỪA-ĐỦ").Replace("\n", suffix == ".Note" ? " " : "\r\n", StringComparison.Ordinal);
        // Another test of this class stores a narrative over its limit straight in the database: keep this save about this field.
        foreach (var key in form.Keys.Where(k => k.StartsWith("Narratives[", StringComparison.Ordinal) && k.EndsWith(".Text", StringComparison.Ordinal)).ToList())
        {
            form[key] = "Nội dung ngắn.";
        }

        response = await ReportForm.PostAsync(portal.Commune, portal.ReportId, form, "save");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await portal.Factory.WithDbAsync(db => suffix == ".Note"
            ? db.ReportTargetValues.CountAsync(v => v.ReportId == portal.ReportId && v.Note != null && v.Note.EndsWith("VỪA-ĐỦ"))
            : db.ReportTaskEntries.CountAsync(e => e.ReportId == portal.ReportId && ((e.Done ?? "") + "|" + (e.Difficulties ?? "")).Contains("VỪA-ĐỦ"))));
    }

    private static string Display(int n) => n.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));

    [Fact]
    public async Task A_stored_text_longer_than_a_cell_continues_in_the_next_rows_of_the_report_and_the_consolidated_workbooks()
    {
        // A section saved through the form, then made longer than a cell as data from before the limit would be.
        var form = await ReportForm.ReadAsync(portal.Commune, portal.ReportId);
        form[ReportForm.FirstNarrative(form)] = "Bản đầu.";
        Assert.Equal(HttpStatusCode.Redirect, (await ReportForm.PostAsync(portal.Commune, portal.ReportId, form, "save")).StatusCode);
        var old = Text(70_000, "HẾT-VĂN-BẢN-CŨ");
        var (unit, period) = await portal.Factory.WithDbAsync(async db =>
        {
            var narrative = await db.ReportNarratives.Where(n => n.ReportId == portal.ReportId).OrderBy(n => n.SortOrder).FirstAsync();
            narrative.Text = old;
            var report = await db.Reports.Include(r => r.Unit).SingleAsync(r => r.Id == portal.ReportId);
            report.Status = ReportStatus.Submitted; // counted by the consolidation
            report.SubmittedAt = DateTimeOffset.UtcNow;
            await db.SaveChangesAsync();
            return (report.Unit!.ParentId!.Value, report.PeriodId);
        });

        try
        {
            using (var book = await portal.Commune.WorkbookAsync($"/Reports/Excel/{portal.ReportId}"))
            {
                AssertWhole(book.Worksheet("Nội dung báo cáo"), old);
            }

            var admin = await portal.Factory.SignedInAsync("admin@hoctap.local");
            using (var book = await admin.WorkbookAsync(Consolidations.Url("/Consolidated/Excel", period, unit)))
            {
                AssertWhole(book.Worksheet("Nội dung báo cáo"), old);
            }

            Assert.Contains("HẾT-VĂN-BẢN-CŨ", Downloads.Text(await admin.PdfAsync(Consolidations.Url("/Consolidated/Pdf", period, unit))), StringComparison.Ordinal);
        }
        finally
        {
            // The other tests of this class edit the same report as a draft.
            await portal.Factory.WithDbAsync(async db =>
            {
                var report = await db.Reports.SingleAsync(r => r.Id == portal.ReportId);
                report.Status = ReportStatus.Draft;
                report.SubmittedAt = null;
                return await db.SaveChangesAsync();
            });
        }
    }

    /// <summary>The parts, read top to bottom without their markers, give back the text; each part says it continues.</summary>
    private static void AssertWhole(IXLWorksheet sheet, string text)
    {
        var parts = sheet.CellsUsed().Where(c => c.GetString().Contains("Xã đã tổ chức lớp", StringComparison.Ordinal)).OrderBy(c => c.Address.RowNumber).ToList();
        Assert.Equal(3, parts.Count);
        Assert.All(parts, p => Assert.True(p.GetString().Length <= CellOverflow.CellLimit));
        Assert.Single(parts.Select(p => p.Address.ColumnNumber).Distinct());
        Assert.All(parts.SkipLast(1), p => Assert.EndsWith(CellOverflow.Continues, p.GetString(), StringComparison.Ordinal));
        Assert.StartsWith("[Phần 2/3, tiếp theo] ", parts[1].GetString(), StringComparison.Ordinal);
        var joined = string.Concat(parts.Select((p, i) => p.GetString()[(i == 0 ? 0 : CellOverflow.ContinuedPrefix(i + 1, parts.Count).Length)..]
            .Replace(CellOverflow.Continues, "", StringComparison.Ordinal)));
        Assert.Equal(text, joined);
    }
}
