using LearningSociety.Infrastructure.Exports.Excel;

namespace LearningSociety.Web.Features.Reports;

/// <summary>One report as a workbook: tasks, targets (figures as numbers) and the narrative sections. Every text a reporter typed goes through <see cref="SafeText"/>.</summary>
public static class ReportWorkbook
{
    public const string TasksSheet = "Nhiệm vụ";
    public const string TargetsSheet = "Chỉ tiêu";
    public const string NarrativesSheet = "Nội dung báo cáo";

    /// <summary>"General": a figure keeps the decimals it was typed with (40,5) and an integer shows no trailing separator.</summary>
    private const string AsTyped = "General";

    public static byte[] Build(ReportDocument doc, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var form = doc.Form;
        using var book = new WorkbookBuilder(new ExcelDocumentInfo("Báo cáo " + doc.Title, form.Agency, now) { Subject = form.PlanTitle, Company = form.Agency });
        var heading = "BÁO CÁO " + doc.Title.ToUpper(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));
        var who = $"{form.Agency} · {form.Unit}";

        book.AddSheet(TasksSheet).AddTitle(heading).AddTitle(who).WriteTable(
            [new("Số TT", Width: 12), new("Nhiệm vụ", Width: 50), new("Vai trò", Width: 10), new("Thời hạn", Width: 26), new("Tình trạng", Width: 22),
             new("% hoàn thành", ExcelColumnKind.Integer, 12), new("Kết quả", Width: 60)],
            ReportFigures.Tasks(form).Select(t => (IReadOnlyList<object?>)[t.Number, t.Task, t.Role, t.Deadline, t.Status, t.Percent, t.Result]));

        book.AddSheet(TargetsSheet).AddTitle(heading).AddTitle(who).WriteTable(
            [new("Mã", Width: 8), new("Chỉ tiêu", Width: 50), new("Tử số", ExcelColumnKind.Decimal, 12) { NumberFormat = AsTyped },
             new("Mẫu số", ExcelColumnKind.Decimal, 12) { NumberFormat = AsTyped }, new("Số lượng", ExcelColumnKind.Decimal, 12) { NumberFormat = AsTyped },
             new("Kết quả", Width: 16), new("Chỉ tiêu kế hoạch", Width: 16), new("Ghi chú", Width: 40)],
            ReportFigures.Targets(form).Select(t => (IReadOnlyList<object?>)[t.Code, t.Name, t.Numerator, t.Denominator, t.Count, t.Value, t.Goal, t.Note]));

        book.AddSheet(NarrativesSheet).AddTitle(heading).AddTitle(who).WriteTable(
            [new("Mục", Width: 8), new("Tiêu đề", Width: 40), new("Nội dung", Width: 100)],
            form.Narratives.Select(n => (IReadOnlyList<object?>)[n.Number, n.Title, n.Text]));

        return book.ToArray();
    }
}
