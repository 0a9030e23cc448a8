namespace LearningSociety.Infrastructure.Exports.Pdf.Skia;

/// <summary>
/// The head of a Decree 30 document in two columns: issuing body left (about two fifths of the
/// text width), national title and motto right, with the number and the place-and-date line
/// side by side below them.
/// </summary>
internal static class OfficialHeaderLayout
{
    private const float LeftShare = 0.4f;
    private const float RuleGap = 3;

    public static void Render(LayoutContext ctx, PdfOfficialHeader header)
    {
        var page = ctx.Page;
        page.BreakPage();
        var leftX = page.Left;
        var leftW = page.Width * LeftShare;
        var rightX = leftX + leftW;
        var rightW = page.Width - leftW;
        var top = page.Y;

        // Left: parent body in regular capitals, issuing body in bold capitals, a rule a third
        // to a half as long as the issuing body's name.
        var y = top;
        if (!string.IsNullOrWhiteSpace(header.ParentIssuer))
        {
            y = ctx.DrawAt(header.ParentIssuer, new TextStyle(13), leftX, leftW, y, PdfAlignment.Center, out _);
        }

        y = ctx.DrawAt(header.Issuer, new TextStyle(13, Bold: true), leftX, leftW, y, PdfAlignment.Center, out var issuerWidth);
        y += RuleGap;
        var ruleLength = issuerWidth * 0.4f;
        ctx.Painter.Rule(page.Canvas, leftX + ((leftW - ruleLength) / 2), leftX + ((leftW + ruleLength) / 2), y);
        var leftBottom = y;

        // Right: the national title at 13 pt when it fits on one line, else 12; the motto at 14
        // (else 13) with a rule as long as the motto itself.
        var title = new TextStyle(FitSize(ctx, header.NationalTitle, true, rightW, 13, 12), Bold: true);
        y = ctx.DrawAt(header.NationalTitle, title, rightX, rightW, top, PdfAlignment.Center, out _);
        var motto = new TextStyle(FitSize(ctx, header.Motto, true, rightW, 14, 13), Bold: true);
        y = ctx.DrawAt(header.Motto, motto, rightX, rightW, y, PdfAlignment.Center, out var mottoWidth);
        y += RuleGap - ctx.Fonts.Get(motto).Metrics.Descent + 1;
        ctx.Painter.Rule(page.Canvas, rightX + ((rightW - mottoWidth) / 2), rightX + ((rightW + mottoWidth) / 2), y);
        var rightBottom = y;

        // The number and the date line stand on one baseline although their sizes differ.
        var row2 = Math.Max(leftBottom, rightBottom) + 8;
        var number = new TextStyle(13);
        var date = new TextStyle(FitSize(ctx, header.PlaceAndDate, false, rightW, 14, 13), Italic: true);
        var baseline = row2 + Math.Max(ctx.Fonts.Ascent(number), ctx.Fonts.Ascent(date));
        var left = ctx.DrawAt(header.DocumentNumber, number, leftX, leftW, baseline - ctx.Fonts.Ascent(number), PdfAlignment.Center, out _);
        if (!string.IsNullOrWhiteSpace(header.Summary))
        {
            left = ctx.DrawAt(header.Summary, new TextStyle(12), leftX, leftW, left, PdfAlignment.Center, out _);
        }

        var right = ctx.DrawAt(header.PlaceAndDate, date, rightX, rightW, baseline - ctx.Fonts.Ascent(date), PdfAlignment.Center, out _);

        page.Y = Math.Max(left, right) + 12;
    }

    private static float FitSize(LayoutContext ctx, string text, bool bold, float width, float preferred, float smaller) =>
        ctx.Fonts.Measure(text.Normalize(System.Text.NormalizationForm.FormC), new TextStyle(preferred, Bold: bold)) <= width ? preferred : smaller;
}
