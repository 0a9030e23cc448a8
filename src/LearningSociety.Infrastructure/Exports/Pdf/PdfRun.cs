namespace LearningSociety.Infrastructure.Exports.Pdf;

/// <summary>
/// A stretch of text in one style. A line feed inside <see cref="Text"/> starts a new line;
/// <see cref="FontSize"/> null means the paragraph's size.
/// </summary>
public sealed record PdfRun(string Text)
{
    public bool Bold { get; init; }

    public bool Italic { get; init; }

    public bool Underline { get; init; }

    public float? FontSize { get; init; }
}
