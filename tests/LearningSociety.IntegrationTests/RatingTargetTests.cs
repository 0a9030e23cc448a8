using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using LearningSociety.Domain.Reporting;
using LearningSociety.IntegrationTests.Infrastructure;
using LearningSociety.UnitTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.IntegrationTests;

/// <summary>
/// A rating target ("xếp loại") end to end over HTTP: added in the plan editor to the Cần Đước plan, reported
/// by communes with random counts per level, approved by the district; the API, the consolidated page, the
/// workbook (reopened) and the PDF (pdftotext) give the sums this test computes.
/// </summary>
public sealed partial class RatingTargetTests : IAsyncLifetime
{
    private static readonly string[] Levels = ["Tốt", "Khá", "Trung bình", "Chưa đạt"];
    private readonly PortalFactory factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task Counts_by_level_sum_up_the_tree_on_every_surface()
    {
        factory.CreatePortalClient();
        var admin = await factory.SignedInAsync("admin@hoctap.local");
        var periodId = await factory.PeriodIdAsync("KH-BCĐ");
        var planId = await factory.WithDbAsync(db => db.ReportingPeriods.Where(p => p.Id == periodId).Select(p => p.PlanId).SingleAsync());
        var target = new Dictionary<string, string>
        {
            ["Code"] = "XL1", ["Name"] = "Cộng đồng học tập cấp xã xếp loại", ["Kind"] = "RatingDistribution", ["UnitOfMeasure"] = "cộng đồng học tập",
            ["ReportedBy"] = "Commune", ["AmendingDocument"] = "Kế hoạch số 15/KH-UBND ngày 01/12/2024", ["RatingLevels"] = string.Join('\n', Levels), ["RatingGoalLevels"] = "2",
            ["Values[0].Year"] = "2024", ["Values[0].Value"] = "80",
        };

        // Seven levels are refused beside the field, and what was typed stays.
        var tooMany = await admin.PreviewAsync($"/PlanEditor/Target/{planId}", new(target) { ["RatingLevels"] = "A\nB\nC\nD\nE\nF\nG" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMany.StatusCode);
        Assert.Contains("Cần từ 2 đến 6 mức xếp loại (đã có 7).", WebUtility.HtmlDecode(await tooMany.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        // The change to confirm reads the goal with its level, not a bare "80%".
        var preview = await admin.PreviewAsync($"/PlanEditor/Target/{planId}", target);
        Assert.Contains("cần đạt 80% từ Khá trở lên (năm 2024)", WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var added = await admin.ChangeAsync($"/PlanEditor/Target/{planId}", target);
        Assert.True(added.StatusCode == HttpStatusCode.Redirect, string.Join(" | ", Problems().Matches(WebUtility.HtmlDecode(await added.Content.ReadAsStringAsync())).Select(m => m.Value)));
        Assert.Equal("2|Tốt|Khá|Trung bình|Chưa đạt", await factory.WithDbAsync(db => db.Targets.Where(t => t.PlanId == planId && t.Code == "XL1").Select(t => t.RatingLevels).SingleAsync()));

        // Three Cần Đước communes whose report is still open for editing, each with a new officer.
        var canDuoc = await factory.UnitIdAsync(Consolidations.CanDuoc);
        var reports = await factory.WithDbAsync(db => db.Reports
            .Where(r => r.PeriodId == periodId && (r.Status == ReportStatus.Draft || r.Status == ReportStatus.Returned)
                && r.Agency!.Kind == Domain.Agencies.AgencyKind.PeoplesCommittee && r.Agency.Unit!.ParentId == canDuoc)
            .OrderBy(r => r.Id).Select(r => new { r.Id, r.Agency!.Key }).Take(3).ToListAsync());
        Assert.Equal(3, reports.Count);
        var random = new Random(15);
        var sums = new decimal[Levels.Length];
        var district = await factory.SignedInAsync("phong.gddt.canduoc@hoctap.local");
        for (var k = 0; k < 3; k++)
        {
            var reportId = reports[k].Id;
            await factory.CreateUserAsync($"xep.loai{k}@test.vn", Domain.Identity.Roles.CommuneOfficer, reports[k].Key);
            var commune = await factory.SignedInAsync($"xep.loai{k}@test.vn");
            var form = await ReportForm.ReadAsync(commune, reportId);
            var field = await factory.TargetFieldAsync(form, "KH-BCĐ", "XL1");
            for (var j = 0; j < Levels.Length; j++)
            {
                var count = random.Next(0, 60);
                sums[j] += count;
                form[$"{field}.Ratings[{j}]"] = count.ToString(CultureInfo.InvariantCulture);
            }

            form[ReportForm.FirstNarrative(form)] = "Đã đánh giá, xếp loại cộng đồng học tập cấp xã.";
            if (k == 0)
            {
                // A level left blank while others are filled is refused, and nothing is lost.
                var half = new Dictionary<string, string>(form) { [$"{field}.Ratings[1]"] = "" };
                var refused = await ReportForm.PostAsync(commune, reportId, half, "save");
                Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
                var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
                Assert.Contains("Nhập số đơn vị cho mọi mức xếp loại", html, StringComparison.Ordinal);
                Assert.Contains($"name=\"{field}.Ratings[0]\" value=\"{form[$"{field}.Ratings[0]"]}\"", html, StringComparison.Ordinal);
                Assert.Contains("inputmode=\"numeric\"", html, StringComparison.Ordinal);
            }

            Assert.Equal(HttpStatusCode.Redirect, (await ReportForm.PostAsync(commune, reportId, form, "submit")).StatusCode);

            // The review shows the counts by level.
            var review = WebUtility.HtmlDecode(await district.GetStringAsync($"/Reports/Edit/{reportId}"));
            Assert.Contains($"name=\"{field}.Ratings[3]\" value=\"{form[$"{field}.Ratings[3]"]}\"", review, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Redirect, (await district.PostFormAsync($"/Reports/Edit/{reportId}", $"/Reports/Review/{reportId}", new() { ["decision"] = "Approve" })).StatusCode);
            Assert.Equal(ReportStatus.Approved, await factory.WithDbAsync(db => db.Reports.Where(r => r.Id == reportId).Select(r => r.Status).SingleAsync()));
        }

        var reaching = sums[0] + sums[1];
        var total = sums.Sum();

        var api = (await admin.ApiAsync(periodId, canDuoc, approvedOnly: true)).Target("XL1");
        Assert.Equal("RatingDistribution", api.GetProperty("kind").GetString());
        Assert.Equal(reaching, api.GetProperty("numerator").GetDecimal());
        Assert.Equal(total, api.GetProperty("denominator").GetDecimal());
        Assert.Equal(Math.Round(reaching * 100 / total, 2, MidpointRounding.AwayFromZero), api.GetProperty("value").GetDecimal());
        Assert.Equal(80m, api.GetProperty("targetValue").GetDecimal());

        var breakdown = string.Join(" · ", Levels.Select((l, j) => $"{l} {N(sums[j])}"));
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync(Consolidations.Url("/Consolidated", periodId, canDuoc, approvedOnly: true)));
        Assert.Contains($"{breakdown}; {N(reaching)}/{N(total)} từ Khá trở lên", page, StringComparison.Ordinal);
        Assert.Contains("chỉ tiêu 80% từ Khá trở lên", page, StringComparison.Ordinal);

        using (var book = await admin.WorkbookAsync(Consolidations.Url("/Consolidated/Excel", periodId, canDuoc, approvedOnly: true)))
        {
            var byUnit = book.Worksheet("Theo đơn vị");
            for (var j = 0; j < Levels.Length; j++)
            {
                var header = byUnit.CellsUsed().Single(c => c.GetString() == $"XL1 — xếp loại {Levels[j]}");
                var cells = byUnit.Column(header.Address.ColumnNumber).CellsUsed().Where(c => c.Address.RowNumber > header.Address.RowNumber).ToList();
                var totalCell = cells.Single(c => c.HasFormula);
                Assert.Equal(sums[j], cells.Where(c => !c.HasFormula && c.DataType == ClosedXML.Excel.XLDataType.Number).Sum(c => c.GetValue<decimal>()));
                Assert.Equal(sums[j], totalCell.GetValue<decimal>());
            }

            Assert.Contains(book.Worksheets.SelectMany(s => s.CellsUsed()), c => c.GetString().Contains("XL1", StringComparison.Ordinal) && c.Worksheet.Name != "Theo đơn vị");
        }

        var pdf = await admin.PdfAsync(Consolidations.Url("/Consolidated/Pdf", periodId, canDuoc, approvedOnly: true));
        var path = Path.Combine(Path.GetTempPath(), $"rating-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            var text = Spaces().Replace(ExternalTool.Run("pdftotext", ["-enc", "UTF-8", path, "-"], TimeSpan.FromSeconds(60)), " ");
            Assert.Contains($"{N(reaching)}/{N(total)} từ Khá trở lên", text, StringComparison.Ordinal);
            Assert.Contains($"Tốt {N(sums[0])}", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string N(decimal value) => value.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"));

    [GeneratedRegex(@"(?:invalid-feedback|alert)[^>]*>[^<]{3,}|<li>[^<]{3,}")]
    private static partial Regex Problems();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
