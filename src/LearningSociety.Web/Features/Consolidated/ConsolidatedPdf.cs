using LearningSociety.Domain.Documents;
using LearningSociety.Infrastructure.Exports.Pdf;
using LearningSociety.Web.Features.Shared;

namespace LearningSociety.Web.Features.Consolidated;

/// <summary>
/// The consolidation as an official report (Decree 30/2020/NĐ-CP): header, "BÁO CÁO", the same
/// figures as the page, the units still missing, "Nơi nhận" and the signature block.
/// </summary>
public static class ConsolidatedPdf
{
    /// <summary>Reporters quoted under a section when the consolidating unit wrote nothing there itself.</summary>
    public const int QuotedPerSection = 10;

    public static PdfDocumentModel Build(ConsolidatedModel model, DateOnly today, DateTimeOffset now, ConsolidatedNarratives narratives)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(narratives);
        var issuer = ConsolidatedExport.IssuerOf(model);
        var unit = model.Scope.Unit?.Name ?? "";
        var title = ConsolidatedExport.Title(model);
        var blocks = new List<PdfBlock>
        {
            new PdfOfficialHeader(issuer.Name, $"Số:        /{issuer.Symbol}", OfficialDate.PlaceAndDate(issuer.Place, today))
            {
                ParentIssuer = issuer.Parent,
            },
            new PdfHeading("BÁO CÁO"),
            new PdfHeading(title),
            new PdfParagraph($"Đơn vị tổng hợp: {unit}. " + (model.Consolidation.ApprovedOnly ? "Chỉ tính số liệu đã duyệt." : "Tính tất cả báo cáo đã nộp.")),
        };

        if (model.Total is { } total)
        {
            blocks.Add(new PdfHeading("I. TÌNH HÌNH NỘP BÁO CÁO", 2));
            blocks.Add(new PdfParagraph(
                $"Số đơn vị phải nộp: {Display.Number(total.Expected)}; đã nộp: {Display.Number(total.Received)}; nộp đúng hạn: {Display.Number(total.OnTime)}. "
                + $"Tỷ lệ nộp báo cáo: {FigureText.Percent(total.Completeness)}; tỷ lệ nộp đúng hạn: {FigureText.Percent(total.Timeliness)}."));
        }

        blocks.Add(new PdfHeading("II. KẾT QUẢ THỰC HIỆN CHỈ TIÊU", 2));
        blocks.Add(new PdfTable(
            [new("Mã", 0.6f), new("Chỉ tiêu", 4), new("Kết quả chung", 3), new("Đánh giá", 1.4f, PdfAlignment.Center)],
            [.. model.Targets.Select(t => (IReadOnlyList<string>)[t.Code, t.Name, t.Total, Verdict(t.TotalBelow, t.Unanswered)])])
        {
            FontSize = 11,
            EmptyText = "Kỳ báo cáo này không có chỉ tiêu nào.",
        });

        blocks.Add(new PdfHeading("III. KẾT QUẢ THEO ĐƠN VỊ", 2));
        blocks.Add(ByUnit(model));

        var missing = ConsolidatedExport.Missing(model);
        blocks.Add(new PdfHeading("IV. ĐƠN VỊ CHƯA BÁO CÁO", 2));
        blocks.Add(new PdfTable(
            [new("STT", 0.6f, PdfAlignment.Center), new("Đơn vị", 4), new("Tình trạng", 1.6f), new("Liên hệ", 3)],
            [.. missing.Select((m, i) => (IReadOnlyList<string>)[(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), m.Name, m.Status ?? "", Contact(m)])])
        {
            FontSize = 11,
            EmptyText = "Tất cả đơn vị đã báo cáo.",
        });

        if (narratives is { Outline.Count: > 0 })
        {
            blocks.Add(new PdfHeading("V. NỘI DUNG BÁO CÁO THEO ĐỀ CƯƠNG", 2));
            blocks.AddRange(Narratives(narratives));
        }

        blocks.Add(new PdfClosing(
            ["- Như trên;", "- Lưu: VT."],
            issuer.Signature,
            ""));

