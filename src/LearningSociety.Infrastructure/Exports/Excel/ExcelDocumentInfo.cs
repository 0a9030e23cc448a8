namespace LearningSociety.Infrastructure.Exports.Excel;

/// <summary>The workbook's document properties (File › Info in Excel). <see cref="Created"/> comes from the injected clock.</summary>
public sealed record ExcelDocumentInfo(string Title, string Author, DateTimeOffset Created)
{
    public string? Subject { get; init; }

    public string Company { get; init; } = "Sở Giáo dục và Đào tạo";
}
