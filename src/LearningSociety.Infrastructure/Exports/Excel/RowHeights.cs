namespace LearningSociety.Infrastructure.Exports.Excel;

/// <summary>
/// A rough row height for wrapped text. Excel does not re-measure row heights when it opens
/// a file and ClosedXML cannot measure text on Linux, so without this a wrapped header is cut
/// off. One character is taken as one unit of column width (the width of "0"), which slightly
/// overestimates lower-case Vietnamese: a row a little too tall beats a cut-off one.
/// </summary>
internal static class RowHeights
{
    public const double LinePoints = 15.75;

    /// <summary>Excel's tallest row; a taller one makes it "repair" the file.</summary>
    public const double MaxPoints = 409;

    public static int Lines(string text, double columnWidth)
    {
        var usable = Math.Max(columnWidth - 1, 1);
        return text.Split('\n').Sum(part => Math.Max(1, (int)Math.Ceiling(part.Length / usable)));
    }

    /// <summary>Height in points for the tallest cell, or null when every cell fits on one line.</summary>
    public static double? For(IEnumerable<(string Text, double Width)> cells)
    {
        var lines = cells.Select(c => Lines(c.Text, c.Width)).DefaultIfEmpty(1).Max();
        return lines > 1 ? Math.Min((lines * LinePoints) + 2, MaxPoints) : null;
    }
}
