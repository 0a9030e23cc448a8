namespace LearningSociety.Infrastructure.Exports.Pdf.Skia;

/// <summary>What every block layout needs: the page cursor, fonts, line breaking and drawing.</summary>
internal sealed class LayoutContext(PageCursor page, FontCache fonts, LineBreaker breaker, TextPainter painter)
{
    public PageCursor Page { get; } = page;

    public FontCache Fonts { get; } = fonts;

    public LineBreaker Breaker { get; } = breaker;

    public TextPainter Painter { get; } = painter;

    public List<TextLine> Break(string text, TextStyle style, float width, float firstLineIndent = 0) =>
        Breaker.Break([new StyledText(text, style)], width, firstLineIndent);

    /// <summary>Flows lines down the page, starting a new page whenever the next line does not fit.</summary>
    public void Flow(IReadOnlyList<TextLine> lines, TextStyle fallback, PdfAlignment alignment, float lineSpacing, float spaceBefore, float spaceAfter)
    {
        if (!Page.AtTop)
        {
            Page.Y += spaceBefore;
        }

        foreach (var line in lines)
        {
            var metrics = Painter.Measure(line, fallback, lineSpacing);
            if (!Page.Fits(metrics.Height))
            {
                Page.NewPage();
            }

            Painter.Draw(Page.Canvas, line, Page.Left, Page.Y, metrics.Ascent, alignment);
            Page.Y += metrics.Height;
        }

        Page.Y += spaceAfter;
    }

    /// <summary>Height of <paramref name="text"/> wrapped to <paramref name="width"/>, for blocks that must be kept together.</summary>
    public float Height(string text, TextStyle style, float width) =>
        Break(text, style, width).Sum(l => Painter.Measure(l, style, 1).Height);

    /// <summary>
    /// Draws wrapped text at a fixed place, without page breaks (the caller has checked the
    /// room), and returns the y below it; <paramref name="widest"/> is the widest line drawn.
    /// </summary>
    public float DrawAt(string text, TextStyle style, float x, float width, float y, PdfAlignment alignment, out float widest)
    {
        widest = 0;
        foreach (var line in Break(text, style, width))
        {
            var metrics = Painter.Measure(line, style, 1);
            Painter.Draw(Page.Canvas, line, x, y, metrics.Ascent, alignment);
            widest = Math.Max(widest, line.Width);
            y += metrics.Height;
        }

        return y;
    }
}
