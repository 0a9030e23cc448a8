namespace LearningSociety.Infrastructure.Exports.Excel;

/// <summary>
/// A column: its Vietnamese header, the kind of values, and its width in Excel's units
/// (characters of the default font). Widths are explicit because ClosedXML's
/// AdjustToContents measures text through System.Drawing, which throws on Linux.
/// </summary>
public sealed record ExcelColumn(string Header, ExcelColumnKind Kind = ExcelColumnKind.Text, double? Width = null)
{
    /// <summary>Overrides the kind's format, e.g. "#,##0.00" for two decimals.</summary>
    public string? NumberFormat { get; init; }

    public double EffectiveWidth => Width ?? Kind switch
    {
        ExcelColumnKind.Text => 30,
        ExcelColumnKind.Date => 12,
        ExcelColumnKind.Percent => 10,
        _ => 14,
    };

    public string EffectiveFormat => NumberFormat ?? ExcelFormats.For(Kind);
}
