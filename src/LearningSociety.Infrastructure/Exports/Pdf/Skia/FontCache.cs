using System.Globalization;
using System.Text;
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

    /// <summary>Drawn in place of a character the font has no glyph for (an emoji, a rare symbol).</summary>
    public const string MissingGlyphMarker = "□";

    public float Measure(string text, TextStyle style) => text.Length == 0 ? 0 : Get(style).MeasureText(Drawable(text, style));

    /// <summary>
    /// <paramref name="text"/> as it can be drawn: each character (grapheme) the font lacks becomes
    /// <see cref="MissingGlyphMarker"/> ("?" if even that is missing), so it never vanishes silently.
    /// </summary>
    public string Drawable(string text, TextStyle style)
    {
        var face = Get(style);
        if (text.EnumerateRunes().All(r => Has(face, r)))
        {
            return text;
        }

        var marker = MissingGlyphMarker.EnumerateRunes().All(r => Has(face, r)) ? MissingGlyphMarker : "?";
        var result = new StringBuilder(text.Length);
        var graphemes = StringInfo.GetTextElementEnumerator(text);
        while (graphemes.MoveNext())
        {
            var grapheme = graphemes.GetTextElement();
            result.Append(grapheme.EnumerateRunes().All(r => Has(face, r)) ? grapheme : marker);
        }

        return result.ToString();
    }

    // Controls and joiners (ZWJ, variation selectors) draw nothing of their own; they never count as missing.
    private static bool Has(SKFont face, Rune rune) =>
        rune.Value < 0x20 || rune.Value is 0x200D or (>= 0xFE00 and <= 0xFE0F) || face.ContainsGlyph(rune.Value);

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
