using System.Globalization;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Importing;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Text;

namespace LearningSociety.Infrastructure.Importing;

/// <summary>
/// The Excel template for importing a plan's tasks, assignments and targets, and its reader. The
/// template has a sheet per table with the allowed values as drop-down lists; the reader finds
/// columns by their headings, keeps every row it can read and reports each cell it cannot, by
/// sheet, row and column.
/// </summary>
public static class AssignmentWorkbook
{
    public const string TasksSheet = "Nhiệm vụ";
    public const string TargetsSheet = "Chỉ tiêu";
    private const string GuideSheet = "Hướng dẫn";

    private static readonly string[] TaskColumns = ["Số hiệu mục", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"];
    private static readonly double[] TaskWidths = [14, 70, 36, 48, 30];
    private static readonly string[] TargetColumns = ["Mã", "Tên chỉ tiêu", "Loại", "Đơn vị tính", "Tử số", "Mẫu số", "Cấp báo cáo", "Năm", "Giá trị"];
    private static readonly double[] TargetWidths = [8, 60, 20, 14, 40, 40, 14, 8, 10];

    private static readonly (string Label, TargetKind Kind)[] Kinds =
    [
        ("Tỷ lệ", TargetKind.Percentage), ("Tỷ lệ đơn vị đạt", TargetKind.UnitsReaching), ("Số lượng", TargetKind.Count),
        ("Có-Không", TargetKind.YesNo), ("Mức độ", TargetKind.Level),
    ];

    private static readonly (string Label, string Code)[] Levels = [("Tỉnh", "province"), ("Huyện", "district"), ("Xã", "commune"), ("Cơ quan", "agency")];

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Writes the empty template: headings, column widths, drop-down lists and a guide sheet.</summary>
    public static void CreateTemplate(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var workbook = new XLWorkbook();
        var tasks = workbook.Worksheets.Add(TasksSheet);
        var targets = workbook.Worksheets.Add(TargetsSheet);
        var guide = workbook.Worksheets.Add(GuideSheet);
        Headings(tasks, TaskColumns, TaskWidths);
        Headings(targets, TargetColumns, TargetWidths);
        tasks.Columns(2, 4).Style.Alignment.WrapText = true;
        targets.Column(2).Style.Alignment.WrapText = true;

        guide.Cell(1, 1).Value = "Loại chỉ tiêu";
        guide.Cell(1, 2).Value = "Cấp báo cáo";
        guide.Cell(1, 4).Value = "Cách điền";
        for (var i = 0; i < Kinds.Length; i++)
        {
            guide.Cell(i + 2, 1).Value = Kinds[i].Label;
        }

        for (var i = 0; i < Levels.Length; i++)
        {
            guide.Cell(i + 2, 2).Value = Levels[i].Label;
        }

        string[] notes =
        [
            "Trang “Nhiệm vụ”: mỗi dòng một nhiệm vụ; “Số hiệu mục” theo số của kế hoạch, nối bằng dấu chấm (ví dụ II.1.2.b).",
            "Nhiều cơ quan phối hợp cách nhau bằng dấu chấm phẩy (;).",
            "“Thời hạn” ghi như trong kế hoạch: “trước ngày 20/11/2024”, “trong quý II năm 2020”, “trước ngày 10/12 hằng năm”, “thường xuyên”.",
            "Trang “Chỉ tiêu”: “Giá trị” là con số cần đạt (40 cho 40%; 1 cho “Có”); số thập phân dùng dấu phẩy (40,5).",
        ];
        for (var i = 0; i < notes.Length; i++)
        {
            guide.Cell(i + 2, 4).Value = notes[i];
        }

        guide.Row(1).Style.Font.Bold = true;
        guide.Column(1).Width = 20;
        guide.Column(2).Width = 14;
        guide.Column(4).Width = 110;

        targets.Range(2, 3, 1000, 3).SetDataValidation().List(guide.Range(2, 1, Kinds.Length + 1, 1));
        targets.Range(2, 7, 1000, 7).SetDataValidation().List(guide.Range(2, 2, Levels.Length + 1, 2));
        workbook.SaveAs(output);
    }

    /// <summary>Reads a filled template.</summary>
    /// <exception cref="PlanFileException">The file is not an .xlsx workbook, or has neither sheet of the template.</exception>
    public static AssignmentWorkbookContent Read(Stream input, long maxBytes = PlanImportOptions.DefaultMaxFileBytes)
    {
        ArgumentNullException.ThrowIfNull(input);
        var bytes = PlanDocumentReader.ReadCapped(input, maxBytes);
        if (bytes.Length < 4 || bytes[0] != (byte)'P' || bytes[1] != (byte)'K')
        {
            throw new PlanFileException("Tệp không phải bảng tính Excel (.xlsx). Hãy tải mẫu nhập về, điền vào và lưu dưới dạng .xlsx.");
        }

        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(new MemoryStream(bytes, writable: false));
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException
            or InvalidOperationException or ArgumentException or FormatException or NullReferenceException or KeyNotFoundException)
        {
            throw new PlanFileException("Tệp không phải bảng tính Excel (.xlsx) hợp lệ hoặc đã bị hỏng. Hãy tải mẫu nhập về, điền vào và lưu dưới dạng .xlsx.", ex);
        }

        using (workbook)
        {
            var issues = new List<ImportIssue>();
            var taskSheet = Sheet(workbook, TasksSheet);
            var targetSheet = Sheet(workbook, TargetsSheet);
            if (taskSheet is null && targetSheet is null)
            {
                throw new PlanFileException($"Bảng tính không có trang “{TasksSheet}” hay “{TargetsSheet}” của mẫu nhập; hãy dùng mẫu tải từ cổng thông tin.");
            }

            var tasks = taskSheet is null ? [] : ReadTasks(taskSheet, issues);
            var targets = targetSheet is null ? [] : ReadTargets(targetSheet, issues);
            return new AssignmentWorkbookContent(tasks, targets, issues);
        }
    }

