using System.Globalization;
using System.Text;
using SkiaSharp;

namespace LearningSociety.Infrastructure.Exports.Pdf.Skia;

/// <summary>
/// Draws a <see cref="PdfDocumentModel"/> with SkiaSharp's PDF backend: real text with embedded
/// font subsets, so the result can be searched, copied and read back. The layout (wrapping,
/// justification, tables across pages, page numbers) is our own and lives in this folder only.
/// Thread-safe: the typefaces are shared, everything else belongs to one call.
/// </summary>
public sealed class SkiaPdfRenderer : IPdfRenderer, IDisposable
{
    private const float PageNumberSize = 13;
    private readonly Lazy<FontSet> _fonts;
    private readonly bool _subset;

    public SkiaPdfRenderer(PdfFontOptions? options = null)
    {
        options ??= new PdfFontOptions();
        var directories = options.FontDirectories.ToList();
        _subset = options.SubsetFonts;
        _fonts = new Lazy<FontSet>(() => FontSet.Load(directories), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The family found on this machine ("Liberation Serif" or "DejaVu Serif").</summary>
    public string FontFamily => _fonts.Value.Family;

    /// <summary>True when fonts are cut to the glyphs a document uses (HarfBuzz's subsetter is installed).</summary>
    public static bool SubsetsFonts => HarfBuzzSubsetter.IsAvailable;

    public void Render(PdfDocumentModel document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);

        using var subset = _subset ? _fonts.Value.SubsetFor(DocumentCodepoints.Of(document)) : null;
        using var fonts = new FontCache(subset ?? _fonts.Value);
        using var painter = new TextPainter(fonts);
        using var pdf = SKDocument.CreatePdf(output, Metadata(document))
            ?? throw new InvalidOperationException("SkiaSharp không tạo được tệp PDF.");

        var page = new PageCursor(pdf, PageSize(document.PageSize), document.Margins, (canvas, number, cursor) => DrawPageNumber(canvas, number, cursor, fonts, painter));
        var ctx = new LayoutContext(page, fonts, new LineBreaker(fonts), painter);
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case PdfParagraph paragraph:
                    ParagraphLayout.Render(ctx, paragraph);
                    break;
                case PdfHeading heading:
                    ParagraphLayout.Render(ctx, heading);
                    break;
                case PdfTable table:
                    TableLayout.Render(ctx, table);
                    break;
                case PdfOfficialHeader header:
                    OfficialHeaderLayout.Render(ctx, header);
                    break;
                case PdfClosing closing:
                    ClosingLayout.Render(ctx, closing);
                    break;
                case PdfPageBreak:
                    page.BreakPage();
                    break;
                default:
                    throw new NotSupportedException($"Khối PDF '{block.GetType().Name}' chưa được hỗ trợ.");
            }
        }

        page.Finish();
    }

    public void Dispose()
    {
        if (_fonts.IsValueCreated)
        {
            _fonts.Value.Dispose();
        }
    }

    private static SKSize PageSize(PdfPageSize size)
    {
        // Skia writes the MediaBox in whole points; laying out on the same size keeps the right
        // margin where the viewer will put it.
        return size == PdfPageSize.A4Landscape ? new SKSize(Units.A4Height, Units.A4Width) : new SKSize(Units.A4Width, Units.A4Height);
    }

    /// <summary>Decree 30: Arabic numerals, centred in the top margin, none on the first page.</summary>
    private static void DrawPageNumber(SKCanvas canvas, int number, PageCursor page, FontCache fonts, TextPainter painter)
    {
        if (number < 2)
        {
            return;
        }

        var style = new TextStyle(PageNumberSize);
        var text = number.ToString(CultureInfo.InvariantCulture);
        var width = fonts.Measure(text, style);
        var line = new TextLine(0, width);
        line.Add(new TextWord([new StyledText(text, style)], [width], width, 0));
        var top = (page.Top - fonts.LineHeight(style)) / 2;
        painter.Draw(canvas, line, (page.PageWidth - width) / 2, top, fonts.Ascent(style), PdfAlignment.Left);
    }

    private static SKDocumentPdfMetadata Metadata(PdfDocumentModel document)
    {
        var created = (document.Created ?? DateTimeOffset.UtcNow).UtcDateTime;
        return new SKDocumentPdfMetadata
        {
            Title = Nfc(document.Title),
            Author = Nfc(document.Author),
            Subject = Nfc(document.Subject),
            Creator = "Cổng thông tin xây dựng xã hội học tập",
            Creation = created,
            Modified = created,
            RasterDpi = SKDocumentPdfMetadata.DefaultRasterDpi,
            EncodingQuality = SKDocumentPdfMetadata.DefaultEncodingQuality,
        };
    }

    private static string? Nfc(string? s) => s?.Normalize(NormalizationForm.FormC);
}
