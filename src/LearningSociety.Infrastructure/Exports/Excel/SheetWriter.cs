using ClosedXML.Excel;

namespace LearningSociety.Infrastructure.Exports.Excel;

/// <summary>
/// Writes one table per sheet: optional title lines, a bold wrapped header row that stays
/// frozen and repeats on every printed page, typed body cells, an optional bold total row
/// (kept out of the filter range so sorting never moves it), and A4 landscape printing one
/// page wide.
/// </summary>
public sealed class SheetWriter
{
    private readonly IXLWorksheet _sheet;
    private readonly List<string> _titles = [];
    private bool _written;

    internal SheetWriter(IXLWorksheet sheet) => _sheet = sheet;

    public string Name => _sheet.Name;

    /// <summary>A line above the table ("BÁO CÁO …"), centred across it.</summary>
    public SheetWriter AddTitle(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        if (_written)
        {
            throw new InvalidOperationException("Tiêu đề phải được thêm trước khi ghi bảng.");
        }

        _titles.Add(title);
        return this;
    }

    /// <returns>The row number of the header row.</returns>
    public int WriteTable(IReadOnlyList<ExcelColumn> columns, IEnumerable<IReadOnlyList<object?>> rows, IReadOnlyList<object?>? totalRow = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        if (columns.Count == 0 || _written)
        {
            throw new InvalidOperationException(_written ? "Mỗi trang tính chỉ ghi một bảng." : "Bảng phải có ít nhất một cột.");
        }

        _written = true;
        var header = WriteTitles(columns.Count);
        WriteHeader(header, columns);

        var row = header;
        foreach (var values in rows.SelectMany(CellOverflow.Split))
        {
            row++;
            WriteRow(row, columns, values);
        }

        var body = _sheet.Range(header, 1, row, columns.Count);
        body.SetAutoFilter();
        if (row == header)
        {
            row++;
            var empty = _sheet.Range(row, 1, row, columns.Count).Merge();
            SafeText.Write(empty.FirstCell(), "Không có dữ liệu");
            empty.Style.Font.Italic = true;
            empty.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        }

        if (totalRow is not null)
        {
            var last = row;
            row++;
            WriteRow(row, columns, totalRow);
            WriteSums(row, header + 1, last, totalRow);
            _sheet.Row(row).Style.Font.Bold = true;
        }

        var table = _sheet.Range(header, 1, row, columns.Count).Style.Border;
        table.OutsideBorder = XLBorderStyleValues.Thin;
        table.InsideBorder = XLBorderStyleValues.Thin;

        for (var i = 0; i < columns.Count; i++)
        {
            _sheet.Column(i + 1).Width = columns[i].EffectiveWidth;
        }

        _sheet.SheetView.FreezeRows(header);
        SetUpPrinting(header);
        return header;
    }

    private int WriteTitles(int width)
    {
        var row = 0;
        foreach (var title in _titles)
        {
            row++;
            var range = _sheet.Range(row, 1, row, width).Merge();
            SafeText.Write(range.FirstCell(), title);
            range.Style.Font.Bold = true;
            range.Style.Font.FontSize = 14;
            range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        }

        // One empty row between the titles and the table.
        return _titles.Count == 0 ? 1 : row + 2;
    }

    private void WriteHeader(int row, IReadOnlyList<ExcelColumn> columns)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            SafeText.Write(_sheet.Cell(row, i + 1), columns[i].Header);
        }

        var style = _sheet.Range(row, 1, row, columns.Count).Style;
        style.Font.Bold = true;
        style.Alignment.WrapText = true;
        style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        style.Fill.BackgroundColor = XLColor.FromArgb(0xDD, 0xEB, 0xF7);
        FitHeight(row, columns.Select(c => ((string?)c.Header, c.EffectiveWidth)));
    }

    private void FitHeight(int row, IEnumerable<(string? Text, double Width)> cells)
    {
        if (RowHeights.For(cells.Where(c => c.Text is not null).Select(c => (c.Text!, c.Width))) is { } height)
        {
            _sheet.Row(row).Height = height;
        }
    }

    private void WriteRow(int row, IReadOnlyList<ExcelColumn> columns, IReadOnlyList<object?> values)
    {
        if (values.Count > columns.Count)
        {
            throw new ArgumentException($"Hàng {row} có {values.Count} ô, nhiều hơn {columns.Count} cột.", nameof(values));
        }

        for (var i = 0; i < columns.Count; i++)
        {
            var cell = _sheet.Cell(row, i + 1);
            CellValues.Write(cell, i < values.Count ? values[i] : null);

            // After the value: ClosedXML gives a date its own format when it is written.
            cell.Style.NumberFormat.Format = columns[i].EffectiveFormat;
            cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            if (columns[i].Kind == ExcelColumnKind.Text)
            {
                cell.Style.Alignment.WrapText = true;
            }
        }

        FitHeight(row, columns.Select((c, i) => (c.Kind == ExcelColumnKind.Text && i < values.Count ? values[i] as string : null, c.EffectiveWidth)));
    }

    private void WriteSums(int row, int first, int last, IReadOnlyList<object?> totalRow)
    {
        for (var i = 0; i < totalRow.Count; i++)
        {
            if (totalRow[i] is ExcelSum sum)
            {
                var column = _sheet.Column(i + 1).ColumnLetter();
                _sheet.Cell(row, i + 1).FormulaA1 = last < first ? "0" : $"{sum.Function}({column}{first}:{column}{last})";
            }
        }
    }

    private void SetUpPrinting(int header)
    {
        var page = _sheet.PageSetup;
        page.PaperSize = XLPaperSize.A4Paper;
        page.PageOrientation = XLPageOrientation.Landscape;
        page.FitToPages(1, 0);
        page.SetRowsToRepeatAtTop(header, header);
        page.CenterHorizontally = true;
        page.Margins.Left = 0.6;
        page.Margins.Right = 0.4;
        page.Margins.Top = 0.6;
        page.Margins.Bottom = 0.6;
        page.Footer.Center.AddText("Trang ", XLHFOccurrence.AllPages);
        page.Footer.Center.AddText(XLHFPredefinedText.PageNumber, XLHFOccurrence.AllPages);
        page.Footer.Center.AddText("/", XLHFOccurrence.AllPages);
        page.Footer.Center.AddText(XLHFPredefinedText.NumberOfPages, XLHFOccurrence.AllPages);
    }
}
