namespace LearningSociety.Infrastructure.Exports.Pdf.Skia;

internal static class ParagraphLayout
{
    /// <summary>A heading needs room for itself and this many body lines below it, or it moves to the next page.</summary>
    private const int KeepWithNextLines = 2;

    public static void Render(LayoutContext ctx, PdfParagraph paragraph)
    {
        var style = new TextStyle(paragraph.FontSize);
        var runs = paragraph.Runs.Select(r => new StyledText(r.Text, new TextStyle(r.FontSize ?? paragraph.FontSize, r.Bold, r.Italic, r.Underline)));
        var lines = ctx.Breaker.Break(runs, ctx.Page.Width, Units.FromCm(paragraph.FirstLineIndentCm));
        ctx.Flow(lines, style, paragraph.Alignment, paragraph.LineSpacing, paragraph.SpaceBeforePt, paragraph.SpaceAfterPt);
    }

    public static void Render(LayoutContext ctx, PdfHeading heading)
    {
        var style = new TextStyle(heading.FontSize, Bold: true);
        var title = heading.Level <= 1;
        var lines = ctx.Break(heading.Text, style, ctx.Page.Width, title ? 0 : Units.FromCm(1));
        const float spaceBefore = 6;
        var needed = spaceBefore
            + lines.Sum(l => ctx.Painter.Measure(l, style, 1).Height)
            + (KeepWithNextLines * ctx.Fonts.LineHeight(new TextStyle(14)));
        if (!ctx.Page.AtTop && !ctx.Page.Fits(needed))
        {
            ctx.Page.NewPage();
        }

        ctx.Flow(lines, style, title ? PdfAlignment.Center : PdfAlignment.Left, 1, spaceBefore, 6);
    }
}