        return new PdfDocumentModel(blocks)
        {
            Title = "Báo cáo " + title,
            Author = issuer.Name,
            Subject = unit,
            Created = now,
        };
    }

    /// <summary>One row per child as on the page: received/expected, on time, and each target's figure.</summary>
    private static PdfTable ByUnit(ConsolidatedModel model)
    {
        var columns = new List<PdfTableColumn> { new("Đơn vị", 3), new("Đã nộp / phải nộp", 1.3f, PdfAlignment.Right), new("Đúng hạn", 1, PdfAlignment.Right) };
        columns.AddRange(model.Targets.Select(t => new PdfTableColumn("Chỉ tiêu " + t.Code, 1.6f)));
        var rows = new List<IReadOnlyList<string>>();
        foreach (var row in model.Own is { } own ? [own, .. model.Children] : model.Children)
        {
            var cells = new List<string> { row.Name, $"{Display.Number(row.Received)}/{Display.Number(row.Expected)}", Display.Number(row.OnTime) };
            var key = row == model.Own ? "Báo cáo riêng" : row.Name;
            cells.AddRange(model.Targets.Select(t => (key == "Báo cáo riêng" ? t.Own : t.Children.FirstOrDefault(c => c.Name == row.Name)) is { } cell
                ? cell.Text + (cell.Below == true ? " (dưới chỉ tiêu)" : "")
                : "—"));
            rows.Add(cells);
        }

        var total = model.Total is { } tot
            ? (IReadOnlyList<string>)[tot.Name, $"{Display.Number(tot.Received)}/{Display.Number(tot.Expected)}", Display.Number(tot.OnTime), .. model.Targets.Select(t => t.Total)]
            : null;
        return new PdfTable(columns, rows) { TotalRow = total, FontSize = 9 };
    }

    /// <summary>
    /// Each outline section in order: the consolidating unit's own text, or else what its reporters
    /// wrote, each under its name, the first few only so a province's report stays readable.
    /// </summary>
    private static IEnumerable<PdfBlock> Narratives(ConsolidatedNarratives narratives)
    {
        foreach (var section in narratives.Outline)
        {
            var sub = section.Number.Contains('.', StringComparison.Ordinal);
            // "Mục" keeps the outline's own numbers apart from this report's I–V.
            yield return new PdfHeading($"Mục {section.Number}. {section.Title}", sub ? 3 : 2) { FontSize = 13 };
            var entries = narratives.Entries.Where(e => e.Number == section.Number).ToList();
            var own = entries.Where(e => e.IsOwn).ToList();
            if (own.Count > 0)
            {
                foreach (var line in own.SelectMany(e => Lines(e.Text)))
                {
                    yield return new PdfParagraph(line);
                }

                continue;
            }

            if (entries.Count == 0)
            {
                yield return new PdfParagraph([new PdfRun("(Chưa có đơn vị nào báo cáo nội dung này.)") { Italic = true }]);
            }

            foreach (var e in entries.Take(QuotedPerSection))
            {
                yield return new PdfParagraph([new PdfRun($"{e.Reporter}: ") { Bold = true }, new PdfRun(string.Join(" ", Lines(e.Text)))]);
            }

            if (entries.Count > QuotedPerSection)
            {
                yield return new PdfParagraph([new PdfRun($"… và {Display.Number(entries.Count - QuotedPerSection)} đơn vị khác (xem tệp Excel, trang “Nội dung báo cáo”).") { Italic = true }]);
            }
        }
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Verdict(bool? below, string? unanswered) =>
        unanswered ?? below switch { true => "Dưới chỉ tiêu", false => "Đạt chỉ tiêu", _ => "Không đánh giá" };

    private static string Contact(ConsolidatedExport.MissingReporter m) =>
        string.Join(" · ", new[] { m.Contact, m.Phone, m.Email }.Where(s => !string.IsNullOrWhiteSpace(s))) is { Length: > 0 } s ? s : "Chưa có thông tin liên hệ";
}
