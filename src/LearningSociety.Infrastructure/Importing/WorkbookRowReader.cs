using System.Globalization;
using ClosedXML.Excel;
using LearningSociety.Domain.Importing;
using LearningSociety.Domain.Text;

namespace LearningSociety.Infrastructure.Importing;

/// <summary>Reads the cells of one row by heading and records problems with their location.</summary>
internal sealed class WorkbookRowReader(string sheet, IXLRow row, Dictionary<string, int> columns, List<ImportIssue> issues)
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

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
