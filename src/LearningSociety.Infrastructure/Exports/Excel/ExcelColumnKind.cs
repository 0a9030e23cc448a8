namespace LearningSociety.Infrastructure.Exports.Excel;

public enum ExcelColumnKind
{
    Text,
    Integer,
    Decimal,

    /// <summary>A fraction (0.405) that Excel shows as a percentage (40,5%).</summary>
    Percent,
    Date,
}
