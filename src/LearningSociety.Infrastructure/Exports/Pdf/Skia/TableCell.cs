namespace LearningSociety.Infrastructure.Exports.Pdf.Skia;

/// <summary>A laid-out table cell: its box across the page and its wrapped lines with their heights.</summary>
internal sealed record TableCell(float X, float Width, IReadOnlyList<TextLine> Lines, IReadOnlyList<LineMetrics> Metrics, PdfAlignment Alignment)
{
    public float HeightOf(int from, int to)
    {
        var sum = 0f;
        for (var i = from; i < to; i++)
        {
            sum += Metrics[i].Height;
        }

        return sum;
    }
}
