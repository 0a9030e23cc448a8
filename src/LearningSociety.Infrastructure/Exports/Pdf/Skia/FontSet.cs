using SkiaSharp;

namespace LearningSociety.Infrastructure.Exports.Pdf.Skia;

/// <summary>
/// The four faces of one serif family, loaded from files so the PDF does not depend on what
/// fontconfig happens to pick. A missing bold or italic file falls back to the regular face,
/// emboldened or slanted by Skia, rather than failing the export.
/// </summary>
internal sealed class FontSet : IDisposable
{
    private static readonly (string Family, string[] Files)[] Families =
    [
        ("Liberation Serif", ["LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf"]),
        ("DejaVu Serif", ["DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"]),
    ];

    // Regular, bold, italic, bold italic; null where the family has no such file.
    private readonly SKTypeface?[] _faces;
    private readonly string?[] _paths;

    private FontSet(string family, SKTypeface?[] faces, string?[] paths)
    {
        Family = family;
        _faces = faces;
        _paths = paths;
    }

    public string Family { get; }

    public static FontSet Load(IEnumerable<string> directories)
    {
        var folders = directories.Where(d => !string.IsNullOrWhiteSpace(d)).ToList();
        foreach (var (family, files) in Families)
        {
            foreach (var folder in folders)
            {
                var paths = files.Select(f => Path.Combine(folder, f)).Select(p => File.Exists(p) ? p : null).ToArray();
                var faces = paths.Select(p => p is null ? null : SKTypeface.FromFile(p)).ToArray();
                if (faces[0] is not null)
                {
                    return new FontSet(family, faces, paths);
                }

                foreach (var face in faces)
                {
                    face?.Dispose();
                }
            }
        }

        throw new PdfFontNotFoundException(folders);
    }

    /// <summary>
    /// The same family cut down to <paramref name="codepoints"/>, so the PDF embeds only the
    /// glyphs it uses; null when the subsetter is unavailable (then embed the whole faces).
    /// </summary>
    public FontSet? SubsetFor(IReadOnlySet<int> codepoints)
    {
        if (!HarfBuzzSubsetter.IsAvailable)
        {
            return null;
        }

        var faces = new SKTypeface?[_faces.Length];
        for (var i = 0; i < faces.Length; i++)
        {
            if (_paths[i] is { } path && HarfBuzzSubsetter.Cut(File.ReadAllBytes(path), codepoints) is { } bytes)
            {
                using var data = SKData.CreateCopy(bytes);
                faces[i] = SKTypeface.FromData(data);
            }
        }

        if (faces[0] is null)
        {
            foreach (var face in faces)
            {
                face?.Dispose();
            }

            return null;
        }

        return new FontSet(Family, faces, _paths);
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
}
