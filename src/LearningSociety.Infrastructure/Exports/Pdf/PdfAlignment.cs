namespace LearningSociety.Infrastructure.Exports.Pdf;

public enum PdfAlignment
{
    Left,
    Center,
    Right,

    /// <summary>Both edges straight, except the last line of the paragraph.</summary>
    Justify,
}
