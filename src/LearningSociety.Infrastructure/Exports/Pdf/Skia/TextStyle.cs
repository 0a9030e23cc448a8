namespace LearningSociety.Infrastructure.Exports.Pdf.Skia;

internal readonly record struct TextStyle(float Size, bool Bold = false, bool Italic = false, bool Underline = false)
{
    public TextStyle WithSize(float size) => this with { Size = size };
}
