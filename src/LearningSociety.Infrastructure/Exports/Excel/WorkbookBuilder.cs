using ClosedXML.Excel;

namespace LearningSociety.Infrastructure.Exports.Excel;

/// <summary>
/// Builds an .xlsx in memory: document properties, a Times New Roman default style as in
/// official documents, and one <see cref="SheetWriter"/> per sheet.
/// </summary>
public sealed class WorkbookBuilder : IDisposable
{
    private const int MaxSheetName = 31;
    private static readonly char[] ForbiddenInSheetName = ['\\', '/', '?', '*', '[', ']', ':'];
    private readonly XLWorkbook _workbook = new();

    public WorkbookBuilder(ExcelDocumentInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        _workbook.Properties.Title = SafeText.Clean(info.Title);
        _workbook.Properties.Author = SafeText.Clean(info.Author);
        _workbook.Properties.Subject = SafeText.Clean(info.Subject ?? string.Empty);
        _workbook.Properties.Company = SafeText.Clean(info.Company);
        _workbook.Properties.Created = info.Created.UtcDateTime;
        _workbook.Properties.Modified = info.Created.UtcDateTime;
        _workbook.Style.Font.FontName = "Times New Roman";
        _workbook.Style.Font.FontSize = 12;
    }

    /// <summary>
    /// Adds a sheet; the name is cut to Excel's 31 characters, stripped of the characters Excel
    /// refuses, and numbered when it repeats.
    /// </summary>
    public SheetWriter AddSheet(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var clean = new string([.. SafeText.Clean(name).Where(c => Array.IndexOf(ForbiddenInSheetName, c) < 0)]).Trim().Trim('\'');
        if (clean.Length == 0)
        {
            clean = "Trang tính";
        }

        var candidate = Cut(clean, MaxSheetName);
        for (var n = 2; _workbook.Worksheets.Any(w => string.Equals(w.Name, candidate, StringComparison.OrdinalIgnoreCase)); n++)
        {
            var suffix = $" ({n})";
            candidate = Cut(clean, MaxSheetName - suffix.Length) + suffix;
        }

        return new SheetWriter(_workbook.AddWorksheet(candidate));
    }

    public void SaveTo(Stream stream)
    {
        if (_workbook.Worksheets.Count == 0)
        {
            AddSheet("Trang tính");
        }

        _workbook.SaveAs(stream);
    }

    public byte[] ToArray()
    {
        using var stream = new MemoryStream();
        SaveTo(stream);
        return stream.ToArray();
    }

    public void Dispose() => _workbook.Dispose();

    private static string Cut(string s, int length) => s.Length <= length ? s : s[..length].TrimEnd();
}