    private static void Headings(IXLWorksheet sheet, string[] columns, double[] widths)
    {
        for (var i = 0; i < columns.Length; i++)
        {
            sheet.Cell(1, i + 1).Value = columns[i];
            // AdjustToContents needs System.Drawing, which Linux servers lack: widths are set by hand.
            sheet.Column(i + 1).Width = widths[i];
        }

        var header = sheet.Range(1, 1, 1, columns.Length);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = XLColor.FromHtml("#DDEBF7");
        header.Style.Alignment.WrapText = true;
        sheet.SheetView.FreezeRows(1);
    }

    private static IXLWorksheet? Sheet(XLWorkbook workbook, string name) =>
        workbook.Worksheets.FirstOrDefault(w => VietnameseText.Fold(w.Name) == VietnameseText.Fold(name));

    private static List<AssignmentRow> ReadTasks(IXLWorksheet sheet, List<ImportIssue> issues)
    {
        var columns = Columns(sheet, TaskColumns, required: ["Nhiệm vụ"], issues);
        var rows = new List<AssignmentRow>();
        if (columns is null)
        {
            return rows;
        }

        foreach (var row in DataRows(sheet))
        {
            var cells = new RowReader(sheet.Name, row, columns, issues);
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

    private static List<TargetRow> ReadTargets(IXLWorksheet sheet, List<ImportIssue> issues)
    {
        var columns = Columns(sheet, TargetColumns, required: ["Mã", "Tên chỉ tiêu", "Loại"], issues);
        var rows = new List<TargetRow>();
        if (columns is null)
        {
            return rows;
        }

        foreach (var row in DataRows(sheet))
        {
            var cells = new RowReader(sheet.Name, row, columns, issues);
            var code = cells.Text("Mã");
            var name = cells.Text("Tên chỉ tiêu");
            var kindText = cells.Text("Loại");
            TargetKind? kind = kindText is null ? null : Kinds.Where(k => VietnameseText.Fold(k.Label).Replace('-', '/') == VietnameseText.Fold(kindText).Replace('-', '/')).Select(k => (TargetKind?)k.Kind).FirstOrDefault();
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
                    cells.Issue("Loại", $"loại “{kindText}” không hợp lệ; chọn một trong: {string.Join(", ", Kinds.Select(k => k.Label))}.");
                }

                continue;
            }

            var levelText = cells.Text("Cấp báo cáo");
            var level = levelText is null ? null : Levels.Where(l => VietnameseText.Fold(l.Label) == VietnameseText.Fold(levelText)).Select(l => l.Code).FirstOrDefault();
            if (levelText is not null && level is null)
            {
                cells.Issue("Cấp báo cáo", $"“{levelText}” không hợp lệ; chọn một trong: {string.Join(", ", Levels.Select(l => l.Label))}.");
            }

            var year = cells.Number("Năm");
            if (year is { } y && (y != Math.Floor(y) || y < 1900 || y > 2100))
            {
                cells.Issue("Năm", $"năm “{y.ToString(Vietnamese)}” không hợp lệ.");
                year = null;
            }

            var value = kind == TargetKind.YesNo ? cells.YesNo("Giá trị") : cells.Number("Giá trị");
            if (value is { } v && (v < 0 || (kind is TargetKind.Percentage or TargetKind.UnitsReaching && v > 100)))
            {
                cells.Issue("Giá trị", $"giá trị {v.ToString(Vietnamese)} nằm ngoài khoảng cho phép (0–100 với tỷ lệ).");
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

    /// <summary>Reads the cells of one row by heading and records problems with their location.</summary>
    private sealed class RowReader(string sheet, IXLRow row, Dictionary<string, int> columns, List<ImportIssue> issues)
    {
        public string? Text(string column)
        {
            if (!columns.TryGetValue(column, out var c))
            {
                return null;
            }

            var cell = row.Cell(c);
            var value = cell.DataType == XLDataType.Number
                ? cell.GetDouble().ToString(CultureInfo.InvariantCulture)
                : cell.GetString();
            return string.IsNullOrWhiteSpace(value) ? null : VietnameseText.Nfc(value);
        }

        public List<string> List(string column) =>
            Text(column)?.Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList() ?? [];

        public decimal? Number(string column)
        {
            if (!columns.TryGetValue(column, out var c))
            {
                return null;
            }

            var cell = row.Cell(c);
            if (cell.DataType == XLDataType.Number)
            {
                return (decimal)cell.GetDouble();
            }

            var text = Text(column);
            if (text is null)
            {
                return null;
            }

            var cleaned = text.Replace("%", string.Empty, StringComparison.Ordinal).Trim();
            if (decimal.TryParse(cleaned, NumberStyles.Number, Vietnamese, out var vi) || decimal.TryParse(cleaned, NumberStyles.Number, CultureInfo.InvariantCulture, out vi))
            {
                return vi;
            }

            Issue(column, $"“{text}” không phải là số.");
            return null;
        }

        public decimal? YesNo(string column)
        {
            var text = Text(column);
            return text is null ? null : VietnameseText.Fold(text) switch
            {
                "co" or "1" => 1,
                "khong" or "0" => 0,
                _ => Number(column),
            };
        }

        public void Issue(string column, string message)
        {
            var location = string.Create(CultureInfo.InvariantCulture, $"Trang tính “{sheet}”, dòng {row.RowNumber()}, cột “{column}”");
            issues.Add(new ImportIssue(location, message, row.RowNumber()));
        }
    }
}
