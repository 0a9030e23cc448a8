namespace LearningSociety.Infrastructure.Exports.Pdf.Skia;

/// <summary>
/// "Nơi nhận" (bold italic 12 pt, list 11 pt) on the left and the signature block (bold
/// capitals 14 pt, room to sign, the name in bold) on the right, starting on the same line
/// and never split between pages.
/// </summary>
internal static class ClosingLayout
{
    private const float LeftShare = 0.45f;
    private const float SpaceBefore = 12;

    public static void Render(LayoutContext ctx, PdfClosing closing)
    {
        var page = ctx.Page;
        var leftX = page.Left;
        var leftW = page.Width * LeftShare;
        var rightX = leftX + leftW;
        var rightW = page.Width - leftW;
        var heading = new TextStyle(12, Bold: true, Italic: true);
        var item = new TextStyle(11);
        var signature = new TextStyle(14, Bold: true);
        var space = Units.FromCm(closing.SignatureSpaceCm);

        var leftHeight = (closing.Recipients.Count > 0 ? ctx.Height("Nơi nhận:", heading, leftW) : 0)
            + closing.Recipients.Sum(r => ctx.Height(r, item, leftW));
        var rightHeight = closing.SignatureTitles.Sum(t => ctx.Height(t, signature, rightW)) + space + ctx.Height(closing.SignerName, signature, rightW);
        if (!page.AtTop && !page.Fits(SpaceBefore + Math.Max(leftHeight, rightHeight)))
        {
            page.NewPage();
        }

        // "Nơi nhận:" and the first signature line stand on one baseline.
        var top = page.AtTop ? page.Y : page.Y + SpaceBefore;
        var baseline = top + Math.Max(ctx.Fonts.Ascent(heading), ctx.Fonts.Ascent(signature));
        var left = baseline - ctx.Fonts.Ascent(heading);
        if (closing.Recipients.Count > 0)
        {
            left = ctx.DrawAt("Nơi nhận:", heading, leftX, leftW, left, PdfAlignment.Left, out _);
            foreach (var recipient in closing.Recipients)
            {
                left = ctx.DrawAt(recipient, item, leftX, leftW, left, PdfAlignment.Left, out _);
            }
        }

        var right = baseline - ctx.Fonts.Ascent(signature);
        foreach (var title in closing.SignatureTitles)
        {
            right = ctx.DrawAt(title, signature, rightX, rightW, right, PdfAlignment.Center, out _);
        }

        right = ctx.DrawAt(closing.SignerName, signature, rightX, rightW, right + space, PdfAlignment.Center, out _);
        page.Y = Math.Max(left, right);
    }
}
