using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
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

    internal static readonly string[] TaskColumns = ["Số hiệu mục", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"];
    private static readonly double[] TaskWidths = [14, 70, 36, 48, 30];
    internal static readonly string[] TargetColumns = ["Mã", "Tên chỉ tiêu", "Loại", "Đơn vị tính", "Tử số", "Mẫu số", "Cấp báo cáo", "Năm", "Giá trị"];
    private static readonly double[] TargetWidths = [8, 60, 20, 14, 40, 40, 14, 8, 10];

    internal static readonly (string Label, TargetKind Kind)[] Kinds = [.. TargetKinds.All.Select(k => (TargetKinds.TemplateLabel(k), k))];

    internal static readonly (string Label, string Code)[] Levels = [("Tỉnh", "province"), ("Huyện", "district"), ("Xã", "commune"), ("Cơ quan", "agency")];

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

    /// <summary>
    /// What a filled template may unzip to: a plan of a thousand tasks is well under 1 MB; ClosedXML
    /// holds a workbook in memory at many times its XML size, so this also bounds the server's memory.
    /// </summary>
    public const long MaxExpandedBytes = 25L * 1024 * 1024;

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

        ZipBudget.Check(bytes, MaxExpandedBytes, "Bảng tính");
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(new MemoryStream(bytes, writable: false));
        }
        // ClosedXML 0.95 reports a zip that is no workbook (a .docx, say) with whichever exception its
        // loader happens to hit first, NullReferenceException and KeyNotFoundException included.
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

            var tasks = taskSheet is null ? [] : AssignmentSheets.ReadTasks(taskSheet, issues);
            var targets = targetSheet is null ? [] : AssignmentSheets.ReadTargets(targetSheet, issues);
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
}
