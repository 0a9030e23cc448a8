namespace LearningSociety.Infrastructure.Exports.Pdf;

/// <summary>
/// A ruled table across the text width. The header (the column headers plus any
/// <see cref="ExtraHeaderRows"/>, such as the "(1) (2) (3)" numbering row of Vietnamese report
/// forms) repeats at the top of every page the table reaches. Body rows that do not fit move
/// to the next page; a row taller than a whole page is split between pages.
/// </summary>
public sealed record PdfTable(IReadOnlyList<PdfTableColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows) : PdfBlock
{
    public IReadOnlyList<IReadOnlyList<string>> ExtraHeaderRows { get; init; } = [];

    /// <summary>An optional last row printed in bold ("Tổng cộng").</summary>
    public IReadOnlyList<string>? TotalRow { get; init; }

    public float FontSize { get; init; } = 12;

    /// <summary>The one row printed when <see cref="Rows"/> is empty, so an empty report still says so.</summary>
    public string EmptyText { get; init; } = "Không có dữ liệu";

    public float SpaceAfterPt { get; init; } = 6;
}
