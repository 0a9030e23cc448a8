using SkiaSharp;

namespace LearningSociety.Infrastructure.Exports.Pdf.Skia;

/// <summary>
/// The four faces of one serif family, loaded from files so the PDF does not depend on what
/// fontconfig happens to pick. A missing bold or italic file falls back to the regular face,
/// emboldened or slanted by Skia, rather than failing the export.
/// </summary>
internal sealed class FontSet : IDisposable
{
    private static readonly (string Family, string Regular, string Bold, string Italic, string BoldItalic)[] Families =
    [
        ("Liberation Serif", "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf"),
        ("DejaVu Serif", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"),
    ];

    private readonly SKTypeface?[] _faces;

    private FontSet(string family, SKTypeface regular, SKTypeface? bold, SKTypeface? italic, SKTypeface? boldItalic)
    {
        Family = family;
        _faces = [regular, bold, italic, boldItalic];
    }

    public string Family { get; }

    public static FontSet Load(IEnumerable<string> directories)
    {
        var folders = directories.Where(d => !string.IsNullOrWhiteSpace(d)).ToList();
        foreach (var (family, regular, bold, italic, boldItalic) in Families)
        {
            foreach (var folder in folders)
            {
                var face = Open(folder, regular);
                if (face is not null)
                {
                    return new FontSet(family, face, Open(folder, bold), Open(folder, italic), Open(folder, boldItalic));
                }
            }
        }

        throw new PdfFontNotFoundException(folders);
    }

    /// <summary>A new SKFont for the style; the caller owns it.</summary>
    public SKFont CreateFont(TextStyle style)
    {
        var index = (style.Bold ? 1 : 0) + (style.Italic ? 2 : 0);
        var face = _faces[index] ?? (style.Bold && style.Italic ? _faces[1] ?? _faces[2] : null) ?? _faces[0]!;
        var font = new SKFont(face, style.Size)
        {
            // PDF text is not hinted: measuring with linear, unhinted advances keeps our
            // line breaking in step with what the viewer draws.
            Hinting = SKFontHinting.None,
            LinearMetrics = true,
            Subpixel = true,
        };
        if (style.Bold && !face.IsBold)
        {
            font.Embolden = true;
        }

        if (style.Italic && !face.IsItalic)
        {
            font.SkewX = -0.2f;
        }

        return font;
    }

    public void Dispose()
    {
        foreach (var face in _faces)
        {
            face?.Dispose();
        }
    }

    private static SKTypeface? Open(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        return File.Exists(path) ? SKTypeface.FromFile(path) : null;
    }
}
