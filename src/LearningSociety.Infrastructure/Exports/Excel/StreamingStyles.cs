using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace LearningSociety.Infrastructure.Exports.Excel;

/// <summary>
/// The stylesheet of a streamed sheet: Times New Roman as in official documents, a title style,
/// a header style, and two body styles per column (plain, and text with Excel's quote prefix so
/// that a value starting like a formula stays literal when someone edits it).
/// </summary>
internal sealed class StreamingStyles
{
    public const uint Title = 1;
    public const uint Header = 2;
    private const uint FirstBody = 3;
    private const uint FirstCustomFormat = 164;

    private readonly IReadOnlyList<ExcelColumn> _columns;

    public StreamingStyles(IReadOnlyList<ExcelColumn> columns) => _columns = columns;

    public static uint Body(int column, bool quotePrefix) => FirstBody + ((uint)column * 2) + (quotePrefix ? 1u : 0u);

    public Stylesheet Build()
    {
        var formats = _columns.Select(c => c.EffectiveFormat).Distinct(StringComparer.Ordinal).ToList();
        var numberingFormats = new NumberingFormats(formats.Select((f, i) => new NumberingFormat { NumberFormatId = FirstCustomFormat + (uint)i, FormatCode = f }));
        var fonts = new Fonts(Font(false, 12), Font(true, 14), Font(true, 12));
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDEBF7" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }));
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(Side<LeftBorder>(), Side<RightBorder>(), Side<TopBorder>(), Side<BottomBorder>(), new DiagonalBorder()));
        var xfs = new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0 },
            new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center }) { FontId = 1, ApplyFont = true, ApplyAlignment = true },
            new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true })
            {
                FontId = 2, FillId = 2, BorderId = 1, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true,
            });
        foreach (var column in _columns)
        {
            var format = FirstCustomFormat + (uint)formats.IndexOf(column.EffectiveFormat);
            var text = column.Kind == ExcelColumnKind.Text;
            foreach (var quote in new[] { false, true })
            {
                xfs.Append(new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = text })
                {
                    FontId = 0, FillId = 0, BorderId = 1, NumberFormatId = format,
                    ApplyNumberFormat = true, ApplyBorder = true, ApplyAlignment = true, QuotePrefix = quote ? true : null,
                });
            }
        }

        return new Stylesheet(numberingFormats, fonts, fills, borders,
            new CellStyleFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0 }),
            xfs,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }));
    }

    private static Font Font(bool bold, double size)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = size }, new FontName { Val = "Times New Roman" }, new FontFamilyNumbering { Val = 1 });
        return font;
    }

    private static T Side<T>()
        where T : BorderPropertiesType, new() =>
        new() { Style = BorderStyleValues.Thin, Color = new Color { Indexed = 64 } };
}
