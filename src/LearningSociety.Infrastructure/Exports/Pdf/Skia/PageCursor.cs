using SkiaSharp;

namespace LearningSociety.Infrastructure.Exports.Pdf.Skia;

/// <summary>
/// The page being filled and the vertical position on it (points from the top edge). Pages
/// are opened when first drawn on, so a document has at least one page and no blank ones.
/// </summary>
internal sealed class PageCursor(SKDocument document, SKSize size, PdfMargins margins, Action<SKCanvas, int, PageCursor> onNewPage)
{
    private const float Epsilon = 0.01f;
    private SKCanvas? _canvas;

    public float PageWidth { get; } = size.Width;

    public float PageHeight { get; } = size.Height;

    public float Top { get; } = Units.FromMm(margins.TopMm);

    public float Bottom { get; } = size.Height - Units.FromMm(margins.BottomMm);

    public float Left { get; } = Units.FromMm(margins.LeftMm);

    public float Right { get; } = size.Width - Units.FromMm(margins.RightMm);

    public float Width => Right - Left;

    public int PageNumber { get; private set; }

    public float Y { get; set; } = Units.FromMm(margins.TopMm);

    public SKCanvas Canvas => _canvas ?? Open();

    public bool AtTop => _canvas is null || Y <= Top + Epsilon;

    public float Remaining => Bottom - Y;

    public bool Fits(float height) => Y + height <= Bottom + Epsilon;

    /// <summary>Moves on unless nothing has been drawn on this page yet.</summary>
    public void BreakPage()
    {
        if (!AtTop)
        {
            NewPage();
        }
    }

    /// <summary>
    /// Ends the current page; the next one opens when something is drawn on it, so a break at
    /// the end of the document leaves no blank page behind.
    /// </summary>
    public void NewPage()
    {
        if (_canvas is not null)
        {
            document.EndPage();
            _canvas = null;
        }

        Y = Top;
    }

    public void Finish()
    {
        if (_canvas is not null)
        {
            document.EndPage();
        }
        else if (PageNumber == 0)
        {
            document.BeginPage(PageWidth, PageHeight);
            document.EndPage();
        }

        document.Close();
    }

    private SKCanvas Open()
    {
        _canvas = document.BeginPage(PageWidth, PageHeight);
        PageNumber++;
        onNewPage(_canvas, PageNumber, this);
        return _canvas;
    }
}
