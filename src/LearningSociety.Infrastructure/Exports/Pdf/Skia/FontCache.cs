using SkiaSharp;

namespace LearningSociety.Infrastructure.Exports.Pdf.Skia;

/// <summary>SKFont objects for one rendering pass, one per style, with the measurements the layout needs.</summary>
internal sealed class FontCache(FontSet fonts) : IDisposable
{
    private readonly Dictionary<(float, bool, bool), SKFont> _fonts = [];

    public SKFont Get(TextStyle style)
    {
        var key = (style.Size, style.Bold, style.Italic);
        if (!_fonts.TryGetValue(key, out var font))
        {
            font = fonts.CreateFont(style);
            _fonts.Add(key, font);
        }

        return font;
    }

    public float Measure(string text, TextStyle style) => text.Length == 0 ? 0 : Get(style).MeasureText(text);

    /// <summary>Distance from the top of a line to its baseline.</summary>
    public float Ascent(TextStyle style) => -Get(style).Metrics.Ascent;

    /// <summary>Single line height: ascent + descent + the font's own leading.</summary>
    public float LineHeight(TextStyle style)
    {
        var m = Get(style).Metrics;
        return -m.Ascent + m.Descent + m.Leading;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }
    }
}
