namespace LearningSociety.Infrastructure.Exports.Excel;

/// <summary>
/// Number formats written in Excel's invariant notation: Excel swaps the separators for the
/// reader's locale, so a Vietnamese Excel shows 1.030 and 40,5% while the file stays portable.
/// Never bake vi-VN separators into a format or into a number stored as text.
/// </summary>
public static class ExcelFormats
{
    public const string Integer = "#,##0";
    public const string Decimal = "#,##0.0";
    public const string Percent = "0.0%";

    /// <summary>dd/MM/yyyy. Excel format codes write months in lower case; "mm" after "dd" is the month.</summary>
    public const string Date = "dd/mm/yyyy";

    /// <summary>Marks a column as text so that what a user types later is not reinterpreted either.</summary>
    public const string Text = "@";

    public static string For(ExcelColumnKind kind) => kind switch
    {
        ExcelColumnKind.Integer => Integer,
        ExcelColumnKind.Decimal => Decimal,
        ExcelColumnKind.Percent => Percent,
        ExcelColumnKind.Date => Date,
        _ => Text,
    };
}
