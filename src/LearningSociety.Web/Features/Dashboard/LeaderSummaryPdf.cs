using LearningSociety.Domain.Documents;
using LearningSociety.Infrastructure.Exports.Pdf;
using LearningSociety.Web.Features.Consolidated;
using LearningSociety.Web.Features.Shared;

namespace LearningSociety.Web.Features.Dashboard;

/// <summary>
/// The leader's summary on one A4 page whatever the scope: three key figures, targets against
/// values and the units furthest behind. Lists are cut to a fixed number of rows and long names
/// to a fixed length, so the page cannot overflow; what is cut is said ("và N đơn vị khác").
/// </summary>
public static class LeaderSummaryPdf
{
    public const int MaxTargets = 6;
    public const int MaxUnits = 6;
    private const int MaxName = 80;

    public static PdfDocumentModel Build(LeaderSummary summary, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var n = summary.Numbers;
        var issuer = summary.Issuer;
        var blocks = new List<PdfBlock>
        {
            new PdfOfficialHeader(issuer.Name, $"Số:        /{issuer.Symbol}", OfficialDate.PlaceAndDate(issuer.Place, today)) { ParentIssuer = issuer.Parent },
            new PdfHeading("TÓM TẮT TÌNH HÌNH THỰC HIỆN") { FontSize = 13 },
            new PdfHeading(Cut(summary.Title + " — " + summary.Unit, 160)) { FontSize = 12 },
            Line($"{summary.Basis} Số liệu đến ngày {Display.Date(today)}.", italic: true),
            new PdfHeading("1. Các chỉ số chính", 2) { FontSize = 12 },
            new PdfTable(
                [new("Chỉ số", 3), new("Tỷ lệ", 1, PdfAlignment.Right), new("Số báo cáo", 1.4f, PdfAlignment.Right)],
                [
                    ["Tỷ lệ nộp báo cáo", FigureText.Percent(n.Completeness), $"{Display.Number(n.Received)}/{Display.Number(n.Expected)}"],
                    ["Tỷ lệ nộp đúng hạn", FigureText.Percent(n.Timeliness), $"{Display.Number(n.OnTime)}/{Display.Number(n.Expected)}"],
                    ["Báo cáo đã duyệt", FigureText.Percent(n.Expected == 0 ? null : summary.Approved * 100m / n.Expected), $"{Display.Number(summary.Approved)}/{Display.Number(n.Expected)}"],
                    ["Chỉ tiêu đạt (trong số chỉ tiêu có giá trị năm nay)", "", n.TargetsJudged == 0 ? "—" : $"{Display.Number(n.TargetsMet)}/{Display.Number(n.TargetsJudged)}"],
                    ["Nhiệm vụ quá hạn", "", Display.Number(n.OverdueTasks)],
                ])
            {
                FontSize = 10.5f,
            },
            new PdfHeading("2. Chỉ tiêu so với kết quả", 2) { FontSize = 12 },
            new PdfTable(
                [new("Mã", 0.5f, PdfAlignment.Center), new("Chỉ tiêu", 3.4f), new("Kết quả", 2.9f), new("Đánh giá", 1.1f, PdfAlignment.Center)],
                [.. summary.Targets.Take(MaxTargets).Select(t => (IReadOnlyList<string>)[t.Code, Cut(t.Name, MaxName), Cut(t.Text, 90), Verdict(t)])])
            {
                FontSize = 10,
                EmptyText = "Kỳ báo cáo này không có chỉ tiêu.",
            },
        };
        if (summary.Targets.Count > MaxTargets)
        {
            blocks.Add(Line($"và {Display.Number(summary.Targets.Count - MaxTargets)} chỉ tiêu khác (xem báo cáo tổng hợp).", italic: true));
        }

        blocks.Add(new PdfHeading("3. Đơn vị chậm nhất", 2) { FontSize = 12 });
        blocks.Add(new PdfTable(
            [new("Đơn vị", 4), new("Đã nộp / phải nộp", 1.3f, PdfAlignment.Right), new("Tỷ lệ nộp", 1, PdfAlignment.Right), new("Đúng hạn", 1, PdfAlignment.Right)],
            [.. summary.Lagging.Take(MaxUnits).Select(c => (IReadOnlyList<string>)[Cut(c.Name, 60), $"{Display.Number(c.Received)}/{Display.Number(c.Expected)}",
                FigureText.Percent(c.Completeness), FigureText.Percent(c.Timeliness)])])
        {
            FontSize = 10,
            EmptyText = "Tất cả đơn vị đã nộp đủ và đúng hạn.",
        });
        if (summary.Lagging.Count > MaxUnits)
        {
            blocks.Add(Line($"và {Display.Number(summary.Lagging.Count - MaxUnits)} đơn vị khác.", italic: true));
        }

        return new PdfDocumentModel(blocks)
        {
            Margins = new PdfMargins(15, 15, 30, 15),
            Title = "Tóm tắt tình hình thực hiện — " + summary.Unit,
            Author = issuer.Name,
            Subject = summary.Title,
            Created = now,
        };
    }

    private static PdfParagraph Line(string text, bool italic) =>
        new([new PdfRun(text) { Italic = italic }]) { FontSize = 11, FirstLineIndentCm = 0, Alignment = PdfAlignment.Left, SpaceAfterPt = 4 };

    private static string Verdict(DashboardModel.TargetLine t) =>
        t.Unanswered ?? t.Below switch { true => "Dưới chỉ tiêu", false => "Đạt", _ => "—" };

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..(length - 1)].TrimEnd() + "…";
}
