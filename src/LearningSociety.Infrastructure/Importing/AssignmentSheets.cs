using System.Globalization;
using ClosedXML.Excel;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Importing;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Text;

namespace LearningSociety.Infrastructure.Importing;

/// <summary>Reads the two sheets of the import workbook, keeping what it can and reporting each cell it cannot.</summary>
internal static class AssignmentSheets
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static List<AssignmentRow> ReadTasks(IXLWorksheet sheet, List<ImportIssue> issues)
    {
        var columns = Columns(sheet, AssignmentWorkbook.TaskColumns, required: ["Nhiệm vụ"], issues);
        var rows = new List<AssignmentRow>();
        if (columns is null)
        {
            return rows;
        }

        foreach (var row in DataRows(sheet))
        {
            var cells = new WorkbookRowReader(sheet.Name, row, columns, issues);
            var task = cells.Text("Nhiệm vụ");
            if (task is null)
            {
                cells.Issue("Nhiệm vụ", "thiếu nội dung nhiệm vụ; dòng này bị bỏ qua.");
                continue;
            }

            var lead = cells.List("Cơ quan chủ trì");
            if (lead.Count == 0)
            {
                cells.Issue("Cơ quan chủ trì", "chưa ghi cơ quan chủ trì.");
            }

            var deadlineText = cells.Text("Thời hạn");
            DeadlineRule? deadline = null;
            if (deadlineText is not null)
            {
                deadline = DeadlineParser.Parse(deadlineText);
                if (deadline is null)
                {
                    cells.Issue("Thời hạn", $"không đọc được thời hạn “{deadlineText}” (ví dụ: “trước ngày 20/11/2024”, “trong quý II năm 2024”, “thường xuyên”).");
                }
            }

            rows.Add(new AssignmentRow(row.RowNumber(), cells.Text("Số hiệu mục") ?? string.Empty, task, lead, cells.List("Cơ quan phối hợp"), deadlineText, deadline));
        }

        return rows;
    }

    public static List<TargetRow> ReadTargets(IXLWorksheet sheet, List<ImportIssue> issues)
    {
        var columns = Columns(sheet, AssignmentWorkbook.TargetColumns, required: ["Mã", "Tên chỉ tiêu", "Loại"], issues);
        var rows = new List<TargetRow>();
        if (columns is null)
        {
            return rows;
        }

        foreach (var row in DataRows(sheet))
        {
            var cells = new WorkbookRowReader(sheet.Name, row, columns, issues);
            var code = cells.Text("Mã");
            var name = cells.Text("Tên chỉ tiêu");
            var kindText = cells.Text("Loại");
            TargetKind? kind = kindText is null ? null : AssignmentWorkbook.Kinds.Where(k => VietnameseText.Fold(k.Label).Replace('-', '/') == VietnameseText.Fold(kindText).Replace('-', '/')).Select(k => (TargetKind?)k.Kind).FirstOrDefault();
            if (code is null || name is null || kind is null)
            {
                if (code is null)
                {
                    cells.Issue("Mã", "thiếu mã chỉ tiêu; dòng này bị bỏ qua.");
                }

                if (name is null)
                {
                    cells.Issue("Tên chỉ tiêu", "thiếu tên chỉ tiêu; dòng này bị bỏ qua.");
                }

                if (kind is null)
                {
                    cells.Issue("Loại", $"loại “{kindText}” không hợp lệ; chọn một trong: {string.Join(", ", AssignmentWorkbook.Kinds.Select(k => k.Label))}.");
                }

                continue;
            }

            var levelText = cells.Text("Cấp báo cáo");
            var level = levelText is null ? null : AssignmentWorkbook.Levels.Where(l => VietnameseText.Fold(l.Label) == VietnameseText.Fold(levelText)).Select(l => l.Code).FirstOrDefault();
            if (levelText is not null && level is null)
            {
                cells.Issue("Cấp báo cáo", $"“{levelText}” không hợp lệ; chọn một trong: {string.Join(", ", AssignmentWorkbook.Levels.Select(l => l.Label))}.");
            }

            var year = cells.Number("Năm");
            if (year is { } y && (y != Math.Floor(y) || y < 1900 || y > 2100))
            {
                cells.Issue("Năm", $"năm “{y.ToString(Vietnamese)}” không hợp lệ.");
                year = null;
            }

            var value = kind == TargetKind.YesNo ? cells.YesNo("Giá trị") : cells.Number("Giá trị");
            if (value is { } v && TargetKinds.GoalProblem(kind.Value, v) is { } problem)
            {
                cells.Issue("Giá trị", $"giá trị {v.ToString(Vietnamese)} nằm ngoài khoảng cho phép ({problem}).");
                value = null;
            }

            rows.Add(new TargetRow(row.RowNumber(), code, name, kind.Value, cells.Text("Đơn vị tính"), cells.Text("Tử số"), cells.Text("Mẫu số"), level, year is { } yy ? (int)yy : null, value));
        }

        return rows;
    }

    /// <summary>Column numbers by heading (accents and case ignored); null when a required heading is missing.</summary>
    private static Dictionary<string, int>? Columns(IXLWorksheet sheet, string[] expected, string[] required, List<ImportIssue> issues)
    {
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        var lastColumn = sheet.LastColumnUsed()?.ColumnNumber() ?? 0;
        for (var c = 1; c <= lastColumn; c++)
        {
            var heading = VietnameseText.Fold(sheet.Cell(1, c).GetString());
            var match = expected.FirstOrDefault(e => VietnameseText.Fold(e) == heading);
            if (match is not null && !found.ContainsKey(match))
            {
                found[match] = c;
            }
        }

        var missing = required.Where(r => !found.ContainsKey(r)).ToList();
        if (missing.Count > 0)
        {
            issues.Add(new ImportIssue($"Trang tính “{sheet.Name}”, dòng 1", $"thiếu cột {string.Join(", ", missing.Select(m => "“" + m + "”"))}; trang này không được đọc."));
            return null;
        }

        return found;
    }

    private static IEnumerable<IXLRow> DataRows(IXLWorksheet sheet)
    {
        var last = sheet.LastRowUsed()?.RowNumber() ?? 1;
        for (var r = 2; r <= last; r++)
        {
            var row = sheet.Row(r);
            if (!row.CellsUsed().Any(c => !string.IsNullOrWhiteSpace(c.GetString())))
            {
                continue;
            }

            yield return row;
        }
    }
}
