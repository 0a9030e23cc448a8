using SkiaSharp;

namespace LearningSociety.Infrastructure.Exports.Pdf.Skia;

/// <summary>Draws laid-out lines and rules. Everything is solid black, as Decree 30 asks.</summary>
internal sealed class TextPainter(FontCache fonts) : IDisposable
{
    private readonly SKPaint _ink = new() { Color = SKColors.Black, IsAntialias = true, Style = SKPaintStyle.Fill };
    private readonly SKPaint _rule = new() { Color = SKColors.Black, IsAntialias = true, Style = SKPaintStyle.Stroke };

    /// <summary>A line is as tall as its tallest piece; an empty line takes the height of <paramref name="fallback"/>.</summary>
    public LineMetrics Measure(TextLine line, TextStyle fallback, float lineSpacing)
    {
        var styles = line.Words.SelectMany(w => w.Pieces).Select(p => p.Style).DefaultIfEmpty(fallback).ToList();
        var ascent = styles.Max(fonts.Ascent);
        var height = styles.Max(fonts.LineHeight) * lineSpacing;
        return new LineMetrics(ascent, height);
    }

    public void Draw(SKCanvas canvas, TextLine line, float left, float top, float ascent, PdfAlignment alignment)
    {
        var x = left + line.Indent;
        var slack = Math.Max(0, line.Available - line.Width);
        var extra = 0f;
        switch (alignment)
        {
            case PdfAlignment.Center:
                x += slack / 2;
                break;
            case PdfAlignment.Right:
                x += slack;
                break;
            case PdfAlignment.Justify when !line.EndsParagraph && line.Words.Count > 1:
                extra = slack / (line.Words.Count - 1);
                break;
        }

        var baseline = top + ascent;
        StyledText? previous = null;
        var previousEnd = x;
        for (var i = 0; i < line.Words.Count; i++)
        {
            var word = line.Words[i];
            if (i > 0)
            {
                x += word.GapBefore + extra;
            }

            // An underline runs on across the space between two underlined words, as in a word processor.
            if (i > 0 && previous is { Style.Underline: true } && word.Pieces[0].Style.Underline)
            {
                Underline(canvas, word.Pieces[0].Style, previousEnd, x, baseline);
            }

            for (var p = 0; p < word.Pieces.Count; p++)
            {
                var piece = word.Pieces[p];
                var width = word.PieceWidths[p];
                // A real space after each word (not only a gap) lets text extraction, search
                // and copy-paste see word boundaries; the next word is placed explicitly anyway.
                var text = p == word.Pieces.Count - 1 && i < line.Words.Count - 1 ? piece.Text + " " : piece.Text;
                canvas.DrawText(fonts.Drawable(text, piece.Style), x, baseline, SKTextAlign.Left, fonts.Get(piece.Style), _ink);
                if (piece.Style.Underline)
                {
                    Underline(canvas, piece.Style, x, x + width, baseline);
                }

                x += width;
                previous = piece;
            }

            previousEnd = x;
        }
    }

    public void Rule(SKCanvas canvas, float x1, float x2, float y, float thickness = 0.5f)
    {
        _rule.StrokeWidth = thickness;
        canvas.DrawLine(x1, y, x2, y, _rule);
    }

    public void Box(SKCanvas canvas, SKRect rect, float thickness = 0.5f)
    {
        _rule.StrokeWidth = thickness;
        canvas.DrawRect(rect, _rule);
    }

    public void Dispose()
    {
        _ink.Dispose();
        _rule.Dispose();
    }

    private void Underline(SKCanvas canvas, TextStyle style, float x1, float x2, float baseline)
    {
        var metrics = fonts.Get(style).Metrics;
        var thickness = metrics.UnderlineThickness ?? 0;
        if (thickness <= 0)
        {
            thickness = style.Size / 20;
        }

        var offset = metrics.UnderlinePosition ?? style.Size / 10;
        Rule(canvas, x1, x2, baseline + offset + (thickness / 2), thickness);
    }
}
