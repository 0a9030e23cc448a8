using LearningSociety.Domain.Documents;
using LearningSociety.Infrastructure.Exports.Pdf;
using LearningSociety.Web.Features.Shared;

namespace LearningSociety.Web.Features.Reports;

/// <summary>
/// One report as an official document (Decree 30/2020/NĐ-CP): the reporting body's header, "BÁO
/// CÁO" and its title, the narrative sections in the outline's order, the tasks and targets
/// tables, "Nơi nhận" and the signature block.
/// </summary>
public static class ReportPdf
{
    public static PdfDocumentModel Build(ReportDocument doc, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var form = doc.Form;
        var blocks = new List<PdfBlock>
        {
            new PdfOfficialHeader(doc.Issuer.Name, $"Số:        /BC-{doc.Issuer.Symbol}", OfficialDate.PlaceAndDate(doc.Issuer.Place, doc.Date))
            {
                ParentIssuer = doc.Issuer.Parent,
            },
            new PdfHeading("BÁO CÁO"),
            new PdfHeading(doc.Title),
            new PdfParagraph($"Thực hiện Kế hoạch số {form.Plan} ({form.PlanTitle}), {form.Agency} báo cáo kết quả thực hiện {form.PeriodName.ToLower(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))} "
                + $"(số liệu từ ngày {Display.Date(form.CutoffStart)} đến ngày {Display.Date(form.CutoffEnd)}) như sau:"),
        };

        foreach (var section in form.Narratives)
        {
            var sub = section.Number.Contains('.', StringComparison.Ordinal);
            blocks.Add(new PdfHeading($"{section.Number}. {section.Title}", sub ? 3 : 2) { FontSize = sub ? 13 : 14 });
            var paragraphs = (section.Text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            blocks.AddRange(paragraphs.Length == 0
                ? [new PdfParagraph([new PdfRun("(Không có nội dung.)") { Italic = true }])]
                : paragraphs.Select(p => new PdfParagraph(p)));
        }

        blocks.Add(new PdfHeading("Biểu 1. Kết quả thực hiện nhiệm vụ", 2) { FontSize = 13 });
        blocks.Add(new PdfTable(
            [new("Số TT", 1.5f, PdfAlignment.Center), new("Nhiệm vụ", 3.6f), new("Tình trạng", 1.6f), new("% hoàn thành", 1.2f, PdfAlignment.Right), new("Kết quả", 3.2f)],
            [.. ReportFigures.Tasks(form).Select(t => (IReadOnlyList<string>)[t.Number, $"{t.Task} ({t.Role.ToLower(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))})", t.Status,
                t.Percent is { } p ? Display.Number(p) + "%" : "", t.Result])])
        {
            FontSize = 11,
            EmptyText = "Kế hoạch không giao nhiệm vụ cụ thể cho đơn vị.",
        });

        blocks.Add(new PdfHeading("Biểu 2. Kết quả thực hiện chỉ tiêu", 2) { FontSize = 13 });
        blocks.Add(new PdfTable(
            [new("Mã", 0.7f, PdfAlignment.Center), new("Chỉ tiêu", 3.8f), new("Tử số", 1.1f, PdfAlignment.Right), new("Mẫu số", 1.1f, PdfAlignment.Right),
             new("Kết quả", 1.4f, PdfAlignment.Right), new("Chỉ tiêu kế hoạch", 1.3f, PdfAlignment.Right)],
            [.. ReportFigures.Targets(form).Select(t => (IReadOnlyList<string>)[t.Code, t.Name, Number(t.Numerator), Number(t.Denominator), t.Value, t.Goal])])
        {
            FontSize = 11,
            EmptyText = "Đơn vị không báo cáo chỉ tiêu nào trong kỳ này.",
        });

        blocks.Add(new PdfClosing([$"- {form.Reviewer};", "- Lưu: VT."], doc.SignatureTitles, ""));
        return new PdfDocumentModel(blocks)
        {
            Title = "Báo cáo " + doc.Title,
            Author = form.Agency,
            Subject = form.PlanTitle,
            Created = now,
        };
    }

    private static string Number(decimal? value) => value is { } v ? Display.Number(v) : "";
}
