namespace LearningSociety.Infrastructure.Exports.Pdf;

public interface IPdfRenderer
{
    /// <summary>
    /// Writes <paramref name="document"/> as PDF to <paramref name="output"/> synchronously; in a
    /// web request render into a MemoryStream and copy that to the response asynchronously.
    /// </summary>
    void Render(PdfDocumentModel document, Stream output);
}
