namespace LearningSociety.Infrastructure.Exports.Excel;

/// <summary>
/// Put in a total row, it becomes a formula over the body cells above it in the same column
/// (=SUM(…), or =MIN(…) for a lowest value), so a reviewer sees how the total is made and Excel
/// recomputes it when a figure is corrected.
/// </summary>
public sealed record ExcelSum
{
    private ExcelSum(string function) => Function = function;

    public static ExcelSum OfColumn { get; } = new("SUM");

    /// <summary>The lowest value of the column (a level target's total is the lowest level reached).</summary>
    public static ExcelSum MinOfColumn { get; } = new("MIN");

    public string Function { get; }
}
