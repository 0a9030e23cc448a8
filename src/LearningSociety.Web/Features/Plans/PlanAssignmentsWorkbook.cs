using LearningSociety.Infrastructure.Exports.Excel;

namespace LearningSociety.Web.Features.Plans;

/// <summary>The appendix as a workbook: the assignments (deadline wording and its date as a real date) and the targets (values as numbers, a column per year or phase).</summary>
public static class PlanAssignmentsWorkbook
{
    public const string TasksSheet = "Phân công nhiệm vụ";
    public const string TargetsSheet = "Chỉ tiêu";

    public static byte[] Build(PlanDetailsModel model, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(model);
        var plan = model.Plan;
        using var book = new WorkbookBuilder(new ExcelDocumentInfo($"Bảng phân công nhiệm vụ — Kế hoạch số {plan.DocumentNumber}", plan.Issuer?.Name ?? "", now)
        {
            Subject = plan.Title,
            Company = plan.Issuer?.Name ?? "",
        });
        var attached = "(" + PlanAssignments.Attached(plan) + ")";

        book.AddSheet(TasksSheet).AddTitle("PHỤ LỤC").AddTitle(PlanAssignments.Title).AddTitle(attached).WriteTable(
            [new("STT", Width: 12), new("Nội dung nhiệm vụ", Width: 60), new("Cơ quan chủ trì", Width: 30), new("Cơ quan phối hợp", Width: 40),
             new("Thời hạn", Width: 28), new("Hạn hoàn thành", ExcelColumnKind.Date, 14)],
            PlanAssignments.Tasks(model).Select(r => (IReadOnlyList<object?>)[r.Number, r.Content, r.Lead, r.Cooperating, r.Deadline, r.Due]));

        var keys = PlanAssignments.ValueKeys(plan);
        var columns = new List<ExcelColumn> { new("Mã", Width: 8), new("Chỉ tiêu", Width: 60), new("Loại", Width: 22), new("Đơn vị tính", Width: 10) };
        columns.AddRange(keys.Select(k => new ExcelColumn(k, ExcelColumnKind.Decimal, 14) { NumberFormat = "General" }));
        columns.Add(new ExcelColumn("Cấp báo cáo", Width: 18));
        book.AddSheet(TargetsSheet).AddTitle("CHỈ TIÊU CỦA KẾ HOẠCH").AddTitle(attached).WriteTable(
            columns,
            PlanAssignments.Targets(plan).Select(t => (IReadOnlyList<object?>)
                [t.Code, t.Name, t.Kind, t.Unit, .. keys.Select(k => t.Values.TryGetValue(k, out var v) ? (object?)v : null), t.ReportedBy]));

        return book.ToArray();
    }
}
