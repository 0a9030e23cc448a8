namespace LearningSociety.Infrastructure.Exports.Excel;

/// <summary>
/// Put in a total row, it becomes =SUM(…) over the body cells above it in the same column, so a
/// reviewer sees how the total is made and Excel recomputes it when a figure is corrected.
/// </summary>
public sealed record ExcelSum
{
    public static ExcelSum OfColumn { get; } = new();
}
